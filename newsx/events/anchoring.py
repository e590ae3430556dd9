"""When: the date of each event, by these rules in priority order (each rule's name is the event's ``rule``).

1. ``dated-clause``: the time expression nearest to the trigger in its clause, on the same side
   of quotation marks; a participle clause that follows its clause ("..., citing flaws") uses
   that clause's, a main clause resumed after an aside those before the aside. A month, week or
   year dates only a past action placed in it ("began in late February"), not a measured period
   ("sales for the past quarter") or a report; a day after `of/until/from/by/...` does not date a
   verb; a past action is never dated after the publication day, a present or scheduled one
   never before it, and a present perfect ("has been pushed back") never by a past time. An
   event noun that is the subject of a verb dated so takes the verb's date ("since the war began
   in late February"); a frame noun ("the attacks of the war") is not dated by its clause's day.
2. ``dated-sentence``: the one day named elsewhere in the sentence, when the tenses agree (a
   past action or event noun with an earlier day, a present or scheduled one with a later day).
3. ``narrative-date``: a trigger that is neither a report nor in the present tense, in a
   sentence with no time expression, takes the day of the last dated past action (within a year
   of publication) or, for a scheduled trigger, of the last dated scheduled event, within the
   three sentences before and in the same paragraph (a blank line ends it).
4. ``published``: otherwise the publication date, span None; no date when it is unknown.
5. ``occasion-date``: when the article's first dated main-clause statement or action, in the
   lead (first eight sentences), lies one to seven days before publication ("Acme said on
   Tuesday ..."), the article's other past statements, actions and event nouns dated by rule 4
   take that day: news reports one recent occasion.
6. ``same-event``: an event noun named again with the same words ("first vote") takes the one
   day the article gave it elsewhere.
7. ``relative-date``, last: days counted from another event move the day the rules above gave:
   "A day before the vote, the party said" (the main clause, from its own day), "starts a day
   after the union rejected" (the clause after `after`, from the day of `starts`), "Two days
   earlier"; a past event never lands after publication.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Final

from ..doc import tokens as _tokens
from ..doc.clauses import Sentence
from ..lexicon import calendar as _calendar
from ..lexicon import events as _events
from ..lexicon import speech as _speech
from ..model import DateMention, EventDate

# Word lists and flag bits read in the hot loops, as Final names: the compiled build (mypyc)
# keeps these in C statics instead of looking each use up in the module's dictionary.
ALPHA: Final = _tokens.ALPHA
DIGIT: Final = _tokens.DIGIT
DATE_MODIFIERS: Final = _events.DATE_MODIFIERS
OFFSET_WORDS: Final = _events.OFFSET_WORDS
PERIOD_PREPOSITIONS: Final = _events.PERIOD_PREPOSITIONS
REPORTING: Final = _speech.REPORTING

PAST: Final = frozenset(("past", "perfect"))
PAST_LIKE: Final = frozenset(("past", "perfect", "noun", "nonfinite"))
OCCASION_REACH_DAYS: Final = 7
OCCASION_LEAD: Final = 8  # sentences: the occasion is set in the lead
_OCCASION_KINDS: Final = frozenset(("past", "perfect", "nonfinite", "noun"))
NARRATIVE_REACH: Final = 3  # sentences a narrative date carries over
_NARRATIVE_DAYS: Final = 365  # a backstory from years ago does not carry over
_DAY_VALUE: Final = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_OR_WEEK: Final = re.compile(r"\d{4}-(?:\d\d|W\d\d)")
_WEEK: Final = re.compile(r"\d{4}-W\d\d")
PLAN_STARTS: Final = frozenset(("from",))  # "will raise fares from January": when the plan starts
_COARSE: Final = re.compile(r"\d{4}(?:-\d\d)?")  # a year or a month
PLANNED: Final = frozenset(("future",))
DEADLINE_NOUNS: Final = _events.DEADLINE_NOUNS
WEEKDAYS: Final = _calendar.WEEKDAYS
PLANNED_OR_PRESENT: Final = frozenset(("future", "present"))
DEADLINE_REACH: Final = 3  # words between `deadline` and the day it names
_PERIOD: Final = re.compile(r"\d{2,4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?")  # also decades (199) and centuries (19)
_OFFSET: Final = re.compile(r"P(\d{1,3})([DW])")
_FAR: Final = 1 << 30
_ALNUM: Final = ALPHA | DIGIT



class Draft:
    """An event while its article is read: the rules over the whole article (5-7) may still
    move its date; its record (``model.Event``) is built once, at the end (``event``). ``kind``
    is its trigger's verb form, ``main`` whether it may set the occasion, ``sentence`` the index
    of its sentence."""

    __slots__ = ("text", "start", "at", "until", "date", "who", "where", "rule", "kind", "main", "sentence", "word",
                 "reports")

    def __init__(self, text: str, start: int, at: int, until: int, date: EventDate | None, who: tuple[str, ...],
                 where: tuple[str, ...], rule: str, kind: str, main: bool, sentence: int, word: int,
                 reports: bool) -> None:
        self.text = text  # the clause, from offset start of the document
        self.start = start
        self.at = at  # the trigger's span, inside the clause
        self.until = until
        self.date = date
        self.who = who
        self.where = where
        self.rule = rule
        self.kind = kind
        self.main = main
        self.sentence = sentence
        self.word = word  # the trigger's position in the document's clause columns
        self.reports = reports  # a reporting verb ("said")

    @property
    def trigger(self) -> str:
        return self.text[self.at - self.start:self.until - self.start]



class Timex:
    """A time expression of a sentence with what the rules read of it, once per sentence: its
    value for an event (``date_value``), whether it names a day, whether it stands inside
    quotation marks."""

    __slots__ = ("mention", "value", "day", "quoted")

    def __init__(self, mention: DateMention, value: str | None, quoted: bool) -> None:
        self.mention = mention
        self.value = value
        self.day = _DAY_VALUE.match(mention.value or "") is not None
        self.quoted = quoted


ClauseDates = list[tuple[Timex, "str | None"]]  # time expressions of a clause with the preposition before


@dataclass(slots=True)
class Story:
    """What carries over from sentence to sentence while an article is read."""

    published: dt.date | None
    pub_value: str | None
    proper: set[str]
    memory: dict[str, str] = field(default_factory=dict)  # last person and organisation named
    kinds: dict[str, str] = field(default_factory=dict)  # actor -> "person", "org" or "" (see remember)
    narrative: tuple[str, int] | None = None  # (day, sentence index) of the last dated past action
    schedule: tuple[str, int] | None = None  # the same for the last dated scheduled event
    # trigger start -> (trigger start of the event counted from or None, days, past): see date_by_offset
    offsets: dict[int, tuple[int | None, int, bool]] = field(default_factory=dict)
    days: dict[str, EventDate] = field(default_factory=dict)  # one record per day given with no span
    pub_date: EventDate | None = None  # the publication day's record (``day_of``), the date of most events
    lead: int | None = None  # the index of the lead sentence (``happenings.lead_sentence``)
    deadlines: bool = False  # whether the article names a deadline (only then is ``deadline`` asked)


def day_of(story: Story, value: str) -> EventDate:
    """The date of a day given with no span (publication, narrative, sentence day): one record per
    day of an article, shared by its events (records are immutable)."""
    date = story.days.get(value)
    if date is None:
        date = story.days[value] = EventDate(value, None, None, None)
    return date


# ---------------------------------------------------------------- time expressions
def date_value(mention: DateMention, published: dt.date | None) -> str | None:
    """A day (or coarser calendar) value for an event anchored to this time expression."""
    if mention.type not in ("DATE", "TIME") or not mention.value:
        return None
    value = mention.value
    if value.startswith("XXXX-") and published is not None:
        value = f"{published.year:04d}{value[4:]}"  # a day without its year: the publication year
    if value == "PRESENT_REF":
        return published.isoformat() if published else None
    if _DAY_VALUE.match(value):
        return value[:10]
    if _MONTH_OR_WEEK.fullmatch(value):
        if published is not None and _contains(value, published):
            return published.isoformat()
        return value
    if _PERIOD.fullmatch(value):
        return value  # a year, quarter, half or season: kept as the TIMEX3 value says
    return None


def _contains(value: str, day: dt.date) -> bool:
    if "W" in value:
        year, week, _ = day.isocalendar()
        return value == f"{year:04d}-W{week:02d}"
    return value == day.isoformat()[:7]


def dates_within(s: Sentence, lo: int, hi: int, sent_dates: list[Timex]) -> ClauseDates:
    """The time expressions inside the clause [lo, hi), each with the preposition before it."""
    a, b = s.start[lo], s.end[hi - 1]
    return [(t, prep_before(s, t.mention.start, lo)) for t in sent_dates
            if t.mention.start >= a and t.mention.end <= b]


def prep_before(s: Sentence, pos: int, lo: int) -> str | None:
    """The preposition just before a time expression starting at pos ("for the last year")."""
    i = bisect.bisect_left(s.start, pos, lo, s.hi)
    if i >= s.hi:
        return None
    j = i - 1
    while j >= lo and s.low[j] in DATE_MODIFIERS:
        j -= 1
    return s.low[j] if j >= lo else None


def quoted_at(s: Sentence, pos: int) -> bool:
    """Whether the word at character pos stands inside quotation marks."""
    i = bisect.bisect_right(s.end, pos, s.lo, s.hi)
    return s.quoted[i] if i < s.hi else False


# ---------------------------------------------------------------- rules 1-4
def anchor(s: Sentence, i: int, kind: str, clause_dates: ClauseDates, story: Story,
           inherited: str | None) -> tuple[EventDate | None, str]:
    """The date of one trigger: its clause's time expression, else the narrative or publication day."""
    best = _clause_date(s, i, kind, clause_dates, story) if clause_dates else None
    if best is not None:
        m, value = best
        return EventDate(value, m.text, m.start, m.end), "dated-clause"
    if inherited is not None and s.low[i] not in REPORTING and kind not in ("present", "state"):
        return day_of(story, inherited), "narrative-date"
    if story.pub_date is not None:
        return story.pub_date, "published"
    return None, "undated"


def _clause_date(s: Sentence, i: int, kind: str, clause_dates: ClauseDates,
                 story: Story) -> tuple[DateMention, str] | None:
    """The time expression of the clause nearest to the trigger that may date it (rule 1)."""
    pub_value = story.pub_value
    start, end, low, inside = s.start[i], s.end[i], s.low[i], s.quoted[i]
    best = None
    best_gap = 1 << 60
    for t, prep in clause_dates:
        if t.quoted != inside:
            continue  # "Today" inside a quotation is the speaker's day, not the report's
        value = t.value
        if value is None:
            continue
        if len(value) != 10:
            if kind in PLANNED and pub_value is not None and (prep not in PERIOD_PREPOSITIONS or prep in PLAN_STARTS) \
                    and low not in REPORTING:
                value = _ahead(value, pub_value, t.mention.text)
                if value is None:
                    continue  # "will close in 2008", "expected to begin in June": a coming period
            elif not _coarse_anchors(kind, low, prep):
                continue
        if len(value) == 10 and pub_value is not None and _weekday(t.mention.text):
            value = _by_tense(value, kind, pub_value)  # "agreed on Monday": the last Monday
        if len(value) == 10 and kind != "noun" and prep in PERIOD_PREPOSITIONS and not (
                kind in PLANNED and prep in PLAN_STARTS):
            continue  # "described the events of the day", "has until June 1": not when it happened
        if kind in PAST and pub_value is not None and (len(value) == 10 or _COARSE.fullmatch(value)) \
                and value[:len(pub_value)] > pub_value[:len(value)]:
            continue  # a past action is never dated after publication ("analysed ... over 2050")
        if kind == "perfect" and pub_value is not None and value[:len(pub_value)] < pub_value[:len(value)]:
            continue  # "has been pushed back" is news of now; "begun two years ago" dates the aside
        if kind in ("present", "future") and pub_value is not None and len(value) == 10 and value < pub_value:
            continue  # "Seoul says the broadcasts, begun on May 2, will go on"
        m = t.mention
        if kind in PLANNED_OR_PRESENT and low not in REPORTING and _after_report(s, m.start):
            continue  # "will raise fares from January, officials said on Monday": the day of the report
        if story.deadlines and deadline(s, m.start, m.end):
            continue  # "a May 2 deadline", "a deadline fixed for May 2": a limit, not a happening
        gap = m.start - end if m.start >= end else start - m.end
        if not t.day:
            gap += 1 << 40  # a named day beats a month or week ("late in the month, on May 29")
        if gap < best_gap:
            best, best_gap = (m, value), gap
    return best


def _after_report(s: Sentence, m_start: int) -> bool:
    """Whether a time expression follows a reporting verb ("said on Monday", "announced Friday")."""
    j = bisect.bisect_left(s.start, m_start, s.lo, s.hi) - 1
    if j >= s.lo and s.low[j] == "on":
        j -= 1
    return j >= s.lo and s.low[j] in REPORTING


def _weekday(text: str) -> bool:
    """A bare weekday ("Monday", "on Friday"), which the event's tense places."""
    words = text.lower().split()
    return len(words) <= 2 and words[-1].rstrip(".,") in WEEKDAYS and (len(words) == 1 or words[0] == "on")


def _by_tense(value: str, kind: str, pub_value: str) -> str:
    """A weekday's day placed by the tense of the event it dates: a past action on the last such
    day, a present or scheduled one on the coming one (the time expression was read alone)."""
    if kind in PAST and value > pub_value:
        return _shift(value, -7) or value
    if kind in PLANNED_OR_PRESENT and value < pub_value:
        return _shift(value, 7) or value
    return value


def deadline(s: Sentence, m_start: int, m_end: int) -> bool:
    """Whether a time expression names a deadline: right before `deadline`, or within a few
    words after it ("a deadline fixed for May 2")."""
    k = bisect.bisect_left(s.start, m_end, s.lo, s.hi)
    if k < s.hi and s.low[k] in DEADLINE_NOUNS:
        return True
    j = bisect.bisect_left(s.start, m_start, s.lo, s.hi) - 1
    stop = max(s.lo, j - DEADLINE_REACH)
    while j >= stop:
        if s.low[j] in DEADLINE_NOUNS:
            return True
        j -= 1
    return False


def _ahead(value: str, pub_value: str, text: str) -> str | None:
    """A month or year a planned event is dated to: the coming one ("in June" said in December
    is next June), None for a period that has passed or one that is no month or year."""
    if _WEEK.fullmatch(value):
        year, week, _ = dt.date.fromisoformat(pub_value).isocalendar() if len(pub_value) == 10 else (0, 0, 0)
        return value if value >= f"{year:04d}-W{week:02d}" else None  # "this week", "next week"
    if not _COARSE.fullmatch(value):
        return None
    if value >= pub_value[:len(value)]:
        return value
    if len(value) == 7 and not any(ch.isdigit() for ch in text):
        return f"{int(value[:4]) + 1:04d}{value[4:]}"  # a month named without its year
    return None


def _coarse_anchors(kind: str, low: str, prep: str | None) -> bool:
    """Whether a month, week or year dates this trigger: only a past action placed in it
    ("began in late February"), not a period measured ("sales for the past quarter")."""
    return kind in PAST and low not in REPORTING and prep not in PERIOD_PREPOSITIONS


def tense_agrees(kind: str, day: str, pub_value: str | None) -> bool:
    """Whether a day named elsewhere in the sentence fits the trigger's tense: a past action or
    event noun with a day before publication, a present or scheduled one with a later day."""
    if kind == "state":
        return False
    if pub_value is None:
        return True
    return (day < pub_value) == (kind in PAST_LIKE)


def _days_between(value: str, day: dt.date | None) -> int:
    """Days from an ISO day to the publication day (a large number when either is unknown)."""
    try:
        return (day - dt.date.fromisoformat(value)).days if day else _FAR
    except ValueError:
        return _FAR


def advance_story(story: Story, kind: str, day: str, s_index: int) -> None:
    """A dated action becomes the narrative date (past, within a year of publication) or the
    schedule (present or scheduled, after publication) for the next sentences."""
    if story.pub_value is None or len(day) != 10:
        return
    if kind in PAST and day < story.pub_value and _days_between(day, story.published) <= _NARRATIVE_DAYS:
        story.narrative = (day, s_index)
    elif kind in ("future", "present") and day > story.pub_value:
        story.schedule = (day, s_index)


def date_by_predicate(out: list[Draft]) -> None:
    """An event noun that is the subject of a dated verb of its clause takes the verb's date:
    in "since the war began in late February" the war is dated February, not by the default,
    and is no act of the sentence's subject."""
    for event in out:
        if event.kind != "noun" or event.rule == "dated-clause":
            continue
        for verb in out:
            if verb.start == event.start and verb.rule == "dated-clause" and verb.kind != "noun" \
                    and verb.at > event.at and verb.who \
                    and verb.who[0].lower().split()[-1] == event.trigger.lower():
                # Its actor is only one named before it in the clause ("Acme's protest"), not the
                # sentence's subject ("the firm has sold arms ... since the war began").
                head = event.text[:event.at - event.start]
                event.who = event.who if event.who and event.who[0] in head else ()
                event.date, event.rule = verb.date, "dated-clause"
                break


# ---------------------------------------------------------------- rules 5-7, over the whole article
def date_by_occasion(events: list[Draft], published: dt.date | None) -> None:
    """Statements of an article that reports one recent occasion ("Acme said on Tuesday ...")
    are dated to that occasion, not to the publication day, unless they carry their own date."""
    if published is None:
        return
    occasion = None
    for event in events:
        if event.main and event.sentence < OCCASION_LEAD and event.rule == "dated-clause" and event.date is not None \
                and len(event.date.value) == 10 and (event.kind == "past" or event.trigger.lower() in REPORTING):
            try:
                day = dt.date.fromisoformat(event.date.value)
            except ValueError:
                continue
            if 0 < (published - day).days <= OCCASION_REACH_DAYS:
                occasion = event.date.value
            break  # only the first dated statement or action sets the occasion
    if occasion is None:
        return
    date = EventDate(occasion, None, None, None)
    for event in events:
        if event.rule == "published" and event.kind in _OCCASION_KINDS:
            event.date, event.rule = date, "occasion-date"


def date_by_mention(text: str, events: list[Draft]) -> None:
    """An event named again with the same words ("its first vote") is the event the article
    dated once ("held its first vote on 3 May")."""
    days: dict[str, set[str]] = {}
    for event in events:
        if event.kind == "noun" and event.rule == "dated-clause" and event.date is not None \
                and len(event.date.value) == 10:
            days.setdefault(_noun_key(text, event), set()).add(event.date.value)
    if not days:
        return
    for event in events:
        if event.kind != "noun" or event.rule == "dated-clause":
            continue
        same = days.get(_noun_key(text, event))
        if same is not None and len(same) == 1:
            event.date, event.rule = EventDate(next(iter(same)), None, None, None), "same-event"


def _noun_key(text: str, event: Draft) -> str:
    """An event noun with the word before it: "first vote", "second vote"."""
    before = text[max(0, event.at - 40):event.at].split()
    return f"{before[-1].lower() if before else ''} {event.trigger.lower()}"


def date_by_offset(s: Sentence, sent_dates: list[DateMention], out: list[Draft], story: Story) -> None:
    """Days counted from another event (rule 7), noted in story.offsets and applied once the
    article's default days are known (``apply_offsets``): "A day before the vote, the party
    said ..." dates the main clause a day before the day it would otherwise get; "The strike
    starts a day after the union rejected the offer" dates the clause after `after` a day before
    the event it follows."""
    for m in sent_dates:
        offset = _OFFSET.fullmatch(m.value or "") if m.type == "DURATION" else None
        if offset is None:
            continue
        k = bisect.bisect_left(s.start, m.end, s.lo, s.hi)
        if k >= s.hi or s.low[k] not in OFFSET_WORDS:
            continue
        days = int(offset.group(1)) * (7 if offset.group(2) == "W" else 1)
        sign = OFFSET_WORDS[s.low[k]]
        first = bisect.bisect_right(s.end, m.start, s.lo, s.hi)
        if first == s.lo or (first == s.lo + 1 and not s.flags[s.lo] & _ALNUM):
            # Fronted: the main clause after the comma is counted from its own default day.
            comma = next((n for n in range(k, s.hi) if s.low[n] == ","), None)
            if comma is None:
                continue
            start, ref, shift = s.end[comma], None, sign * days
        elif s.low[k] in ("before", "after"):
            # "X comes a day after Y happened": Y is counted back from X.
            before = [e for e in out if e.until <= m.start]
            if not before:
                continue
            start, ref, shift = s.end[k], before[-1].at, -sign * days
        else:
            continue
        for event in out:
            if event.at >= start and event.rule != "dated-clause":
                story.offsets[event.at] = (ref, shift, event.kind in PAST_LIKE)


def apply_offsets(events: list[Draft], offsets: dict[int, tuple[int | None, int, bool]],
                  pub_value: str | None) -> None:
    """Move the events ``date_by_offset`` noted by their days, from their own day or from the
    day of the event they are counted from; a past event never after publication."""
    if not offsets or pub_value is None:
        return
    days = {e.at: e.date.value for e in events if e.date is not None}
    for event in events:
        note = offsets.get(event.at)
        if note is not None and event.date is not None:
            ref, shift, past = note
            base = days.get(ref) if ref is not None else event.date.value
            day = _shift(base, shift) if base else None
            if day is not None and not (past and day > pub_value):
                event.date, event.rule = EventDate(day, None, None, None), "relative-date"


def _shift(value: str, days: int) -> str | None:
    """An ISO day moved by some days; None for anything but a day."""
    try:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None
