"""The number reader shared by figures and dates (newsx.doc.numbers): notations news uses.

Each row: (text, where the reader starts, the text it reads or None, value, flags). The reader is
called at the piece that starts where ``start`` first occurs in the text; a currency sign just
before that piece makes it read as money.
"""
from __future__ import annotations

import pytest

from newsx.doc.numbers import Stream, read_number, sign_before, value_of
from newsx.doc.tokens import Pieces

FLAGS = ("words", "scaled", "fraction", "vague", "ordinal")

READ = [
    # digits, words and scales: the notations read before issue 19
    ("1,234.5 tonnes", "1,234.5", "1,234.5", 1234.5, ""),
    ("2½ miles", "2", "2½", 2.5, ""),
    ("10 1/2 inches", "10", "10 1/2", 10.5, ""),
    ("3/4 of it", "3", "3/4", 0.75, "fraction"),
    ("30th anniversary", "30", "30th", 30, "ordinal"),
    ("3.5 million people", "3.5", "3.5 million", 3_500_000, "scaled"),
    ("$1.2bn", "1.2", "1.2bn", 1_200_000_000, "scaled"),
    ("1.2bn dollars", "1.2", "1.2bn", 1_200_000_000, "scaled"),
    ("1.8m tall", "1.8", "1.8", 1.8, ""),
    ("4K TVs", "4", "4", 4, ""),
    ("three hundred and forty-two", "three", "three hundred and forty-two", 342, "words scaled"),
    ("a dozen eggs", "a", "a dozen", 12, "words"),
    ("half a million", "half", "half a million", 500_000, "words scaled"),
    ("two-thirds of", "two", "two-thirds", 2 / 3, "words fraction"),
    ("two and a half million", "two", "two and a half million", 2_500_000, "words scaled"),
    ("five lakh crore", "five", "five lakh crore", 5_000_000_000_000, "words scaled"),
    ("hundreds of", "hundreds", "hundreds", 100, "words vague"),
    ("tens of thousands of", "tens", "tens of thousands", 10_000, "words vague"),
    ("hundreds protested", "hundreds", "hundreds", 100, "words vague"),
    ("a thousands separator", "thousands", None, None, ""),
    ("a third of", "a", "a third", 1 / 3, "words fraction"),
    ("a third term", "a", None, None, ""),
    ("the third-largest", "third", "third", 3, "words ordinal"),
    ("24/7 service", "24", None, None, ""),
    # decimals said aloud, with a scale or a percent after them
    ("growth of two point five per cent", "two", "two point five", 2.5, "words"),
    ("a ratio of three point one four", "three", "three point one four", 3.14, "words"),
    ("it scored nine point nought four", "nine", "nine point nought four", 9.04, "words"),
    ("the index hit nine point oh five", "nine", "nine point oh five", 9.05, "words"),
    ("a debt of two point five million", "two", "two point five million", 2_500_000, "words scaled"),
    ("rose to zero point zero eight", "zero", "zero point zero eight", 0.08, "words"),
    ("a reading of three hundred point sixty-two", "three", "three hundred point sixty-two", 300.62,
     "words scaled"),
    ("it measured four point eleven", "four", "four point eleven", 4.11, "words"),
    ("at one point five of them left", "one", "one", 1, "words"),  # "at one point": a moment
    ("the two point guards", "two", "two", 2, "words"),  # no digit word after "point"
    # fractions that compose with a whole or a scale
    ("a plank three and two fifths metres long", "three", "three and two fifths", 3.4, "words"),
    ("twenty and three fifths of it", "twenty", "twenty and three fifths", 20.6, "words"),
    ("four hundred and three quarters", "four", "four hundred and three quarters", 400.75, "words scaled"),
    ("six and thirty-seven hundredths", "six", "six and thirty-seven hundredths", 6.37, "words"),
    ("five hundred and eighty-one hundredths", "five", "five hundred and eighty-one hundredths", 500.81,
     "words scaled"),
    ("a million and a half visitors", "a", "a million and a half", 1_500_000, "words scaled"),
    ("some 5 million and a half visitors", "5", "5 million and a half", 5_500_000, "scaled"),
    ("six million and one half", "six", "six million and one half", 6_500_000, "words scaled"),
    ("four million and two fifths", "four", "four million and two fifths", 4_400_000, "words scaled"),
    ("two million and three", "two", "two million and three", 2_000_003, "words scaled"),
    ("one hundred and six and two thirds", "one", "one hundred and six and two thirds", 106 + 2 / 3, "words scaled"),
    ("two hundred and five and three friends", "two", "two hundred and five", 205, "words scaled"),
    # improper fractions with a plural denominator; halves and quarters of a game or a year are none
    ("the dose was cut to seven fifths of it", "seven", "seven fifths", 1.4, "words fraction"),
    ("a gauge reading twenty-three tenths", "twenty", "twenty-three tenths", 2.3, "words fraction"),
    ("eleven thirds of the quota", "eleven", "eleven thirds", 11 / 3, "words fraction"),
    ("two halves of the match", "two", "two", 2, "words"),
    ("five quarters of growth", "five", "five", 5, "words"),
    # "a quarter of a million": a fraction of a scale of a thousand or more
    ("a quarter of a million voters", "a", "a quarter of a million", 250_000, "words scaled"),
    ("a quarter of the voters", "a", "a quarter", 0.25, "words fraction"),
    # a compound ordinal as the denominator, agreeing with its numerator
    ("one twenty-fifth of the budget", "one", "one twenty-fifth", 0.04, "words fraction"),
    ("three twenty-firsts of the seats", "three", "three twenty-firsts", 3 / 21, "words fraction"),
    ("two twenty-fifth anniversaries", "two", "two", 2, "words"),
    ("three twenty firsts of the vote", "three", "three twenty firsts", 3 / 21, "words fraction"),
    ("three twenty seconds later", "three", "three", 3, "words"),
    ("a hundred millionths of a metre", "a", "a hundred millionths", 1e-4, "words fraction"),
    ("three hundred thousandths", "three", "three hundred thousandths", 0.3, "words fraction"),
    ("a hundred thousand people", "a", "a hundred thousand", 100_000, "words scaled"),
    ("her one twenty-fifth anniversary gift", "one", "one", 1, "words"),
    # zero said as nought in a decimal only
    ("a rate of nought point five", "nought", "nought point five", 0.5, "words"),
    ("the plan came to naught", "naught", None, None, ""),
    # dozens abbreviated as market reports write them
    ("sold 4 doz eggs", "4", "4 doz", 48, "scaled"),
    ("five dozs of roses", "five", "five dozs", 60, "words"),
    # a power written with a caret, any base
    ("a memory of 2^10 cells", "2", "2^10", 1024, "scaled"),
    ("a factor of 1.5^-2", "1.5", "1.5^-2", 1 / 2.25, "scaled"),
    ("a value of 0^-1", "0", "0", 0, ""),
    ("a trillionth of a second", "a", "a trillionth", 1e-12, "words fraction"),
    # a fraction said with "over" between two numbers that end the phrase
    ("the odds were one over three.", "one", "one over three", 1 / 3, "words fraction"),
    ("a ratio of 1 over 20", "1", "1 over 20", 0.05, "fraction"),
    ("rated it 4 over 5, critics said", "4", "4 over 5", 0.8, "fraction"),
    ("won 5 over 10 years", "5", "5", 5, ""),  # before a noun "over" is "more than"
    ("finished 3 over.", "3", "3", 3, ""),
    ("300 over budget", "300", "300", 300, ""),
    ("two million and three others", "two", "two million and three", 2_000_003, "words scaled"),
    ("three quarters of a million homes", "three", "three quarters of a million", 750_000, "words scaled"),
    ("two-thirds of a billion people", "two", "two-thirds of a billion", 2e9 / 3, "words scaled"),
    ("three quarters billion", "three", "three quarters billion", 750_000_000, "words scaled"),
    ("a third of a million", "a", "a third of a million", 1e6 / 3, "words scaled"),
    ("two billion and a half million", "two", "two billion and a half million", 2_000_500_000,
     "words scaled"),
    ("three billion and a quarter million", "three", "three billion and a quarter million", 3_000_250_000,
     "words scaled"),
    ("two and a half million", "two", "two and a half million", 2_500_000, "words scaled"),
    ("four hundred sixty one and a thirtieth", "four", "four hundred sixty one and a thirtieth", 461 + 1 / 30,
     "words scaled"),
    ("between one and two thirds of voters", "one", "one", 1, "words"),  # a range, read apart
    ("two million and three quarters of them", "two", "two million and three", 2_000_003, "words scaled"),
    ("three and three quarter-finals", "three", "three", 3, "words"),
    ("three and one fifths", "three", "three", 3, "words"),  # numerator and denominator disagree
    # bigger denominators
    ("a hundredth of a second", "a", "a hundredth", 0.01, "words fraction"),
    ("a thousandth of a gram", "a", "a thousandth", 0.001, "words fraction"),
    ("a thirtieth of the cost", "a", "a thirtieth", 1 / 30, "words fraction"),
    ("a millionth of a metre", "a", "a millionth", 1e-6, "words fraction"),
    ("three hundredths of a point", "three", "three hundredths", 0.03, "words fraction"),
    ("the fiftieth anniversary", "fiftieth", "fiftieth", 50, "words ordinal"),
    # digits mixed with words
    ("7 thousand 2 hundred and 15 people", "7", "7 thousand 2 hundred and 15", 7215, "scaled"),
    ("3 hundred and one seats", "3", "3 hundred and one", 301, "scaled"),
    ("6 hundred and 14 yuan", "6", "6 hundred and 14", 614, "scaled"),
    ("4 crore and three hundred rupees", "4", "4 crore and three hundred", 40_000_300, "scaled"),
    ("5 crore 20 lakh", "5", "5 crore 20 lakh", 52_000_000, "scaled"),
    ("$3 million and three others", "3", "3 million", 3_000_000, "scaled"),
    ("4000 3 hundred", "4000", "4000", 4000, ""),
    ("3 million 2020 tickets", "3", "3 million", 3_000_000, "scaled"),
    # multipliers after digits, and what context makes of them
    ("100k followers", "100", "100k", 100_000, "scaled"),
    ("2.33 k", "2.33", "2.33 k", 2330, "scaled"),
    ("$1.2T", "1.2", "1.2T", 1.2e12, "scaled"),
    ("$3t stimulus", "3", "3t", 3e12, "scaled"),
    ("a 3t truck", "3", "3", 3, ""),  # tonnes
    ("1.2b people", "1.2", "1.2b", 1.2e9, "scaled"),
    ("flat 4B", "4", "4", 4, ""),
    ("$50K salary", "50", "50K", 50_000, "scaled"),
    ("a 10K run", "10", "10", 10, ""),  # kilometres
    ("the 5k fun run", "5", "5", 5, ""),
    ("the 10k-run record", "10", "10", 10, ""),
    ("4K TVs", "4", "4", 4, ""),  # a screen resolution
    ("footage shot in 8K.", "8", "8", 8, ""),
    ("8K followers", "8", "8K", 8000, "scaled"),
    ("an 18k gold ring", "18", "18", 18, ""),  # karats
    ("the sample was cooled to 300K in the lab", "300", "300", 300, ""),  # kelvin
    ("a 300K salary", "300", "300K", 300_000, "scaled"),
    ("1.8m tall", "1.8", "1.8", 1.8, ""),  # metres
    ("a £3.5m deal", "3.5", "3.5m", 3_500_000, "scaled"),
    # scientific notation: powers of ten only
    ("about 1.3e6 copies", "1.3", "1.3e6", 1_300_000, "scaled"),
    ("a mass of 12.3e-4 grams", "12.3", "12.3e-4", 0.00123, "scaled"),
    ("1.3 x 10^6 cells", "1.3", "1.3 x 10^6", 1_300_000, "scaled"),
    ("1.3x10^6 cells", "1.3", "1.3x10^6", 1_300_000, "scaled"),
    ("10^9 stars", "10", "10^9", 1e9, "scaled"),
    ("6.23×10⁻⁴ moles", "6.23", "6.23×10⁻⁴", 0.000623, "scaled"),
    ("2 x 4 boards", "2", "2", 2, ""),
    ("1.1^23", "1.1", "1.1^23", 1.1 ** 23, "scaled"),  # any base with a caret
    # dozens after a cardinal
    ("three dozen eggs", "three", "three dozen", 36, "words"),
    ("three dozens eggs", "three", "three dozens", 36, "words"),
    ("half a dozen", "half", "half a dozen", 6, "words scaled"),
    ("5 dozen roses", "5", "5 dozen", 60, "scaled"),
    # thousands grouped with spaces
    ("some 40 000 people", "40", "40 000", 40_000, ""),
    ("some 40\u202f000 people", "40", "40\u202f000", 40_000, ""),
    ("1 234 567 votes", "1", "1 234 567", 1_234_567, ""),
    ("1\u202f234\u202f567.89 euros", "1", "1\u202f234\u202f567.89", 1_234_567.89, ""),
    ("on May 5 100 people", "5", "5", 5, ""),  # a date, then a count
    ("rows 12 345 678", "12", "12 345 678", 12_345_678, ""),
    ("scores of 3 100 and 2", "3", "3 100", 3100, ""),
    ("pages 40 000 1", "40", "40", 40, ""),  # a run of numbers
]


def _read(text: str, start: str):
    s = Stream(text, Pieces(text))
    at = text.index(start)
    k = s.start.index(at)
    money = k > 0 and s.text[k - 1] in ("$", "£", "€")
    return s, read_number(s, k, money)


@pytest.mark.parametrize("text,start,read_text,value,flags", READ)
def test_number_reader(text, start, read_text, value, flags):
    s, num = _read(text, start)
    if read_text is None:
        assert num is None
        return
    assert num is not None
    assert text[s.start[num.i]:s.end[num.j - 1]] == read_text
    assert float(num.value) == pytest.approx(value)
    for flag in FLAGS:
        assert getattr(num, flag) == (flag in flags.split()), flag


@pytest.mark.parametrize("text,start,sign", [
    ("minus five degrees", "five", "minus"),
    ("the margin was negative one", "one", "negative"),
    ("a rate of negative 0.5 percent", "0.5", "negative"),
    ("she tested negative two days later", "two", None),
    ("results came back negative three times", "three", None),
    ("a five-point lead", "five", None),
])
def test_sign_words(text, start, sign):
    s = Stream(text, Pieces(text))
    k = s.start.index(text.index(start))
    at = sign_before(s, k)
    assert (s.text[at] if at >= 0 else None) == sign


@pytest.mark.parametrize("phrase,value", [
    ("two point five", 2.5), ("three and two fifths", 3.4), ("a million and a half", 1_500_000),
    ("three dozen", 36), ("40 000", 40_000), ("two and a half", 2.5), ("point five", None),
])
def test_value_of_new_notations(phrase, value):
    got = value_of(phrase)
    assert got == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize("text", [
    "point", "two point", "two point oh", "1e", "1.3 x 10^", "10^-", "3 hundred and", "a million and a",
    "6.23×10⁻", "two and fifty-", "1 234 567.", "three quarters of a", "e6 1.3e999", "1.5e-99",
])
def test_odd_text_never_raises(text):
    s = Stream(text, Pieces(text))
    for k in range(s.n):
        read_number(s, k, False)
