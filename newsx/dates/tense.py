"""Tense of the clause around a time expression: the direction under-specified dates resolve in.

``tense(context, start, end)`` answers 'past', 'future' or None (no cue), in this order:
  1. ``since ...`` just before the span: past (a period that began before now);
  2. ``until ...`` after a cue of delay ("postponed until", "has until"), or ``effective ...``:
     future (a deadline ahead, the day a change takes effect);
  3. the last tense cue in the 80 characters before the span, in its sentence: a future cue
     ("will", "plans to", "scheduled") or a past one (an irregular past, a verb in -ed that follows
     no determiner nor modal);
  4. else the first cue after the span, up to the end of its clause (further for a fronted
     adverbial at the start of a sentence, whose tense is the main clause's);
  5. else, just after a deadline preposition ("by", "before", "until"): future (a limit ahead).
A timetable verb in the simple present ("meets", "talks resume", "expires") and a present
obligation ("must", "has to") are future cues: news schedules with them.
Only cues near the span are read. This is the direction a date resolves in, not the tense of a verb:
it reads cues that are no verb forms ("upcoming", "ahead of", "ago", "plans to", a present "begins"
that schedules). The clause layer's tense (``doc.clauses.tense_at``: the clause's first finite
verb) was tried in its place and lost value F1 on every dataset (timebank .824 -> .820, aquaint
.791 -> .766, gum_news .843 -> .831).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..lexicon.verbs import (AHEAD_CUES, DEADLINE_PREPOSITIONS, DEFER_CUES, FUTURE_CUES, PAST_TENSE_CUES,
                             SCHEDULE_VERBS)
from .context import Context
from .patterns import alternation, icase


def _third_person(verb: str) -> str:
    """"meets", "finishes", "kicks off": the -s form of a verb (of a phrase's first word)."""
    head, _, rest = verb.partition(" ")
    head += "es" if head.endswith(("sh", "ch", "ss", "x")) else "s"
    return f"{head} {rest}" if rest else head


# The bare form of a timetable verb after a plural subject ("talks resume Friday"); not after a
# determiner, be, have, "to", a negation or a verb of staying ("its start", "was open", "remains open").
_NOT_BEFORE_BARE = "".join(rf"(?<!\b{w}\s)" for w in (
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "to", "not", "n't", "did", "be", "is", "was",
    "are", "were", "been", "has", "have", "had", "remain", "remains", "remained", "stay", "stays", "stayed", "kept",
    "keep", "keeps", "left", "at", "in", "on", "of", "for", "as", "years", "days", "weeks", "months", "hours"))
_BARE_SCHEDULE = [v for v in SCHEDULE_VERBS if v not in ("last", "hold", "run", "continue", "finish", "launch")]
# Cues of a future or a past tense. The simple present of a timetable verb schedules ("the offer
# expires Friday", "polls close at 22:30 on Sunday"); its bare form only after a plural in -s (not
# "a sunny opening day on Saturday"). An obligation ("must") was tried as a cue: "must" often governs
# another clause than the date's ("ruled he must go, and set Friday as ...").
RX_FUTURE_CUE = icase(
    rf"\b(?:{alternation(FUTURE_CUES)}|to\s+be\s+\w+ed|{alternation(map(_third_person, SCHEDULE_VERBS))}"
    rf"|(?<=s\s){_NOT_BEFORE_BARE}(?-i:{alternation(_BARE_SCHEDULE)})(?!\s+(?:to|by|in|of|up)\b))\b"
)
# Just before the date: a deadline or a limit ("by Friday", "until the end of March"); without any
# tense cue in the clause, the date lies ahead ("the offer stands until Friday").
RX_DEADLINE_BEFORE = icase(
    rf"\b(?:{alternation(DEADLINE_PREPOSITIONS)})\s+(?:the\s+(?:end|close|start)\s+of\s+)?\Z")
# (Not "by the Tuesday deadline": a day naming a deadline may be past.)
RX_PAST_CUE = icase(
    rf"\b(?:says|{alternation(PAST_TENSE_CUES)}|ago|"
    # A participle after a determiner is an adjective ("the revised forecast"), not a past tense.
    # Lower case only: names such as "Ahmed" or "Mehmed" are not verbs.
    r"(?<!the\s)(?<!\ban\s)(?<!\ba\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!their\s)(?-i:[a-z]+ed))\b"
)

# A plan in the past perfect ("had been due to close on Friday", "had been scheduled to open", "had
# planned to"): a plan that was overtaken, for a day now past. Not the simple past: "was planned for
# March" and "were planning to march on Monday" still look ahead.
RX_PAST_AUXILIARY_BEFORE = icase(r"\bhad\s+(?:not\s+|\w+ly\s+)?(?:been\s+)?\Z")

RX_PLAIN_FUTURE_BEFORE = icase(rf"\b(?:{alternation(AHEAD_CUES)})\b")

RX_SINCE_BEFORE = icase(
    r"\b(?:since|ago\s+in)\s+(?:(?:shortly|soon|just|right|immediately)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?"
    r"(?:early\s+|late\s+|mid-?)?\Z"
)

RX_UNTIL_BEFORE = icase(r"\b(?:until|till|through)\s+(?:the\s+)?\Z")

RX_DEFER_CUE = icase(rf"\b(?:{alternation(DEFER_CUES)})\b")
# "effective April 3": the day a change takes effect, after its announcement.
RX_EFFECTIVE_BEFORE = icase(r"\beffective\s+(?:on\s+|as\s+of\s+|from\s+)?(?:the\s+)?\Z")
RX_CLAUSE_END = re.compile(r"[.;!?\n]")

RX_MODAL_BEFORE = icase(
    r"\b(?:will|would|to|'ll|shall|could|should|must|might|may|can)\s+(?:not\s+|still\s+|also\s+|\w+ly\s+)?"
    r"(?:be|have)?\s*\Z"
    # A present passive ("once the bill is signed", "talks are held") is not a past tense either.
    r"|\b(?:is|are|am|being|gets?)\s+(?:not\s+|still\s+|also\s+|\w+ly\s+)?\Z"
)


def tense(ctx: Context, start: int, end: int) -> str | None:
    """'future', 'past' or None (no cue) for the clause around text[start:end]."""
    s0, s1 = _sentence(ctx, start)
    text = ctx.text
    before = text[max(s0, start - 80):start]
    if RX_SINCE_BEFORE.search(before):
        return "past"  # "since December": a period that began before now
    if RX_UNTIL_BEFORE.search(before) and RX_DEFER_CUE.search(before):
        return "future"  # "postponed until Tuesday", "gave the firm until noon Friday": a deadline ahead
    if RX_EFFECTIVE_BEFORE.search(before):
        return "future"
    found = _last_cue(before)
    if found is not None:
        return found
    # A fronted adverbial ("In May, two weeks after the flood, the town voted ...") takes its tense
    # from the main clause, which may come well after it.
    reach = 160 if start - s0 <= 12 else 40
    after = text[end:min(s1, end + reach)]
    stop = RX_CLAUSE_END.search(after)
    if stop:
        after = after[:stop.start()]
    found = _first_cue(after)
    if found is None and RX_DEADLINE_BEFORE.search(before):
        return "future"  # "bids are due in by Friday", "the truce holds until Sunday": a limit ahead
    return found


def _sentence(ctx: Context, start: int) -> tuple[int, int]:
    """The sentence holding start (its end at least start); before the first one, 200 characters."""
    i = bisect.bisect_right(ctx.sentence_starts, start) - 1
    if i < 0:
        return 0, min(len(ctx.text), start + 200)
    s0, s1 = ctx.sentences[i]
    return s0, max(s1, start)


def _past_cues(text: str) -> Iterator[re.Match[str]]:
    """The past-tense cues of text; a participle after a modal ("will be held", "to be signed") is none."""
    for m in RX_PAST_CUE.finditer(text):
        if not RX_MODAL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            yield m


def _last_cue(before: str) -> str | None:
    """The tense of the last cue in before (a future cue wins a tie), or None."""
    cues = _future_cues(before)
    last_f = max((e for e, seen_from_past in cues if not seen_from_past), default=-1)
    last_p = max([m.end() for m in _past_cues(before)] + [e for e, seen_from_past in cues if seen_from_past],
                 default=-1)
    if last_f >= 0 and last_f >= last_p:
        return "future"
    if last_p >= 0:
        return "past"
    return None


def _first_cue(after: str) -> str | None:
    """The tense of the first cue in after, or None."""
    mf = RX_FUTURE_CUE.search(after)
    mp = next(_past_cues(after), None)
    if mf and (mp is None or mf.start() < mp.start()):
        return "past" if RX_PAST_AUXILIARY_BEFORE.search(after, max(0, mf.start() - 24), mf.start()) else "future"
    if mp:
        return "past"
    return None


def _future_cues(text: str) -> list[tuple[int, bool]]:
    """The ends of the future cues of text, each with whether a past auxiliary governs it."""
    return [(m.end(), RX_PAST_AUXILIARY_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None)
            for m in RX_FUTURE_CUE.finditer(text)]
