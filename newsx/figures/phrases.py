"""What stands around a figure: the qualifier before it and the noun phrase it counts.

Rules, in order:
1. qualifier: the longest qualifier ("at least", "more than", "less than or equal to", "some", ...)
   that ends, followed by a space, right before the figure, at a word boundary; or a comparison sign
   (">30", ">= 30", "≤ 20"; not "<>", "=>", "=<");
2. counted phrase: after "of" and a determiner ("51 of the airlines", "half of all adults"; "those
   polled" whole), "in", "worth of" when allowed ("58% of voters", "$2 billion in aid"), up to five
   words: a pre-modifier ("other", "more"), nouns, adjectives, acronyms with dots ("U.N."), model
   designators and codes ("A330-200", "B-52 bombers", "4K televisions"), hyphenated words and
   possessives; it ends before a number word, a stop word, a month, an adverb in -ly or of time and
   place ("snow overnight"), a participle or past tense after the noun ("heroin hidden in a van"),
   a verb in -ing or -ed, a contraction, and after its plural head ("pilgrims arrive": "pilgrims";
   not a name before a plural noun: "M1 Abrams tanks"); right after the number such words are
   adjectives before a noun ("16 missing residents", "3 daily editions"); money joins two nouns
   with "and" ("in loans and grants").
"""
from __future__ import annotations

from ..doc.numbers import DASHES, Stream, adjacent, near, spaced, starts_number
from ..doc.tokens import NUM, SYM, WORD
from ..lexicon.calendar import MONTHS
from ..lexicon.calendar import WEEKDAY_FULL as WEEKDAYS
from ..lexicon.figures import (ATTRIBUTIVE_STATES, COMPARATIVE_EXCEPTIONS, COMPARISON_STARTS, CONTRACTION_ENDS,
                               IRREGULAR_PLURALS, LY_NOUNS, MODIFIER_PLURALS, NAME_HEADS, OF_DETERMINERS,
                               PEOPLE_ENDINGS, PEOPLE_PLURALS, PHRASE_END_ADVERBS, PHRASE_END_PARTICIPLES,
                               PHRASE_END_PASTS, PRE_MODIFIERS, QUALIFIERS, SENTENCE_MARKS, SIGN_QUALIFIERS,
                               STOP_WORDS)
from ..lexicon.numbers import SCALES, TENS_WORDS, UNITS_WORDS
from ..lexicon.titles import PERSON_NOUNS

# The qualifiers by their last two characters, longest first: a few endswith tests per figure.
_QUALIFIERS_BY_END: dict[str, list[str]] = {}
for _q in QUALIFIERS:
    _QUALIFIERS_BY_END.setdefault(_q[-2:], []).append(_q)
_APOSTROPHES = frozenset({"'", "’"})


def qualifier_before(s: Stream, k: int) -> tuple[str | None, int]:
    """The qualifier that ends right before piece k, and its start offset."""
    if k <= 0:
        return None, s.start[k] if k < s.n else 0
    start = s.start[k]
    origin = max(0, start - 40)
    before = s.source[origin:start]
    stripped = before.rstrip()
    sign = _sign_before(s.source, start)
    if sign is not None:
        return s.source[sign:start].rstrip(), sign
    if len(stripped) == len(before) and before:
        return None, start  # the qualifier must be followed by a space
    low = stripped.lower()
    for q in _QUALIFIERS_BY_END.get(low[-2:], ()):
        if low.endswith(q):
            pos = len(low) - len(q)
            if pos == 0 and origin > 0:
                continue
            if pos > 0 and (low[pos - 1].isalnum() or low[pos - 1] in "-'’"):
                continue
            qs = origin + pos
            return s.source[qs:qs + len(q)], qs
    return None, start


def _sign_before(source: str, start: int) -> int | None:
    """The start of a comparison sign before offset ``start``: ">30", ">= 30", "< = 100", "≤ 20",
    after a space, an opening bracket or the start of the text; not "<>30", "=>30", "=<30" nor a sign
    glued to a word ("x>10", markup "<b>30")."""
    k = start
    while k > 0 and start - k < 2 and source[k - 1] == " ":
        k -= 1
    if k > 0 and source[k - 1] == "=":
        k -= 1
        while k > 0 and source[k - 1] == " " and start - k < 4:
            k -= 1
        if k == 0 or source[k - 1] not in "<>":
            return None
    if k == 0 or source[k - 1] not in SIGN_QUALIFIERS:
        return None
    k -= 1
    if k > 0 and not (source[k - 1].isspace() or source[k - 1] in "(["):
        return None
    return k


def people_plural(w: str) -> bool:
    """Whether the lower-case word is a plural noun of people ("passengers", "employees", "police",
    "journalists"); "aircraft", "cattle" and "program's" are none."""
    return w in PEOPLE_PLURALS or w.endswith("s") and not w.endswith("'s") and (
        w[:-1] in PERSON_NOUNS or w in PERSON_NOUNS or w.endswith(PEOPLE_ENDINGS))


def is_plural(w: str) -> bool:
    return w in IRREGULAR_PLURALS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def is_comparison(s: Stream, k: int) -> bool:
    """Whether piece k goes on a comparison: "as many", "the size", "more", "higher", "that of"."""
    w = s.low[k]
    return w in COMPARISON_STARTS or (
        s.kind[k] == WORD and len(w) > 4 and w.endswith("er") and w not in COMPARATIVE_EXCEPTIONS)


def starts_sentence(s: Stream, k: int) -> bool:
    """Whether piece k starts a sentence, a line or a quotation."""
    if k <= 0:
        return True
    return s.kind[k - 1] == SYM and s.text[k - 1] in SENTENCE_MARKS or "\n" in s.source[s.end[k - 1]:s.start[k]]


def counted_after(s: Stream, j: int, *, allow_of: bool = False, money: bool = False,
                  noun_first: bool = False) -> tuple[str | None, int]:
    """The noun phrase a figure ending before piece j counts ("85 missiles" -> "missiles"), and the
    piece after the phrase."""
    if j >= s.n or not near(s, j - 1, j):
        return None, j
    k = start_k = _phrase_start(s, j, allow_of, money)
    noun_first = noun_first or k > j  # after "of", "in", "the" a gerund is a noun: "500km of wiring"
    words: list[str] = []
    low = s.low
    while k < s.n and len(words) < 5:
        if k == start_k and s.kind[k] == NUM:
            code = _code_end(s, k)  # "4K televisions", "5G phones", "3D printers"
            if code is None:
                break
            words.append(s.source[s.start[k]:s.end[code]])
            k = code + 1
            continue
        if k > start_k and not near(s, k - 1, k) or s.kind[k] != WORD:
            break
        w = low[k]
        if w == "and" and money and words and s.kind[k + 1] == WORD and low[k + 1] not in STOP_WORDS \
                and not starts_number(s, k + 1):
            words.append("and")
            k += 1
            continue
        if not words and w in PRE_MODIFIERS and s.kind[k + 1] == WORD and low[k + 1] not in STOP_WORDS:
            words.append(s.text[k])  # "189 other galleries", "200 more troops"
            k += 1
            continue
        designator = s.text[k][:1].isupper() and k + 1 < s.n and (s.kind[k + 1] == NUM and (
            adjacent(s, k, k + 1) or spaced(s, k, k + 1) and w in NAME_HEADS) or _hyphen_code(s, k))
        if _ends_phrase(s, k, words, noun_first, designator):
            break
        text, k = _noun_text(s, k, designator)
        if low[k + 1] in _APOSTROPHES and low[k + 2] == "s" and adjacent(s, k, k + 1) and adjacent(s, k + 1, k + 2) \
                and s.kind[k + 3] == WORD and spaced(s, k + 2, k + 3):
            words.append(text + s.source[s.start[k + 1]:s.end[k + 2]])  # "the country's adults"
            k += 3
            continue
        words.append(text)
        k += 1
        # A noun phrase ends at its plural head: "pilgrims arrive", "jobs go"; not at a name in -s
        # before a plural noun ("M1 Abrams tanks", "5 Texas hospitals", "12 Reuters journalists"), nor
        # at a plural without -s that modifies one ("police officers", "staff members").
        if is_plural(w) and not (money and low[k] == "and") and not (
                (text[:1].isupper() or w in MODIFIER_PLURALS) and _plural_noun_at(s, k)):
            break
    while words and (words[-1] == "and" or words[-1].lower() in PRE_MODIFIERS or _adverb(words[-1])):
        words.pop()
    if not words and start_k > j and low[start_k - 1] in _PRONOUN_DETERMINERS and _participle(s, start_k) \
            and near(s, start_k - 1, start_k):
        # "two-thirds of those polled", "half of those killed": the pronoun and its participle
        return s.source[s.start[start_k - 1]:s.end[start_k]], start_k + 1
    return " ".join(words) or None, k


_PRONOUN_DETERMINERS = frozenset({"those", "these"})


def _participle(s: Stream, k: int) -> bool:
    """Whether piece k is a lower-case past participle ("polled", "killed", "taken")."""
    w = s.low[k]
    return s.kind[k] == WORD and s.text[k].islower() \
        and (w.endswith("ed") and len(w) > 3 or w in PHRASE_END_PARTICIPLES)


def _plural_noun_at(s: Stream, k: int) -> bool:
    """Whether piece k, right after the piece before it, is a plural noun ("tanks", "people")."""
    w = s.low[k]
    return k < s.n and s.kind[k] == WORD and near(s, k - 1, k) and is_plural(w) and w not in STOP_WORDS \
        and w not in WEEKDAYS and not w.endswith("ed")


def _noun_at(s: Stream, k: int) -> bool:
    """Whether piece k, right after the piece before it, may start a noun phrase: a word, no stop
    word, month, weekday, number word, adverb in -ly or of place and time."""
    w = s.low[k]
    return k < s.n and s.kind[k] == WORD and near(s, k - 1, k) and w not in STOP_WORDS and w not in MONTHS \
        and w not in WEEKDAYS and w not in UNITS_WORDS and w not in TENS_WORDS and w not in SCALES \
        and w not in PHRASE_END_ADVERBS and not (w.endswith("ly") and w not in LY_NOUNS) and w[:1].isalpha()


def _adverb(text: str) -> bool:
    """Whether a word is a lower-case adverb in -ly ("newly", not "family") or of place or time."""
    w = text.lower()
    return text.islower() and (w.endswith("ly") and len(w) > 4 and w not in LY_NOUNS or w in PHRASE_END_ADVERBS)


def _hyphen_code(s: Stream, k: int) -> bool:
    """Whether the capitalised word at piece k starts a code joined by a hyphen to a number ("B-52",
    "F-35", "MiG-29", "COVID-19")."""
    return s.low[k + 1] in DASHES and s.kind[k + 2] == NUM and adjacent(s, k, k + 1) and adjacent(s, k + 1, k + 2)


def _code_end(s: Stream, k: int) -> int | None:
    """The last piece of a code of digits and capitals at piece k before a noun ("4K televisions",
    "5G phones", "3D printers"), or None."""
    t = s.text[k + 1] if k + 1 < s.n else ""
    if not (t.isalpha() and t.isupper() and len(t) <= 2 and adjacent(s, k, k + 1) and s.text[k].isdigit()):
        return None
    if not (spaced(s, k + 1, k + 2) and _noun_at(s, k + 2) and s.text[k + 2].islower()):
        return None
    return k + 1


def _phrase_start(s: Stream, j: int, allow_of: bool, money: bool) -> int:
    """Past "of", "in", "worth of" and a determiner before the counted phrase: "51 of the airlines",
    "half of all adults", "a third of these schools", "all of the", "all the"."""
    low = s.low
    k = j
    if money or allow_of:
        if low[k] == "in" or low[k] == "of" or (low[k] == "worth" and low[k + 1] == "of"):
            k += 2 if low[k] == "worth" else 1
            if low[k] in OF_DETERMINERS and not money:
                k = _past_all(low, k)
    elif low[k] == "of" and low[k + 1] in OF_DETERMINERS:
        k = _past_all(low, k + 1)
    return k


def _past_all(low: list[str], k: int) -> int:
    """Past the determiner at piece k, and "the" after "all" or "all of" ("half of all the money")."""
    if low[k] == "all":
        if low[k + 1] == "of" and low[k + 2] in OF_DETERMINERS:
            return k + 3
        if low[k + 1] in OF_DETERMINERS:
            return k + 2
    return k + 1


def _ends_phrase(s: Stream, k: int, words: list[str], noun_first: bool, designator: bool) -> bool:
    """Whether the word at piece k ends the counted phrase before it."""
    w = s.low[k]
    text = s.text[k]
    if w in UNITS_WORDS or w in TENS_WORDS or w in SCALES or w in WEEKDAYS:
        return True
    # Right after the number and before a noun, an -ly word, an adverb of place or time, a word of
    # state or a participle is an adjective ("3 daily editions", "3 overnight flights", "16 missing
    # residents", "20 known cases"); after the noun it ends the phrase ("snow overnight", "the drug
    # twice daily", "heroin hidden in a van").
    leading = all(_adverb(x) for x in words)  # nothing but adverbs yet: "3 newly built homes"
    first_adjective = leading and text.islower() and _noun_at(s, k + 1)
    if _adverb(text) and not first_adjective:
        return True
    if w in ATTRIBUTIVE_STATES and first_adjective:
        return False
    if w in PHRASE_END_PARTICIPLES and not first_adjective and text.islower():
        return True
    if w in PHRASE_END_PASTS and text.islower():
        return True  # "half of the money went"
    acronym = text.isupper() and len(text) > 1  # "US troops", not the pronoun "us"
    if (w in STOP_WORDS and not acronym or w in MONTHS) and not designator:
        return True
    nxt = s.low[k + 1]
    noun_next = s.kind[k + 1] == WORD and nxt not in STOP_WORDS
    if w.endswith("ing") and text.islower() and len(w) > 5 and (words or not noun_first) \
            and not (noun_next and near(s, k, k + 1)):
        return True  # "one poster writing", but "179 aerial refueling tankers", "one sticking point"
    if w.endswith("ed") and len(w) > 4 and not (leading and noun_next and not nxt.endswith("ed")):
        return True
    # "isn't", "they're": a verb, not a noun
    return nxt in _APOSTROPHES and s.low[k + 2] in CONTRACTION_ENDS and adjacent(s, k, k + 1)


def _noun_text(s: Stream, k: int, designator: bool) -> tuple[str, int]:
    """The text of the noun starting at piece k, and its last piece: acronyms with dots ("U.N."),
    model designators ("A330-200", "Boeing 787"), hyphenated words ("long-range")."""
    first_end = s.end[k]
    text = s.text[k]
    n = s.n
    if len(text) == 1 and text.isupper() and s.low[k + 1] == "." and adjacent(s, k, k + 1):
        while k + 2 < n and adjacent(s, k + 1, k + 2) and s.kind[k + 2] == WORD and len(s.text[k + 2]) == 1 \
                and s.low[k + 3] == "." and adjacent(s, k + 2, k + 3):
            text += "." + s.text[k + 2]
            k += 2
        text += "."
        k += 1
    if designator:
        k += 1
        text += s.source[first_end:s.end[k]]
        while k + 1 < n and adjacent(s, k, k + 1) and (
                s.kind[k + 1] == NUM or s.kind[k + 1] == WORD or s.low[k + 1] in DASHES
                and k + 2 < n and adjacent(s, k + 1, k + 2) and s.kind[k + 2] != SYM):
            k += 1
            text += s.text[k]
    while k + 2 < n and s.low[k + 1] == "-" and adjacent(s, k, k + 1) and adjacent(s, k + 1, k + 2) \
            and s.kind[k + 2] == WORD:
        text = text + "-" + s.text[k + 2]
        k += 2
    return text, k
