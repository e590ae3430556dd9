"""Cited events: the happenings an article reports as having happened, going on or planned.

The events read the clause layer of the document (``doc.clauses``: clause boundaries and each
word's verb form, see ``newsx.doc.clauses``), sentence by sentence, linear in the text. Stages,
each a module with its rules in priority order:

1. clauses and verb forms (``newsx.doc.clauses``): where clauses start, which clause a main
   clause resumes after an aside, and the trigger kind of each word (past, perfect, future,
   present, nonfinite, noun);
2. what is an event (``triggers``): every word with a verb form, unless negated, hypothetical,
   an opinion, governed by one of these, or an event noun that only modifies another noun; a
   clause left with no event gets its finite `be`/`have` as a state;
3. when (``anchoring``): dated-clause, dated-sentence, narrative-date, published, then over the
   whole article occasion-date, same-event and relative-date;
4. who and where (``participants``): the agent or subject, the possessor of an event noun, a
   pronoun's referent; the places after place prepositions and the known places;
5. one event per happening (``happenings``): the clauses of a sentence grouped (a main clause
   with its subordinate clauses and the reporting clause that gives its source), the trigger,
   status, predicate phrase and source of each, the page's furniture and the headline left out,
   and the lead's main event marked.
An event word is a draft (``anchoring.Draft``) until the rules over the whole article have dated
it (``event_words`` gives them to researchers); each happening's record (``model.Event``) is
built once, at the end. What depends only on a word (is it an
auxiliary, a past form, a name's word, where a noun phrase ends) is read from its flags
(``newsx.doc.forms`` word classes), computed once per distinct word.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import Final

from ..doc import Doc
from ..doc import tokens as _tokens
from ..doc.clauses import Sentence
from ..lexicon import events as _events
from ..lexicon import speech as _speech
from ..lexicon import verbs as _verbs
from ..model import DateMention, Event, EventDate, Quote, Span
from .anchoring import NARRATIVE_REACH, ClauseDates, Draft, Story, Timex, advance_story, anchor, apply_offsets, \
    date_by_mention, date_by_occasion, date_by_offset, date_by_predicate, date_value, dates_within, day_of, deadline, \
    prep_before, quoted_at, tense_agrees
from .happenings import DOCUMENT_CUES, Happening, Sources, _Clause, build, clause_of, dateline_place, furniture_cues, \
    governs, group, is_furniture, lead_sentence, may_be_furniture
from .participants import actor, clause_runs, name_runs, phrase, places, possessor, remember, where
from .triggers import frame_noun, triggers

# Word lists and flag bits read in the hot loops, as Final names: the compiled build (mypyc)
# keeps these in C statics instead of looking each use up in the module's dictionary.
ALPHA: Final = _tokens.ALPHA
DIGIT: Final = _tokens.DIGIT
CLAUSE_OPENERS: Final = _events.CLAUSE_OPENERS
REPORTING: Final = _speech.REPORTING
PREPOSITION_LIKE: Final = _verbs.PREPOSITION_LIKE
PLAN_WORDS: Final = _events.PLAN_WORDS
MODALS: Final = _verbs.MODALS
COMPARISON_PREPOSITIONS: Final = _events.COMPARISON_PREPOSITIONS
DEADLINE_NOUNS: Final = _events.DEADLINE_NOUNS
_ALNUM: Final = ALPHA | DIGIT
HEADLINE_REACH: Final = 4  # sentences before the lead that may be a headline, a dateline, a byline

__all__ = ["EventWord", "event_words", "extract_events"]


def extract_events(doc: Doc, dates: list[DateMention], published: dt.date | None,
                   quotes: list[Quote] | None = None) -> list[Event]:
    """Happenings of every sentence, with date, status, actors, places and source; ``dates`` are
    the time expressions that date them, ``published`` the day a report without one is dated to,
    ``quotes`` the reported speech that gives an event its source."""
    if not doc.text:
        return []
    _, happenings, story, mentions = _read(doc, dates, published)
    _mark_main(doc.clauses.sentences, happenings, story.lead)
    sources = Sources(quotes or [])
    time_starts = [m.start for m in mentions if m.type != "DURATION"]  # a duration is often the object
    return [e for h in happenings for e in build(doc.text, h, sources, story.pub_value, time_starts)]


@dataclass(frozen=True, slots=True)
class EventWord:
    """One event word (TimeML's fine-grained event mention) with the date, actors and places the
    rules gave it: the layer happenings are grouped from, kept for researchers and tests."""

    text: str  # its clause
    start: int
    end: int
    trigger: Span
    kind: str  # its verb form: past, perfect, future, present, nonfinite, noun, state
    date: EventDate | None
    who: tuple[str, ...]
    where: tuple[str, ...]
    rule: str


def event_words(doc: Doc, dates: list[DateMention], published: dt.date | None) -> list[EventWord]:
    """Every event word of the document, furniture excepted, dated by the rules of ``anchoring``."""
    if not doc.text:
        return []
    drafts = _read(doc, dates, published)[0]
    return [EventWord(d.text, d.start, d.start + len(d.text), Span(d.trigger, d.at, d.until), d.kind, d.date, d.who,
                      d.where, d.rule) for d in drafts]


def _read(doc: Doc, dates: list[DateMention],
          published: dt.date | None) -> tuple[list[Draft], list[Happening], Story, list[DateMention]]:
    """The event words of the document, dated by every rule, and the happenings they form."""
    mentions = sorted((m for m in dates if m.type in ("DATE", "TIME", "DURATION")), key=_start)
    sentences = doc.clauses.sentences
    story = Story(published, published.isoformat() if published else None, _proper(sentences))
    if story.pub_value is not None:
        story.pub_date = day_of(story, story.pub_value)
    found: list[Draft] = []
    happenings: list[Happening] = []
    m_idx = 0
    # A headline (or a dateline) before the lead: the lead reports its happening again.
    lead = story.lead = lead_sentence(sentences, 0)
    # The furniture and deadline words of the document, in one pass over its words.
    named = DOCUMENT_CUES.intersection(sentences[0].low) if sentences else frozenset()
    cues = furniture_cues(named)
    story.deadlines = not DEADLINE_NOUNS.isdisjoint(named)
    first = sentences[lead].index if lead is not None and lead < HEADLINE_REACH else 0
    text = doc.text
    prev_end = 0
    n_mentions = len(mentions)
    for s in sentences:
        if s.index < first:
            continue
        start = s.start[s.lo]
        if text.count("\n", prev_end, start) >= 2:
            story.narrative = story.schedule = None  # a new paragraph: a day set before carries no further
        prev_end = s.end[s.hi - 1]
        while m_idx < n_mentions and mentions[m_idx].end <= start:
            m_idx += 1
        k = m_idx
        while k < n_mentions and mentions[k].start < prev_end:
            k += 1
        if may_be_furniture(s, cues) and is_furniture(s):
            continue  # "Subscribe to our newsletter", "This story will be updated"
        drafts, groups = _sentence_events(s, mentions[m_idx:k] if k > m_idx else [], story)
        found.extend(drafts)
        happenings.extend(groups)
    date_by_occasion(found, published)
    date_by_mention(doc.text, found)
    apply_offsets(found, story.offsets, story.pub_value)
    return found, happenings, story, mentions


def _mark_main(sentences: list[Sentence], happenings: list[Happening], lead: int | None) -> None:
    """The main event: the first happening of the lead (``lead``: its index in ``sentences``)
    that is no mere statement, else the lead's first, else the first after the lead, else the
    article's first."""
    if not happenings:
        return
    chosen = None
    if lead is not None:
        index = sentences[lead].index
        later = [h for h in happenings if h.words.index >= index]
        in_lead = [h for h in later if h.words.index == index]
        chosen = next((h for h in in_lead if h.principal and not h.head.reports), None) \
            or next((h for h in in_lead if not h.head.reports), None) \
            or (in_lead[0] if in_lead else later[0] if later else None)
        if chosen is not None and chosen.words.index == index:
            chosen.dateline = dateline_place(sentences[lead])
    (chosen or happenings[0]).lead = True


def _start(mention: DateMention) -> int:
    return mention.start


def _proper(sentences: list[Sentence]) -> set[str]:
    """Words the article capitalises inside a sentence: names even when they open one."""
    proper: set[str] = set()
    if not sentences:
        return proper
    low, caps = sentences[0].low, sentences[0].capitals  # the document's columns
    last = len(caps)
    c = 0
    for s in sentences:  # in order: the capitals are searched from the last sentence's
        c = bisect.bisect_right(caps, s.lo, c, last)  # not its first word
        d = bisect.bisect_left(caps, s.hi, c, last)
        if c < d:
            proper.update(map(low.__getitem__, caps[c:d]))
        c = d
    return proper


class _Sentence:
    """What every clause of a sentence shares: its time expressions and the day it names."""

    __slots__ = ("dates", "day", "inherited", "planned")

    def __init__(self, s: Sentence | None, sent_dates: list[DateMention], story: Story | None) -> None:
        if s is None or story is None:  # the empty context
            self.dates: list[Timex] = []
            self.inherited: str | None = None
            self.planned: str | None = None
            self.day: str | None = None
            return
        published = story.published
        self.dates = [Timex(m, date_value(m, published), quoted_at(s, m.start)) for m in sent_dates] \
            if sent_dates else []
        has_date = False
        for t in self.dates:
            has_date = has_date or bool(t.value)
        self.inherited = None
        self.planned = None
        self.day = None
        if not has_date and story.narrative is not None and s.index - story.narrative[1] <= NARRATIVE_REACH:
            self.inherited = story.narrative[0]
        if not has_date and story.schedule is not None and s.index - story.schedule[1] <= NARRATIVE_REACH:
            self.planned = story.schedule[0]
        if sent_dates:
            # A day after `of`, `than`, `from` compares ("below their level of last Monday",
            # "up from 9% the year before"): it dates no other verb of the sentence.
            days = {t.value for t in self.dates if t.value and len(t.value) == 10 and not t.quoted
                    and prep_before(s, t.mention.start, s.lo) not in COMPARISON_PREPOSITIONS
                    and not (story.deadlines and deadline(s, t.mention.start, t.mention.end))}
            self.day = next(iter(days)) if len(days) == 1 else None


_NO_CONTEXT: Final = _Sentence(None, [], None)


def _context(s: Sentence, sent_dates: list[DateMention], story: Story) -> _Sentence:
    """What the clauses of a sentence share; most sentences name no time and inherit no day: they
    share one empty context (contexts are never changed once built)."""
    if sent_dates or (story.narrative is not None and s.index - story.narrative[1] <= NARRATIVE_REACH) or (
            story.schedule is not None and s.index - story.schedule[1] <= NARRATIVE_REACH):
        return _Sentence(s, sent_dates, story)
    return _NO_CONTEXT


def _sentence_events(s: Sentence, sent_dates: list[DateMention], story: Story) -> tuple[list[Draft], list[Happening]]:
    """The event words of one sentence, each with its trigger kind, whether it may set the
    occasion (a main clause outside quotation marks) and the sentence's index; and the
    happenings they are grouped in (``happenings.group``)."""
    ctx = _context(s, sent_dates, story) if sent_dates or story.narrative is not None or story.schedule is not None \
        else _NO_CONTEXT
    subject: tuple[str, ...] = ()
    out: list[Draft] = []
    clauses: list[_Clause] = []
    governed: bool | None = None  # whether the sentence holds an opinion verb or a conditional word
    proper, memory, kinds = story.proper, story.memory, story.kinds
    source, starts, ends, quoted, low = s.source, s.start, s.end, s.quoted, s.low
    first, end, sentence = s.lo, s.hi, s.index
    sentence_runs = name_runs(s, first, end, proper)
    timexes = ctx.dates
    # With no time expression, no day of the sentence or of the story before, every trigger is
    # dated by default (what ``_date`` finds then).
    undated = ctx.day is None and ctx.inherited is None and ctx.planned is None
    default: tuple[EventDate | None, str] = (story.pub_date, "published") if story.pub_date is not None \
        else (None, "undated")
    formed = s.formed_at
    last = len(formed)
    b = bisect.bisect_left(formed, first)
    index = -1
    for lo, hi, parent in s.clauses:
        index += 1
        a = b  # the clause's verb forms are formed[a:b]
        while b < last and formed[b] < hi:
            b += 1
        found, reporting = triggers(s, lo, hi, a, b)
        aside = not reporting and bool(out) and low[lo].endswith("ing")
        if not found and not aside:
            continue  # no trigger, no places to lend: nothing to read
        if lo == first and hi == end and hi >= lo + 2:
            runs = sentence_runs  # a sentence of one clause (what ``clause_runs`` gives it)
        else:
            runs = clause_runs(s, sentence_runs, lo, hi, proper) if sentence_runs or lo == first else []
        # Dates and places only for a clause with an event, or places to lend.
        if parent is None and not timexes and (reporting or aside):
            # (what ``_clause_context`` finds of a clause that resumes none, with no time expression)
            clause_dates: ClauseDates = []
            resumed: tuple[str, ...] = ()
            found_places = tuple(places(s, lo, hi, runs)) if runs else ()
        else:
            clause_dates, resumed, found_places = _clause_context(s, lo, hi, parent, runs, timexes, story,
                                                                  reporting or aside)
        if found_places and aside:
            # An aside with no event of its own ("..., including the mayor, at Harbour Airport"):
            # its places belong to the events of the clause before.
            _lend_places(out, found_places)
        before = len(out)
        # The events of the clause: who, when and where for each trigger, and the clause's subject.
        main = parent is not None or (low[lo] not in CLAUSE_OPENERS and low[lo] != "that")
        c_start = starts[lo]
        clause_text = source[c_start:ends[hi - 1]]  # one string for every event of the clause (memory stays linear)
        plain = undated and not clause_dates
        last_who: tuple[str, ...] | None = None
        last_places: tuple[str, ...] | None = None
        for i, kind, reports in found:
            if kind == "noun":
                if not reports:
                    continue  # an event noun's owner is no subject: nothing to keep
                who, is_subject = possessor(s, runs, lo, i, memory), False
            else:
                who, is_subject = actor(s, runs, lo, hi, i, memory, resumed)
            if not who:
                who = subject
            elif is_subject:
                name = who[0]
                known = kinds.get(name)  # what ``remember`` keeps, read here: a subject is named again and again
                if known is None:
                    remember(memory, name, proper, kinds)
                elif known:
                    memory[known] = name
                subject = who
            if not reports:
                continue  # no event, but its subject is the clause's subject all the same
            if kind == "nonfinite" and i - 1 >= lo and (
                    low[i - 1] in MODALS or (i - 2 >= lo and low[i - 1] == "to" and low[i - 2] in PLAN_WORDS)):
                kind = "future"  # "is expected to begin", "plans to close", "could last": to come
            if plain:
                date, rule = default
            else:
                date, rule = _date(s, i, kind, clause_dates, ctx, story, lo)
            at = starts[i]
            if found_places:
                # The triggers of a clause with the same actor share its places.
                if who is not last_who or last_places is None:
                    last_who, last_places = who, where(found_places, who, source, c_start, at)
                places_of = last_places
            else:
                places_of = ()
            out.append(Draft(clause_text, c_start, at, ends[i], date, who, places_of, rule, kind,
                             main and not quoted[i], sentence, i, kind != "noun" and low[i] in REPORTING))
        if len(out) > before:
            if governed is None:
                governed = governs(s)
            clauses.append(clause_of(s, index, lo, hi, parent, out[before:], governed))
    if not out:
        return out, []
    if sent_dates:  # (only a time expression of the sentence dates a clause, or counts days)
        date_by_offset(s, sent_dates, out, story)
        date_by_predicate(out)
    return out, group(s, clauses, bool(governed))


def _lend_places(out: list[Draft], found_places: tuple[str, ...]) -> None:
    last = out[-1].start
    for e in out:
        if e.start == last:
            e.where = e.where + tuple(p.lstrip("\0") for p in found_places if p.lstrip("\0") not in e.where)


def _date(s: Sentence, i: int, kind: str, clause_dates: ClauseDates, ctx: _Sentence, story: Story,
          lo: int) -> tuple[EventDate | None, str]:
    """The date of the trigger at position i by the sentence rules (1-4 of ``anchoring``)."""
    frame = kind == "noun" and frame_noun(s, i, lo)
    date, rule = anchor(s, i, kind, [] if frame else clause_dates, story,
                        ctx.planned if kind == "future" else ctx.inherited)
    reported = s.low[i] in REPORTING or s.quoted[i]
    if rule != "dated-clause" and ctx.day is not None and not reported and not frame \
            and tense_agrees(kind, ctx.day, story.pub_value):
        date, rule = day_of(story, ctx.day), "dated-sentence"
    if rule == "dated-clause" and not reported and date is not None:
        advance_story(story, kind, date.value, s.index)
    return date, rule


def _clause_context(s: Sentence, lo: int, hi: int, parent: int | None, runs: list[tuple[int, int]],
                    sent_dates: list[Timex], story: Story,
                    full: bool) -> tuple[ClauseDates, tuple[str, ...], tuple[str, ...]]:
    """A clause's time expressions, the subject it resumes after an aside, and its places (the
    subject only, unless ``full``)."""
    if not full:
        return [], _resumed(s, parent, story) if parent is not None else (), ()
    clause_dates = dates_within(s, lo, hi, sent_dates) if sent_dates else []
    found_places = tuple(places(s, lo, hi, runs)) if runs else ()
    if parent is None:
        if sent_dates and not clause_dates and lo >= s.lo + 2 and s.low[lo - 1] == "," and s.low[lo].endswith("ing") \
                and s.low[lo] not in PREPOSITION_LIKE:
            # "The agency on March 2 called for a new vote, citing flaws": a participle that
            # follows its clause happens with it.
            prev = [(a, b) for a, b, _ in s.clauses if b == lo]
            if prev:
                clause_dates = dates_within(s, prev[0][0], prev[0][1], sent_dates)
        return clause_dates, (), found_places
    p_lo, p_hi, _ = s.clauses[parent]
    if not clause_dates:
        # A main clause resumed after an aside: its dates are before the interruption.
        clause_dates = dates_within(s, p_lo, p_hi, sent_dates)
    resumed = _resumed(s, parent, story)
    for a_lo, a_hi, _ in s.clauses[parent + 1:]:
        if a_lo >= lo:
            break
        if s.low[a_lo].endswith("ing"):
            # Places of a participial aside belong to the main event ("talking to farmers in Lima").
            aside = places(s, a_lo, a_hi, name_runs(s, a_lo, a_hi, story.proper))
            found_places += tuple(p for p in aside if p not in found_places)
    return clause_dates, resumed, found_places


def _resumed(s: Sentence, parent: int, story: Story) -> tuple[str, ...]:
    """The subject of the clause a main clause resumes after an aside."""
    p_lo, p_hi, _ = s.clauses[parent]
    last = p_hi - 1
    while last > p_lo and not s.flags[last] & _ALNUM:
        last -= 1
    return phrase(s, name_runs(s, p_lo, p_hi, story.proper), last, p_lo - 1, forward=False,
                  org=story.memory.get("org"))
