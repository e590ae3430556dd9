"""How numbers in the notations of newsx.doc.numbers come out as figures: text -> [(span, kind, value)]."""
from __future__ import annotations

import pytest

from newsx.doc import read
from newsx.figures import extract_figures

FIGURES = [
    # decimals said aloud
    ("Prices rose two point five per cent in March.", [("two point five per cent", "percent", 2.5)]),
    ("The rate is nine point nought four per cent.", [("nine point nought four per cent", "percent", 9.04)]),
    ("The fund lost two point five million dollars.", [("two point five million dollars", "money", 2_500_000)]),
    ("The index ended the day at minus five point five.", [("minus five point five", "number", -5.5)]),
    # fractions composing with a whole or a scale
    ("The city spent three quarters of a million dollars on signs.",
     [("three quarters of a million dollars", "money", 750_000)]),
    ("About two-thirds of a billion people live in the region.", [("two-thirds of a billion", "count", 2e9 / 3)]),
    ("The crowd reached a million and a half.", [("a million and a half", "number", 1_500_000)]),
    ("The town has 5 million and a half residents.", [("5 million and a half", "count", 5_500_000)]),
    ("The board is three and two fifths metres long.", [("three and two fifths metres", "measure", 3.4)]),
    ("Two-thirds of voters agreed.", [("Two-thirds", "fraction", 2 / 3)]),
    # digits mixed with words
    ("The bill came to 7 thousand 2 hundred and 15 dollars.",
     [("7 thousand 2 hundred and 15 dollars", "money", 7215)]),
    ("The party won 3 hundred and one seats.", [("3 hundred and one", "count", 301)]),
    ("He was paid $3 million and three others were fined.", [("$3 million", "money", 3_000_000),
                                                              ("three", "count", 3)]),
    # multipliers after digits
    ("The account has 100k followers.", [("100k", "count", 100_000)]),
    ("The firm is worth $1.2T after the rally.", [("$1.2T", "money", 1.2e12)]),
    ("She earns $50K a year.", [("$50K", "money", 50_000)]),
    ("Sales of 4K TVs rose.", []),
    ("He ran a 10K run in the rain.", [("10K", "measure", 10)]),  # a race: kilometres, no thousands
    ("The sample was cooled to 300K before the test.", [("300K", "measure", 300)]),  # kelvin (units)
    # m glued to digits: metres before a singular noun or a word of length, millions before a plural
    ("A 12m swell battered the pier.", [("12m", "measure", 12)]),
    ("Crews finished the 40m walkway.", [("40m", "measure", 40)]),
    ("They built a 60m-high tower.", [("60m", "measure", 60)]),
    ("The app has 8m subscribers.", [("8m", "count", 8_000_000)]),
    ("Traffic fell, with a 2m drop in passengers.", [("2m", "count", 2_000_000)]),
    ("The charity raised £3m for the ward.", [("£3m", "money", 3_000_000)]),
    # scientific notation
    ("Engineers call the design the 7E7 for now.", []),  # a model name, no power of ten
    ("The firm took a $12 million one-time charge.", [("$12 million", "money", 12_000_000)]),
    ("Orders for 25 747s and 10 jets came in.", [("25", "number", 25), ("10", "count", 10)]),
    ("Each dose holds 1.3e6 cells.", [("1.3e6", "count", 1_300_000)]),
    ("The galaxy holds 10^9 stars.", [("10^9", "count", 1e9)]),
    # signs in words
    ("The margin was negative one.", [("negative one", "number", -1)]),
    ("The economy shrank, with growth at negative 0.5 percent.", [("negative 0.5 percent", "percent", -0.5)]),
    ("She tested negative two days later.", []),
    ("Temperatures fell to minus five degrees.", [("minus five degrees", "measure", -5)]),
    # dozens and spaced thousands
    ("They bought three dozen eggs and half a dozen apples.",
     [("three dozen", "count", 36), ("half a dozen", "count", 6)]),
    ("Some 40 000 people marched.", [("40 000", "count", 40_000)]),
]


@pytest.mark.parametrize("text,expected", FIGURES)
def test_figures_of_number_notations(text, expected):
    found = extract_figures(read(text), [])
    for f in found:
        assert text[f.start:f.end] == f.text
    got = [(f.text, f.kind, f.value) for f in found]
    assert [g[:2] for g in got] == [e[:2] for e in expected], got
    for g, e in zip(got, expected):
        assert g[2] == pytest.approx(e[2]), got
