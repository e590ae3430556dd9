"""Rules for lengths of time, recurrences and vague references: handlers of the ``duration``,
``vague``, ``set`` and ``reference`` rules (see ``rules`` for their order).

A duration is valued P3Y, PT24H, P2Y6M or PXM for an unknown count ("several months"); an age
("a 6-year-old"), a fraction ("three-quarters of") or a title ("48 Hours") is none. A set is a
recurrence (``every Monday``: XXXX-WXX-1, ``daily``: P1D, ``$5 a year``: P1Y). A reference is
PRESENT_REF, PAST_REF or FUTURE_REF ("now", "recently", "the near future").
"""
from __future__ import annotations

import re

from ..lexicon.calendar import FREQUENCY_ADVERBS, MONTHS, PARTS_OF_DAY, SEASONS, TIME_MODIFIERS, WEEKDAYS
from ..lexicon.dates import A_PERIOD_BEFORE, FUTURE_FOLLOWERS
from .context import Cand, Context, cand, sentence_initial
from .normalise import duration_value, lower_words, unit_letter
from ..doc.numbers import value_of
from .patterns import (RX_AGED_BEFORE, RX_AMOUNT_BEFORE, RX_EVERY_BEFORE, RX_OF_AFTER, RX_OF_AGE_AFTER,
                       RX_WORD_AFTER, RX_WORD_BEFORE, RX_YEARLIKE)


def duration_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if m["age"] or RX_AGED_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()) \
            or RX_OF_AGE_AFTER.match(ctx.text, m.end(), m.end() + 8):
        return None  # "a 6-year-old boy", "aged 8-10 years": an age, not a period
    unit = unit_letter(m["unit"])
    if m["unit"][0].isupper():
        return None  # "48 Hours": a title, not a period
    if unit == "Q" and not m["vague"] and ("-" in m.group() or RX_OF_AFTER.match(ctx.text, m.end(), m.end() + 5)):
        return None  # "three-quarters of the budget": a fraction
    n = value_of(m["n"]) if m["n"] else None
    if m["n"] and n is None:
        return None
    if unit == "S" and lower_words(m["n"]) in ("a", "an"):
        return None  # "a second attempt": an ordinal
    if m["n"] and lower_words(m["n"]) in ("a", "an") and not (m["mod"] or m["span"]) and unit in ("Y", "M", "W", "D"):
        # "for a year" is a period; "$5 a year" is a rate (set) and "a year" alone is rarely one.
        prev = RX_WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        if not (prev and prev.group(1).lower() in A_PERIOD_BEFORE):
            return None
    start = m.start()
    mod_word = m["mod"] or m["mod0"]
    mod = TIME_MODIFIERS.get(lower_words(mod_word)) if mod_word else None
    adjectival = m["n"] and not m["span"] and ("-" in m.group() or not m["unit"].lower().endswith("s"))
    if m["the"] and (lower_words(m["the"]) != "the" or adjectival):
        # "its 10-year plan", "the 20-minute demo": the article belongs to the noun after the period.
        start = m.start("span") if m["span"] else (m.start("n") if m["n"] else m.start("vague"))
    if m["n"] and not m["unit"].lower().endswith("s") and not m["long"] and "-" not in m.group() \
            and RX_YEARLIKE.fullmatch(m["n"]):
        return None  # "Expo 2030 day five": a year before a noun
    if m["n2"]:
        n2 = value_of(m["n2"])
        if n2 is None or n is None or not n < n2:
            return None  # "1-2 years" needs an increasing range
        n = None  # "two to three weeks": TIMEX3 leaves the number open
    value = duration_value(n, unit)
    if m["orso"]:
        mod = "APPROX"  # "the next five years or so"
    return Cand(start, m.end(), "DURATION", value, mod, "duration")


def vague_plural_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    lead = lower_words(m["lead"])
    unit = unit_letter(m["unit"])
    if lead in ("in the coming", "in coming"):
        # "in (the) coming days": an unspecified time ahead, not a length of time.
        return cand(m, "DATE", "FUTURE_REF", None, "vague", start=m.start() + 3)
    if lead == "in recent":
        # "in recent years": TimeBank values it as an unspecified number of the unit.
        return cand(m, "DATE", duration_value(None, unit), None, "duration", start=m.start() + 3)
    return cand(m, "DURATION", duration_value(None, unit), None, "duration", start=m.start("unit"))


def set_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if m["every"]:
        what = lower_words(m["what"])
        k = 2 if m["other"] else value_of(m["k"]) if m["k"] else 1
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
        value = FREQUENCY_ADVERBS[adv]
        if adv == "quarterly":
            return None  # "a quarterly dividend": an adjective of money
        return cand(m, "SET", value, None, "set")
    if m["times"]:
        return cand(m, "SET", duration_value(1, unit_letter(m["tunit"])), None, "set")
    # "a year" / "per year" after an amount: a rate.
    if not RX_AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 25), m.start()):
        return None
    unit = unit_letter(m["punit"])
    return cand(m, "SET", duration_value(1, unit), None, "set")


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
