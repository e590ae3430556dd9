"""Tables for the role of a level given with "at", participles and comparatives of change
(newsx.figures.roles), temperatures in sentences about the weather (newsx.figures.measures), and two
guards: gallery counters before a caption and currency codes glued to a name's number
(newsx.figures.guards)."""
from __future__ import annotations

import pytest

from .helpers import figures_of as run


# (text, [(span text, role), ...])
ROLES = [
    # a level after "at", right after a figure of change or after "up"/"down"
    ("Shares in the brewer closed down 12p at 350p on Friday.", [("12p", "change"), ("350p", "level")]),
    ("Gold was up 40 cents at $1,920.20 an ounce.", [("40 cents", "change"), ("$1,920.20", "level")]),
    ("The index ended 2% higher at 1,200.", [("2%", "change"), ("1,200", "level")]),
    ("The Nikkei finished 310 points lower at 27,400 points.", [("310", "change"), ("27,400", "level")]),
    ("The stock climbed 1.5% to close at 7,600.", [("1.5%", "change"), ("7,600", "level")]),
    ("The pound was down at $1.21 in late trading.", [("$1.21", "level")]),
    # no change in the clause, or "at" of a place or a moment
    ("He sold the shares at $5 each.", [("$5", None)]),
    ("The bakery sells loaves at £2 apiece.", [("£2", None)]),
    ("The stock fell 3% at one point before recovering.", [("3%", "change"), ("one", None)]),
    ("Prices fell 3% at 12 stores.", [("3%", "change"), ("12", None)]),
    ("She was aged 12 at the time.", [("12", None)]),
    # participles of change: "have risen to", "had fallen by", "has grown by", "had shrunk to"
    ("Bus fares have risen to £1.90 a trip.", [("£1.90", "level")]),
    ("Unemployment had fallen to 3.8% by the spring.", [("3.8%", "level")]),
    ("Membership has fallen by a fifth.", [("a fifth", "change")]),
    ("Online sales have grown by 5% this year.", [("5%", "change")]),
    ("The economy has grown 2% since January.", [("2%", "change")]),
    ("Its reserves had shrunk to $2bn.", [("$2bn", "level")]),
    ("Mortgage rates have sunk to 4% for the first time in a year.", [("4%", "level")]),
    ("Prices for a 2lb bag of sugar have risen to £1.40.", [("2lb", None), ("£1.40", "level")]),
    ("The navy sent 500 sailors to 20 ports.", [("500", None), ("20", None)]),
    # an amount before a comparative of level
    ("Earnings were 12% higher than a year earlier.", [("12%", "change")]),
    ("Diesel is now $3 cheaper than last summer.", [("$3", "change")]),
    ("The benchmark closed 20 points lower.", [("20", "change")]),
    ("Rail tickets will be £10 dearer from March.", [("£10", "change")]),
    ("Wages were 4% higher in March.", [("4%", "change")]),
    ("Shares ended the week 5% down on the year.", [("5%", "change")]),
    ("Brent crude was $2 up on the day at $91.", [("$2", "change"), ("$91", "level")]),
    # a comparative that is part of a noun, or a measure going down
    ("Five higher education colleges closed.", [("Five", None)]),
    ("Buyers need a 10% down payment.", [("10%", None)]),
    ("The diver swam 2 metres down.", [("2 metres", None)]),
    ("The 3 lower courts ruled against him.", [("3", None)]),
]


@pytest.mark.parametrize("text,expected", ROLES)
def test_roles(text, expected):
    assert [(f.text, f.role) for f in run(text)] == expected


# (text, [(span text, value, unit), ...]): a capital C glued to a number in a sentence about the
# weather, whatever word follows it.
TEMPERATURES = [
    ("It reached 44C on Sunday afternoon during the heatwave.", [("44C", 44, "°C")]),  # heat far after
    ("Engineers in the laboratory cooled the chip to 77K with a laser.", [("77K", 77, "K")]),
    ("Temperatures dropped to minus 15C overnight.", [("minus 15C", -15, "°C")]),
    ("Temperatures dropped to -12C overnight in the valleys.", [("-12C", -12, "°C")]),
    ("The mercury hit 47.5C on Tuesday.", [("47.5C", 47.5, "°C")]),
    ("The mercury touched 41C yesterday in the capital.", [("41C", 41, "°C")]),
    ("A cold snap sent readings to minus 8C across the north.", [("minus 8C", -8, "°C")]),
    ("Frost is likely as it falls to 2C tonight.", [("2C", 2, "°C")]),
    ("With the wind chill it will feel like -20C tomorrow.", [("-20C", -20, "°C")]),
    ("The thermometer read 104F by noon.", [("104F", 104, "°F")]),
    ("Scorching conditions of 44C are forecast for Sunday.", [("44C", 44, "°C")]),
]


@pytest.mark.parametrize("text,expected", TEMPERATURES)
def test_temperatures(text, expected):
    got = [(f.text, f.value, f.unit) for f in run(text)]
    assert [(t, float(v), u) for t, v, u in got] == [(t, float(v), u) for t, v, u in expected]


# A capital C that is a grade, a vitamin, a bill or a procedure is no temperature, even in a sentence
# about heat; nor a glued letter that names a filing or a class with no word of heat around it.
NO_TEMPERATURE = [
    "In the heatwave she still got a grade C in chemistry.",
    "Sales of vitamin C tablets rose during the cold snap.",
    "The C-section rate was steady through the heatwave.",
    "Bill C-11 was debated as temperatures soared.",
    "The fund's 13F filing showed a new stake.",
    "Pupils in class 4C were sent home early.",
]


@pytest.mark.parametrize("text", NO_TEMPERATURE)
def test_no_temperature(text):
    assert not [f for f in run(text) if f.unit in ("°C", "°F")]


# (text, figures kept): a gallery counter before a capitalised caption is no figure; "N of M" before
# what it counts is.
COUNTERS = [
    ("2 of 5 A man walks past a burned-out bus.", []),
    ("1 of 4 More than 200 people queued outside the bank.", ["200"]),
    ("3 of 8 Rescue workers search the rubble of a school.", []),
    ("4 of 6 The ferry leaves the harbour at dawn.", []),
    ("(Reporting by a staff reporter) 2 of 7 A firefighter rests in the street.", []),
    ("1 of 4 adults say they skip meals.", ["1", "4"]),
    ("2 of 3 Americans say prices are too high.", ["2", "3"]),
    ("1 of 3 US voters backed the plan.", ["1", "3"]),
    ("Only 2 of 5 Members voted for it.", ["2", "5"]),
]


@pytest.mark.parametrize("text,figures", COUNTERS)
def test_caption_counters(text, figures):
    assert [f.text for f in run(text)] == figures


# (text, figures kept): a code of a less traded currency glued to one or two digits is a name;
# a major code, a scale, a sign or a larger amount keeps the money.
CODES = [
    ("Leaders gathered at the COP28 summit.", []),
    ("Delegates at COP27 agreed a new fund.", []),
    ("The talks (COP26) ended late.", []),
    ("The deal is worth EUR5m.", ["EUR5m"]),
    ("The fund raised USD5bn.", ["USD5bn"]),
    ("Tickets cost US$5 each.", ["US$5"]),
    ("The fee is USD50.", ["USD50"]),
    ("He was fined ZAR5m.", ["ZAR5m"]),
    ("Maize sold at KES500 a bag.", ["KES500"]),
    ("The company earned COP 900 million.", ["COP 900 million"]),
]


@pytest.mark.parametrize("text,figures", CODES)
def test_codes_glued_to_numbers(text, figures):
    assert [f.text for f in run(text)] == figures


def test_code_name_is_money_with_kind():
    fee = run("The fee is USD50.")[0]
    assert (fee.kind, fee.unit) == ("money", "USD")


@pytest.mark.parametrize("text", ["1 of 2 A " * 2000, ")1 of 9 The" * 1000, "COP2" * 3000,
                                  "rose 5% higher at " * 1000 + "7", "Temperatures hit 5C on " * 1000])
def test_hostile_inputs(text):
    run(text)
