"""Rules for lengths of time, recurrences and vague references: handlers of the ``duration``,
``vague``, ``long``, ``weekdays``, ``set`` and ``reference`` rules (see ``rules`` for their order).

A duration is valued P3Y, PT24H, P2Y6M or PXM for an unknown count ("several months"), PXX for an
unknown unit ("for some time"); decades and centuries in years ("half a century": P50Y). A range of
lengths is two TIMEX3s, as TimeML writes ranges: "two to three years" is "two" (P2Y, the unit of the
second) and "three years" (P3Y), "between 60 and 90 days" likewise; after a determiner or written
as one word it is one period with an open count ("the next 9 to 15 months", "2-3 years": PXM, PXY).
An age ("a 6-year-old"), a fraction ("three-quarters of") or a title ("48 Hours") is none. A set is a
recurrence (``every Monday``: XXXX-WXX-1, ``on Tuesdays``, ``daily``: P1D, ``$5 a year``: P1Y);
"hourly" before workers is a kind of pay, none. A reference is PRESENT_REF, PAST_REF or FUTURE_REF
("now", "recently", "the near future", "could one day").
"""
from __future__ import annotations

import re

from ..lexicon.calendar import FREQUENCY_ADVERBS, MONTHS, PARTS_OF_DAY, SEASONS, TIME_MODIFIERS, WEEKDAYS
from ..lexicon.dates import A_PERIOD_BEFORE, FUTURE_FOLLOWERS, LAST_PERIOD_BEFORE, ONE_DAY_SPORT_NOUNS
from .context import Cand, Context, cand, sentence_initial
from .normalise import components, count_value, duration_value, lower_words, unit_letter
from .patterns import (RX_AGED_BEFORE, RX_AGO_AFTER, RX_AMOUNT_BEFORE, RX_ARTICLE_BEFORE, RX_BETWEEN_BEFORE,
                       RX_EVERY_BEFORE, RX_MODAL_JUST_BEFORE, RX_OF_AFTER, RX_OF_AGE_AFTER, RX_PAY_BASIS_AFTER,
                       RX_WORD_AFTER, RX_WORD_BEFORE, RX_YEARLIKE)


# The units a compound length may join, largest first.
_COMPOUND_ORDER = ("Y", "M", "D", "H", "MIN", "S")


def compound_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    """One length in several units ("two hours and 15 minutes": PT2H15M), as TimeML writes it; units
    out of order ("10 days, 3 years") or counts that are no whole numbers are a list, left to the
    duration rule."""
    parts: list[tuple[int | float, str]] = []
    last = -1
    for k in ("1", "2", "3"):
        if not m["n" + k]:
            break
        n = count_value(m["n" + k])
        unit = unit_letter(m["u" + k])
        if n is None or n != int(n) or unit not in _COMPOUND_ORDER or _COMPOUND_ORDER.index(unit) <= last:
            return None
        last = _COMPOUND_ORDER.index(unit)
        parts.append((int(n), unit))
    mod = TIME_MODIFIERS.get(lower_words(m["mod"])) if m["mod"] else None
    if m["mod"] and (mod is None or lower_words(m["mod"]) == "over"):
        return cand(m, "DURATION", components(parts), None, "duration", start=m.start("n1"))  # "over": a preposition
    return cand(m, "DURATION", components(parts), mod, "duration")


RX_ONE_WORD_AFTER = re.compile(r" ([A-Za-z]+)\b")


def duration_mention(m: re.Match[str], ctx: Context) -> Cand | list[Cand] | None:
    unit = unit_letter(m["unit"])
    if _no_length(m, ctx, unit):
        return None
    counted = _count(m, unit)
    if counted is None:
        return None
    n, article = counted
    count_start = m.start("n") if m["n"] else m.start("half") if m["half"] else m.start("vague")
    span, start = _span_word(m, ctx, count_start)
    if article and not (m["mod"] or span or m["andhalf"] or m["qual"]) and unit in ("Y", "M", "W", "D") \
            and not _period_after(ctx.text, start):
        return None  # "$5 a year" is a rate (set) and "a year" alone is rarely a period
    if unit == "D" and m["n"] is not None and m["n"].lower() == "one":
        if RX_MODAL_JUST_BEFORE.search(ctx.text, max(0, start - 12), start):
            # "the city could one day host the games": some day ahead, no length of time.
            return Cand(start, m.end(), "DATE", "FUTURE_REF", None, "reference")
        nxt = RX_ONE_WORD_AFTER.match(ctx.text, m.end())
        if "-" in ctx.text[m.end("n"):m.start("unit")] and nxt is not None \
                and nxt.group(1).lower() in ONE_DAY_SPORT_NOUNS:
            return None  # "a one-day international", "the one-day series": a cricket format, no length
    mod, start = _hedge(m, article, start, count_start)
    start, end = _edges(m, ctx, span, start, count_start)
    if _year_before_noun(m):
        return None
    if m["n2"]:
        return _range(m, ctx, n, unit, start, mod)
    if m["andhalf"] and n is not None:
        n += 0.5  # "a year and a half"
    value = duration_value(n, unit)
    if m["orso"]:
        mod = "APPROX"  # "the next five years or so"
    return Cand(start, end, "DURATION", value, mod, "duration")


def _no_length(m: re.Match[str], ctx: Context, unit: str) -> bool:
    """Whether the match is something else than a length of time: an age, a title, a fraction."""
    if m["age"] or RX_AGED_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()) \
            or RX_OF_AGE_AFTER.match(ctx.text, m.end(), m.end() + 8):
        return True  # "a 6-year-old boy", "aged 8-10 years": an age, not a period
    if m["unit"][0].isupper():
        return True  # "48 Hours": a title, not a period
    # "three-quarters of the budget": a fraction
    return unit == "Q" and not m["vague"] and ("-" in m.group() or bool(RX_OF_AFTER.match(ctx.text, m.end(),
                                                                                            m.end() + 5)))


def _count(m: re.Match[str], unit: str) -> tuple[int | float | None, bool] | None:
    """How many units (None: a vague count, "several") and whether the count is an article ("a
    year"); None when the count makes no length ("two half days", "a second attempt")."""
    count = m["n"]
    n = count_value(count) if count else 0.5 if m["half"] else None
    if count and n is None:
        return None
    article = count is not None and count.lower() in ("a", "an")
    if m["qual"] and m["qual"].lower() == "half":
        if not article:
            return None  # "two half days"
        n = 0.5  # "a half-century"
    if unit == "S" and article:
        return None  # "a second attempt": an ordinal
    if article and m["long"]:
        return None  # "an hour-long speech": the article is the noun's (the long rule reads "hour-long")
    return n, article


def _span_word(m: re.Match[str], ctx: Context, count_start: int) -> tuple[str | None, int]:
    """The span word ("last", "past", "next") and where the mention starts: a "last" that is the
    verb ("the talks will last two years") is no part of it."""
    start, span = m.start(), m["span"]
    if span and span.lower() == "last" and not m["the"] and not sentence_initial(ctx.text, start):
        prev = RX_WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
        if not (prev and prev.group(1).lower() in LAST_PERIOD_BEFORE):
            return None, m.start("mod") if m["mod"] else count_start  # not "(in) last two years"
    return span, start


def _period_after(text: str, start: int) -> bool:
    """Whether a lone "a year" at start is a period by the word before it ("for a year")."""
    prev = RX_WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(prev and prev.group(1).lower() in A_PERIOD_BEFORE)


def _hedge(m: re.Match[str], article: bool, start: int, count_start: int) -> tuple[str | None, int]:
    """The mod its hedge word gives ("about", "over a week": MORE_THAN) and where the mention starts."""
    mod_word = m["mod"] or m["mod0"]
    if mod_word and lower_words(mod_word) == "over" and not article:
        # "over a week" is more than one; "spread over three years" is the preposition, no hedge.
        mod_word, start = None, count_start
    return (TIME_MODIFIERS.get(lower_words(mod_word)) if mod_word else None), start


def _edges(m: re.Match[str], ctx: Context, span: str | None, start: int, count_start: int) -> tuple[int, int]:
    """Where the mention starts and ends around a noun of time and an article or possessive."""
    adjectival = (m["n"] or m["half"]) and not span and ("-" in m.group() or not m["unit"].lower().endswith("s"))
    end = m.end()
    if m["noun"] and not adjectival:
        end = m.end("noun") - len(m["noun"])  # "two years span" keeps no noun
    elif m["noun"]:
        # "a three-year period", "its one-year term": a noun of time makes the phrase the period,
        # with its article (not a possessive).
        before = RX_ARTICLE_BEFORE.search(ctx.text, max(0, start - 5), start) if not m["the"] else None
        if before is not None:
            start = before.start()
    if m["the"] and (lower_words(m["the"]) != "the" or (adjectival and not m["noun"])):
        # "its 10-year plan", "the 20-minute demo": the article belongs to the noun after the period.
        start = m.start("span") if span else count_start
    return start, end


def _year_before_noun(m: re.Match[str]) -> bool:
    """Whether the count is a year before a noun ("Expo 2030 day five"), not a number of units."""
    count = m["n"]
    return bool(count and not m["unit"].lower().endswith("s") and not m["long"] and "-" not in m.group()
                and RX_YEARLIKE.fullmatch(count))


def _range(m: re.Match[str], ctx: Context, n: int | float | None, unit: str, start: int,
           mod: str | None) -> Cand | list[Cand] | None:
    """A range of lengths: one period after a determiner ("the next 9 to 15 months": PXM) or in
    one word ("2-3 years"); else two, as TimeML writes a range: "two to three years" is "two" (P2Y,
    the unit of the second) and "three years" (P3Y); "between 60 and 90 days" likewise."""
    n2 = count_value(m["n2"])
    sep = lower_words(m["sep"]).strip()
    if n2 is None or n is None or not n < n2:
        return None  # "1-2 years" needs an increasing range
    if sep == "and" and not RX_BETWEEN_BEFORE.search(ctx.text, max(0, m.start() - 9), m.start()):
        return None  # "two and three years": no range without "between"
    if sep not in ("to", "or", "and") or m["span"] or m["the"]:
        return Cand(start, m.end(), "DURATION", duration_value(None, unit), mod, "duration")
    if RX_AGO_AFTER.match(ctx.text, m.end(), m.end() + 12) or unit == "Q" or lower_words(m["n"]) in ("a", "an"):
        return None  # "three to five years ago" is the ago rule's; "one to two quarters of" a fraction
    low = Cand(start, m.end("n"), "DURATION", duration_value(n, unit), mod, "duration")
    high = Cand(m.start("n2"), m.end(), "DURATION", duration_value(n2, unit), "APPROX" if m["orso"] else None,
                "duration")
    return [low, high]


def long_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    # "day-long": one unit (P1D); "decades-long": an unknown count (PXDE).
    unit = m["unit"].lower()
    return cand(m, "DURATION", duration_value(None if unit.endswith("s") else 1, unit_letter(unit)), None, "duration")


def vague_plural_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if m["unit3"]:
        return cand(m, "DURATION", duration_value(None, unit_letter(m["unit3"])), None, "duration",
                    start=m.start("unit3"))
    if m["when"]:
        # "future quarters", "past years": TimeBank values them as the future or the past.
        return cand(m, "DATE", "FUTURE_REF" if m["when"].lower() == "future" else "PAST_REF", None, "reference")
    if m["unit2"]:
        if not (lower_words(m["lead2"]) == "over" or m["edge"] or m["ahead"]):
            return None  # "in the days of the empire", "in the days before the vote": no length said
        if lower_words(m["edge"]) == "early" and unit_letter(m["unit2"]) == "H":
            return None  # "in the early hours": the hours after midnight, a time of day
        # "over the years", "the weeks ahead", "the days before the vote": an unknown number of the
        # unit, with its article (as "the past three years"); the preposition stays out.
        return cand(m, "DURATION", duration_value(None, unit_letter(m["unit2"])), None, "duration",
                    start=m.start("the"))
    lead = lower_words(m["lead"])
    unit = unit_letter(m["unit"])
    if lead in ("in the coming", "in coming"):
        # "in (the) coming days": an unspecified time ahead, not a length of time.
        return cand(m, "DATE", "FUTURE_REF", None, "vague", start=m.start() + 3)
    if lead.endswith(" recent"):
        # "in recent years", "over recent months": an unspecified number of the unit, as TimeBank
        # mostly types and values it; the preposition stays out.
        return cand(m, "DURATION", duration_value(None, unit), None, "duration",
                    start=m.start("lead") + len(m["lead"]) - len("recent"))
    # "over the past years" keeps "the past", as "the past three years" does; "for years" is "years".
    start = m.start("lead") + m["lead"].lower().index("the") if " the " in lead else m.start("unit")
    return cand(m, "DURATION", duration_value(None, unit), None, "duration", start=start)


def vague_length_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    # "for some time": a length whose unit is not said (TimeML's PXX); the preposition stays out.
    return cand(m, "DURATION", "PXX", None, "duration", start=m.start("length"))


def set_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if m["every"]:
        what = lower_words(m["what"])
        k = 2 if m["other"] else count_value(m["k"]) if m["k"] else 1
        if k is None:
            return None
        if what in WEEKDAYS:
            return cand(m, "SET", f"XXXX-WXX-{WEEKDAYS[what] + 1}", None, "set")
        if what in PARTS_OF_DAY:
            return cand(m, "SET", f"TXX{PARTS_OF_DAY[what]}", None, "set")
        if what in MONTHS:
            return cand(m, "SET", f"XXXX-{MONTHS[what]:02d}", None, "set")
        if what in SEASONS:
            return cand(m, "SET", f"XXXX-{SEASONS[what]}", None, "set")
        return cand(m, "SET", duration_value(k, unit_letter(what)), None, "set")
    if m["adv"]:
        adv = m["adv"].lower()
        if m["adv"][0].isupper() and not sentence_initial(ctx.text, m.start()):
            return None  # "Film Weekly", "the Daily Courier": a title
        if RX_PAY_BASIS_AFTER.match(ctx.text, m.end(), m.end() + 40):
            return None  # "hourly and salaried workers", "daily-wage labourers": a kind of pay, no recurrence
        value = FREQUENCY_ADVERBS[adv]
        if adv == "quarterly" and not RX_ADVERB_END.match(ctx.text, m.end()):
            return None  # "a quarterly dividend": an adjective; "paid quarterly." recurs (P3M)
        return cand(m, "SET", value, None, "set")
    if m["times"]:
        return cand(m, "SET", duration_value(1, unit_letter(m["tunit"])), None, "set")
    # "a year" / "per year" after an amount: a rate.
    if not RX_AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 25), m.start()):
        return None
    unit = unit_letter(m["punit"])
    return cand(m, "SET", duration_value(1, unit), None, "set")


# After "quarterly", what makes it the adverb of a verb ("paid quarterly.", "reviewed quarterly and
# published"), not an adjective before its noun.
RX_ADVERB_END = re.compile(r"\s*(?:[.,;:!?)\u2014]|\Z|\s(?:and|or|but|in|on|from|since|until|by|at|to|instead|rather)\b)")


def weekdays_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if not m["wd"][0].isupper():
        return None
    value = f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}"
    if m["part"]:
        value += "T" + PARTS_OF_DAY[m["part"].lower()]  # "Saturday mornings": XXXX-WXX-6TMO
    return cand(m, "SET", value, None, "set")


def reference_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    word = lower_words(m.group())
    if m["now"]:
        if word == "now" and ctx.text[m.end():m.end() + 1] == "-":
            return None  # "the now-cancelled deal"
        if word == "now" and RX_EVERY_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start()):
            return None  # "every now and again"
        return cand(m, "DATE", "PRESENT_REF", None, "reference")
    if m["past"]:
        if word in ("earlier", "past"):
            return None  # adverb of comparison / adjective of many things
        if word.startswith("in the "):
            return cand(m, "DATE", "PAST_REF", None, "reference", start=m.start() + 3)
        return cand(m, "DATE", "PAST_REF", None, "reference")
    if m["future"]:
        if word == "future":
            nxt = RX_WORD_AFTER.search(ctx.text[m.end():m.end() + 20])
            if nxt and nxt.group(1).lower() not in FUTURE_FOLLOWERS:
                return None
        # "the coming days" is an unspecified time ahead, like "the future", not a length of time.
        return cand(m, "DATE", "FUTURE_REF", None, "reference")
    return None
