"""Money: currencies before and after an amount, and the money figure.

Rules, in order:
1. a currency sign or code right before the amount ("$20", "US$16 million", "NZ $ 26", "EUR 125",
   "Rs 500", "Rs. 500", "U.S.$5", "₩2 million", "₡500"), a code with a scale letter ("MAUD 60");
2. a currency after it: an adjective and a name ("US dollars", "Hong Kong dollars", "Swiss
   francs", "21 Canadian cents"), "U.S. dollars", a sub-unit in the main unit (5 cents = 0.05 USD,
   350p = 3.5 GBP), a code ("500 USD cash"; not an organisation's initials before a plural of people:
   "29 PLN employees"), a name ("200 million euros"; "pounds" only when scaled, before "sterling" or
   after a word of money, not after a word of weight nor before "of", else a weight; "real", "won",
   "rand", "marks", "ether", "sterling" only when scaled), a code with a scale letter ("30 MUSD",
   "120 MEUR"), a sign ("10 €", "100元"), "of" and a name after a vague count ("billions of
   dollars": money with no value, rule ``vague-money``, as it names no amount);
3. the money figure takes a hyphenated or a following scale ("$400-million", "$12-15 million",
   "$1.2bn"), its sub-units ("2 dollars 40 cents", "£4 and 50p": one sum) and the noun phrase it
   buys ("$2 billion in aid", "$5 million worth of");
4. ``carry_currency``: a bare amount of a million or more in the sentence of a sum of money is money
   in the same currency ("$2 billion in grants beyond the seven billion already spent").
"""
from __future__ import annotations

from decimal import Decimal

from ..doc.numbers import DASHES, Number, Stream, adjacent, near, read_number, read_scale, spaced, starts_number
from ..doc.tokens import NUM, SYM, WORD
from ..lexicon.currencies import (CODE_PREFIXES, CURRENCY_ADJECTIVES, CURRENCY_NAMES, CURRENCY_SYMBOLS, ISO_CODES,
                                  LOWER_ISO, MONEY_CUES, SCALED_ONLY_CURRENCIES, SIGNS_AFTER, SUBUNITS)
from ..lexicon.figures import STOP_WORDS
from ..lexicon.units import WEIGHT_CUES
from ..lexicon.numbers import SCALES
from .draft import Draft
from .phrases import counted_after, is_plural, people_plural

_CURRENCY_BASES = frozenset(name for _, name in CURRENCY_ADJECTIVES)
_NO_CURRENCY: tuple[str | None, int, float] = (None, 0, 1.0)
_CENTS = frozenset({"cent", "cents"})
_PHRASE_ENDS = frozenset({".", ",", ";", "!", "?", ")", ":"})
_AFTER_PRICE = frozenset({"more", "each", "apiece", "extra"})
_NO_HUNDREDTHS = frozenset({"JPY", "KRW", "VND", "IDR", "CLP", "ISK", "HUF"})  # "100 yen 50" is two numbers
_NO_CENTS = frozenset({"GBP", "JPY", "INR", "RUB"})  # main units whose hundredth is no "cent"


def currency_before(s: Stream, k: int) -> tuple[str | None, int]:
    """A currency sign or code right before piece k, and its first piece (k when none)."""
    if k <= 0:
        return None, k
    p = k - 1
    t = s.text[p]
    if t in CURRENCY_SYMBOLS and (adjacent(s, p, k) or s.kind[p] == SYM and spaced(s, p, k)):
        if t == "$" and p > 0 and (adjacent(s, p - 1, p) or spaced(s, p - 1, p) and s.text[p - 1].isupper()
                                   and len(s.text[p - 1]) > 1):
            key = s.low[p - 1] + "$"
            if s.kind[p - 1] == WORD and key in CURRENCY_SYMBOLS:
                return CURRENCY_SYMBOLS[key], p - 1  # "US$", "C$", "NZ $"
            if s.low[p - 1] == "." and p >= 3 and s.low[p - 2] == "s" and s.low[p - 3] == ".":
                return "USD", p - 4 if p >= 4 else p - 3  # "U.S.$"
        return CURRENCY_SYMBOLS[t], p
    if s.kind[p] == WORD:
        if t in ISO_CODES and t.isupper():
            return ("CNY" if t == "RMB" else t), p
        if prefixed_code(t):
            return t[1:], p  # "MAUD 60": millions of Australian dollars
        if (s.low[p] == "rs" or s.low[p] == "inr") and near(s, p, k):
            return "INR", p
    if s.low[p] == "." and p > 0 and s.low[p - 1] == "rs" and adjacent(s, p - 1, p):
        return "INR", p - 1
    return None, k


def currency_after(s: Stream, j: int, num: Number) -> tuple[str | None, int, float]:
    """A currency after the amount ending before piece j: its code, the piece after it and the
    factor to the main unit ("5 cents": 0.01); (None, j, 1.0) when none."""
    if j >= s.n or not near(s, j - 1, j):
        return None, j, 1.0
    named = _named_currency(s, j)
    if named[0] is not None:
        return named
    w = s.low[j]
    if w in SUBUNITS and (w != "p" or adjacent(s, j - 1, j)):
        code, factor = SUBUNITS[w]
        return code, j + 1, factor
    t = s.text[j]
    if prefixed_code(t) and not _code_is_initials(s, j, num):
        return t[1:], j + 1, float(CODE_PREFIXES[t[0]])  # "30 MUSD", "120 MEUR", "500 kEUR"
    if t.upper() in ISO_CODES and (t.isupper() or w in LOWER_ISO):
        if _code_is_initials(s, j, num):
            return None, j, 1.0
        return ("CNY" if t.upper() == "RMB" else t.upper()), j + 1, 1.0
    if w in CURRENCY_NAMES:
        if (w == "pound" or w == "pounds") and not pounds_are_money(s, num, j):
            return None, j, 1.0
        if w in SCALED_ONLY_CURRENCIES and not num.scaled:
            return None, j, 1.0
        return CURRENCY_NAMES[w], j + 1, 1.0
    return None, j, 1.0


def prefixed_code(t: str) -> bool:
    """An ISO code with a scale letter glued before it ("MUSD", "MEUR", "kEUR", "BUSD")."""
    return len(t) == 4 and t[0] in CODE_PREFIXES and t[1:] in ISO_CODES and t[1:].isupper()


def code_factor(s: Stream, p: int) -> float:
    """The factor of the currency code at piece p before an amount: 1e6 for "MAUD 60", else 1."""
    t = s.text[p]
    return float(CODE_PREFIXES[t[0]]) if prefixed_code(t) else 1.0


def _code_is_initials(s: Stream, j: int, num: Number) -> bool:
    """A currency code before a plural noun of people is an organisation's initials ("29 PLN
    employees", "40 BBC journalists"), unless a word of paying or costing stands before the amount
    ("paid 50 EUR staff"); before any other noun it is a currency ("500 USD cash", "200 EUR fees")."""
    nxt = s.low[j + 1]
    if not (s.kind[j + 1] == WORD and s.text[j + 1].islower() and nxt not in STOP_WORDS and spaced(s, j, j + 1)
            and nxt not in SCALES and is_plural(nxt)):
        return False
    return people_plural(nxt) and not any(w in MONEY_CUES for w in s.low[max(0, num.i - 6):num.i])


def _named_currency(s: Stream, j: int) -> tuple[str | None, int, float]:
    """ "US dollars", "Hong Kong dollars", "Swiss francs", "21 Canadian cents", "U.S. dollars"."""
    low = s.low
    for width in (2, 1):
        name_k = j + width
        base = low[name_k]
        singular = base[:-1] if base.endswith("s") and base[:-1] in _CURRENCY_BASES else base
        if singular in _CURRENCY_BASES and all(spaced(s, x, x + 1) for x in range(j, name_k)):
            key = (" ".join(low[j:name_k]), singular)
            if key in CURRENCY_ADJECTIVES:
                return CURRENCY_ADJECTIVES[key], name_k + 1, 1.0
    w = low[j]
    if (low[j + 1] == "cent" or low[j + 1] == "cents") and (w, "dollar") in CURRENCY_ADJECTIVES and spaced(s, j, j + 1):
        return CURRENCY_ADJECTIVES[(w, "dollar")], j + 2, 0.01  # "21 Canadian cents"
    if w == "u" and low[j + 1] == "." and low[j + 2] == "s" and low[j + 3] == "." \
            and (low[j + 4] == "dollar" or low[j + 4] == "dollars"):
        return "USD", j + 5, 1.0
    return _NO_CURRENCY


def pounds_are_money(s: Stream, num: Number, j: int) -> bool:
    """ "361 million pounds" is money; "lose 25 pounds" is a weight."""
    if num.scaled or s.low[j + 1] == "sterling":
        return True
    before = s.low[max(0, num.i - 4):num.i]
    if s.low[j + 1] == "of" or any(w in WEIGHT_CUES for w in before):
        return False  # "two pounds of sugar", "weighed 200 pounds", "lost 30 pounds"
    return any(w in MONEY_CUES for w in s.low[max(0, num.i - 6):num.i])


def finish_money(s: Stream, raw: Draft, num: Number, code: str, j: int, factor: float,
                 money_before: bool) -> tuple[Draft, int]:
    """Make raw a money figure in ``code`` whose amount ends before piece j: its scale and what it buys."""
    raw.kind, raw.unit, raw.rule = "money", code, "money"
    value = num.value
    if factor != 1.0:
        value = Decimal(str(value)) * Decimal(str(factor)) if isinstance(value, Decimal) else value * factor
    raw.value = value
    low = s.low
    if not num.scaled and low[j] in DASHES and adjacent(s, j - 1, j) and adjacent(s, j, j + 1) and low[j + 1] in SCALES:
        raw.value = value * SCALES[low[j + 1]]  # "$250-million-a-year trade"
        raw.scaled = True
        j += 2
    if not raw.scaled and not num.scaled:
        scaled = read_scale(s, Number(num.i, j, value), money_before)  # "$12-15 million", "$1.2bn"
        if scaled.scaled:
            raw.value = scaled.value
            raw.scaled = True
            j = scaled.j
    if factor == 1.0 and not raw.scaled and raw.qualifier != "between":
        j = _with_subunits(s, raw, code, j)
    raw.end = s.end[j - 1]
    raw.j = j
    if low[j] in DASHES and adjacent(s, j - 1, j):
        raw.counted = None
    else:
        raw.counted = counted_after(s, j, money=True)[0]
    return raw, j


def _with_subunits(s: Stream, raw: Draft, code: str, j: int) -> int:
    """An amount in the main unit followed by its sub-units is one sum: "2 dollars 40 cents",
    "eleven dollars and thirty-five cents", "£4 and 50p" (value 2.4, 11.35, 4.5); the piece after it."""
    k = j + 1 if s.low[j] == "and" and spaced(s, j - 1, j) else j
    if not (k < s.n and starts_number(s, k) and spaced(s, k - 1, k)):
        return j
    sub = read_number(s, k, False)
    if sub is None or sub.scaled or sub.fraction or sub.ordinal or sub.vague or sub.negative \
            or not 0 < sub.value < 100 or sub.value != int(sub.value):
        return j
    w = s.low[sub.j]
    if code not in _NO_HUNDREDTHS and _spoken_subunits(s, j, sub.j):
        w = "cents"  # "three pounds fifty", "15 dollars 50.": the hundredths said without their name
    elif w not in SUBUNITS or not near(s, sub.j - 1, sub.j) or (w == "p" and not adjacent(s, sub.j - 1, sub.j)):
        return j
    else:
        sub.j += 1
    if not (SUBUNITS[w][0] == code or w in _CENTS and code not in _NO_CENTS) and w != "cents":
        return j  # "$5 and 20p" are two sums
    value = raw.value
    if value is None:
        return j
    raw.value = value + Decimal(int(sub.value)) / 100 if isinstance(value, Decimal) else value + int(sub.value) / 100
    return sub.j


def _spoken_subunits(s: Stream, j: int, after: int) -> bool:
    """The number before piece ``after`` is the amount's hundredths said without their name: it
    follows a currency word (not a sign: "$15 50" is two numbers) and ends the phrase, before a mark
    or "more", "each", "apiece" ("two pounds fifty each"); before a noun it counts ("15 dollars 20
    times")."""
    if s.kind[j - 1] != WORD:
        return False
    return s.kind[after] == SYM and s.text[after] in _PHRASE_ENDS or after >= s.n or s.low[after] in _AFTER_PRICE


def carry_currency(source: str, raws: list[Draft]) -> None:
    """A bare amount of a million or more after a sum of money, in its sentence, is money in the
    same currency (rule 4)."""
    last: Draft | None = None
    for r in raws:
        if r.kind == "money":
            last = r
        elif last is not None and r.kind == "number" and r.scaled and not r.counted and not r.unit \
                and isinstance(r.value, Decimal) and abs(r.value) >= 1_000_000:
            gap = source[last.end:r.start]
            if "\n" in gap or ". " in gap or len(gap) > 200:
                last = None
                continue
            r.kind, r.unit, r.rule = "money", last.unit, "money-carried"


def money_after(s: Stream, raw: Draft, num: Number) -> tuple[Draft, int] | None:
    """A money figure by what follows the amount: "200 million euros", "5 cents", "500 USD",
    "10 €", "billions of dollars"; None when no currency follows."""
    j = num.j
    code, jj, factor = currency_after(s, j, num)
    sign = s.text[j]
    if code is None and sign in SIGNS_AFTER and near(s, j - 1, j) and not (s.kind[j + 1] == NUM and near(s, j, j + 1)):
        code, jj, factor = CURRENCY_SYMBOLS[sign], j + 1, 1.0
    vague = False
    if code is None and num.vague and s.low[j] == "of" and s.low[j + 1] in CURRENCY_NAMES:
        code, jj, factor, vague = CURRENCY_NAMES[s.low[j + 1]], j + 2, 1.0, True
    if code is None:
        return None
    raw.end = s.end[jj - 1]
    found = finish_money(s, raw, num, code, jj, factor, False)
    if vague:
        # "millions of dollars" names no amount: money without a value, not a false 1,000,000.
        found[0].value, found[0].rule = None, "vague-money"
    return found
