"""Tables for ranges, bounds and the role of a figure (newsx.figures.ranges, phrases, roles)."""
from __future__ import annotations

import pytest

import newsx

from .helpers import assert_figures
from .helpers import figure_value as value_of
from .helpers import figures_of as run


# (text, [(span text, kind, value, unit, qualifier, role), ...])
RANGES = [
    # the unit once at the end, after a hanging hyphen
    ("Hikers face a 5- to 7-kilometre climb.", [("5- to 7-kilometre", "range", (5, 7), "km", None, None)]),
    ("The crews paved between 3- and 4-mile stretches.",
     [("between 3- and 4-mile", "range", (3, 4), "mi", None, None)]),
    ("Stores offered a 10- to 15-percent discount.", [("10- to 15-percent", "range", (10, 15), "%", None, None)]),
    ("Forecasters expect a 2- to 4-inch layer of snow.", [("2- to 4-inch", "range", (2, 4), "in", None, None)]),
    ("The 6- to 9-year-old pupils were sent home.", [("6- to 9-year-old", "range", (6, 9), "year", None, None)]),
    ("Pupils eight to ten years old were tested.",
     [("eight to ten years old", "range", (8, 10), "year", None, None)]),
    # the unit once at the end, or on both sides
    ("Newborn calves weigh 30 to 40 kg.", [("30 to 40 kg", "range", (30, 40), "kg", None, None)]),
    ("Parcels must weigh between 2 and 5 kg.", [("between 2 and 5 kg", "range", (2, 5), "kg", None, None)]),
    ("Anglers landed trout of 2 kg to 4 kg.", [("2 kg to 4 kg", "range", (2, 4), "kg", None, None)]),
    ("Cyclists rode 40km to 60km a day.", [("40km to 60km", "range", (40, 60), "km", None, None)]),
    ("Luggage of 20-23kg is allowed.", [("20-23kg", "range", (20, 23), "kg", None, None)]),
    ("Gusts of 60 to 80 mph hit the coast.", [("60 to 80 mph", "range", (60, 80), "mph", None, None)]),
    ("Highs of 28 to 31°C are forecast for the weekend.", [("28 to 31°C", "range", (28, 31), "°C", None, None)]),
    ("Overnight lows of -8 °F to -15 °F are expected.", [("-8 °F to -15 °F", "range", (-15, -8), "°F", None, None)]),
    ("Lows will range from -3 to -9 degrees.", [("from -3 to -9 degrees", "range", (-9, -3), "°", None, None)]),
    ("Readings of -2 to 4 °C were logged.", [("-2 to 4 °C", "range", (-2, 4), "°C", None, None)]),
    ("Inflation of four to five percent is likely.",
     [("four to five percent", "range", (4, 5), "%", None, None)]),
    ("Shoppers saved 20-30% on coats.", [("20-30%", "range", (20, 30), "%", None, None)]),
    ("The upgrade will cost between $4 million and $6 million.",
     [("between $4 million and $6 million", "range", (4_000_000, 6_000_000), "USD", None, None)]),
    ("Repairs could cost $3 to $5 million.", [("$3 to $5 million", "range", (3_000_000, 5_000_000), "USD", None, None)]),
    ("Seats cost from €40 to €90.", [("from €40 to €90", "range", (40, 90), "EUR", None, None)]),
    ("The ministry sent 2,000-2,500 soldiers north.",
     [("2,000-2,500", "range", (2000, 2500), None, None, None)]),
    ("Between 6,000 and 8,000 fans queued.", [("Between 6,000 and 8,000", "range", (6000, 8000), None, None, None)]),
    ("The plan would create 3 to 4 million jobs.",
     [("3 to 4 million", "range", (3_000_000, 4_000_000), None, None, None)]),
    ("The reform adds 2 to 3 million homes.",
     [("2 to 3 million", "range", (2_000_000, 3_000_000), None, None, None)]),
    ("Between one third and one half of members agreed.",
     [("Between one third and one half", "range", (1 / 3, 0.5), None, None, None)]),
    ("The index swung between negative five and twelve.",
     [("between negative five and twelve", "range", (-5, 12), None, None, None)]),
    # two bounds joined
    ("More than 20 and fewer than 30 pupils were absent.",
     [("More than 20 and fewer than 30", "range", (20, 30), None, None, None)]),
    ("Bids came in above 2,000 and below 2,600.",
     [("above 2,000 and below 2,600", "range", (2000, 2600), None, None, None)]),
    ("Loans greater than 50 and less than or equal to 80 were approved.",
     [("greater than 50 and less than or equal to 80", "range", (50, 80), None, None, None)]),
    ("at least 12 and at most 18 trainees per class",
     [("at least 12 and at most 18", "range", (12, 18), None, None, None)]),
    ("Over 120 but under 160 homes were flooded.",
     [("Over 120 but under 160", "range", (120, 160), None, None, None)]),
    ("At least 8 but no more than 12 jurors sit.",
     [("At least 8 but no more than 12", "range", (8, 12), None, None, None)]),
    # one-sided bounds: a qualifier on the figure, or an open range after it
    ("The club fields 40+ players.", [("40+", "range", (40, None), None, None, None)]),
    ("Only visitors 21+ may enter.", [("21+", "range", (21, None), None, None, None)]),
    ("Groups of less than or equal to 25 people may meet.",
     [("25", "count", 25, None, "less than or equal to", None)]),
    ("Fines are equal to or less than 500 dollars.",
     [("500 dollars", "money", 500, "USD", "equal to or less than", None)]),
    ("Crowds of equal to or greater than 1,000 people need a permit.",
     [("1,000", "count", 1000, None, "equal to or greater than", None)]),
    ("A loan of at most 40 is allowed.", [("40", "number", 40, None, "at most", None)]),
    ("Firms with 250 or more staff must report.", [("250 or more", "range", (250, None), None, None, None)]),
    ("Gatherings of 12 or greater are banned.", [("12 or greater", "range", (12, None), None, None, None)]),
    ("Villages of 500 or fewer residents qualify.", [("500 or fewer", "range", (None, 500), None, None, None)]),
    ("The survey counted farms of >50 hectares.", [("50 hectares", "measure", 50, "ha", ">", None)]),
    ("Values >= 30 were flagged.", [("30", "number", 30, None, ">=", None)]),
    ("Scores ≥ 90 are rare.", [("90", "number", 90, None, "≥", None)]),
    ("Patients (<18) were excluded.", [("18", "number", 18, None, "<", None)]),
    ("Readings ≤ 5 are safe.", [("5", "number", 5, None, "≤", None)]),
    ("Set the limit to <-20 in the freezer.", [("-20", "number", -20, None, "<", None)]),
    # roles: a change and a level
    ("The board lifted the fee by $3 to $11.50 a visit.",
     [("$3", "money", 3, "USD", None, "change"), ("$11.50", "money", 11.5, "USD", None, "level")]),
    ("The state will raise the minimum wage by $1 to $9.50 an hour.",
     [("$1", "money", 1, "USD", None, "change"), ("$9.50", "money", 9.5, "USD", None, "level")]),
    ("The council raised parking fees from $2.50 to $4.",
     [("$2.50", "money", 2.5, "USD", None, "level"), ("$4", "money", 4, "USD", None, "level")]),
    ("Ticket sales rose 12% to 4.2 million.",
     [("12%", "percent", 12, "%", None, "change"), ("4.2 million", "number", 4_200_000, None, None, "level")]),
    ("The index fell 310 points, or 1.8%, to 16,900.",
     [("310", "count", 310, None, None, "change"), ("1.8%", "percent", 1.8, "%", None, "change"),
      ("16,900", "number", 16900, None, None, "level")]),
    ("Shares were down 35 cents at $12.10.",
     [("35 cents", "money", 0.35, "USD", None, "change"), ("$12.10", "money", 12.1, "USD", None, "level")]),
    ("Exports were up 4%, up from 2% a year before.",
     [("4%", "percent", 4, "%", None, "change"), ("2%", "percent", 2, "%", None, "level")]),
    ("The lender cut its rate by half a point to 3.75%.",
     [("half a point", "percent", 0.5, "percentage_point", None, "change"),
      ("3.75%", "percent", 3.75, "%", None, "level")]),
    ("Membership climbed to 1,450.", [("1,450", "number", 1450, None, None, "level")]),
    ("Home prices dropped by more than 6% last year.", [("6%", "percent", 6, "%", "more than", "change")]),
    ("The budget foresees a 4% increase in spending.", [("4%", "percent", 4, "%", None, "change")]),
    ("The union won an increase of $3 an hour.", [("$3", "money", 3, "USD", None, "change")]),
    ("Lawmakers approved a $2 billion cut to the program.",
     [("$2 billion", "money", 2_000_000_000, "USD", None, "change")]),
    ("The market saw a 500-point drop on Monday.", [("500-point", "count", 500, None, None, "change")]),
    ("Readings showed a 6-degree drop overnight.", [("6-degree", "measure", 6, "°", None, "change")]),
    ("Climbers faced a 40-metre drop.", [("40-metre", "measure", 40, "m", None, None)]),
    ("Rents are expected to rise by 3 to 6 percent.", [("3 to 6 percent", "range", (3, 6), "%", None, "change")]),
    ("The party grew its seats from 41 to 57.",
     [("41", "number", 41, None, None, "level"), ("57", "number", 57, None, None, "level")]),
    ("The death toll rose to 64 from 51.",
     [("64", "number", 64, None, None, "level"), ("51", "number", 51, None, None, "level")]),
    ("The index added 0.4% to 3,120.",
     [("0.4%", "percent", 0.4, "%", None, "change"), ("3,120", "number", 3120, None, None, "level")]),
    ("Stocks fell 9 cents (1.5%) to $5.90.",
     [("9 cents", "money", 0.09, "USD", None, "change"), ("1.5%", "percent", 1.5, "%", None, "change"),
      ("$5.90", "money", 5.9, "USD", None, "level")]),
    ("Unions won raises of six and nine percent.",
     [("six", "number", 6, None, None, "change"), ("nine percent", "percent", 9, "%", None, "change")]),
    ("Attendance soared above 5,000 on Sunday.", [("5,000", "number", 5000, None, "above", "level")]),
    ("The share index lost 0.7 percent to 1,880.",
     [("0.7 percent", "percent", 0.7, "%", None, "change"), ("1,880", "number", 1880, None, None, "level")]),
    ("The agency cut its forecast by 0.2 percentage points to 2.9 percent.",
     [("0.2 percentage points", "percent", 0.2, "percentage_point", None, "change"),
      ("2.9 percent", "percent", 2.9, "%", None, "level")]),
    ("Farm output showed a 12-fold increase.", [("12-fold", "number", 12, None, None, "change")]),
    # no role: no change, or the verb acts on a counted noun
    ("The retailer lost $12 million last year.", [("$12 million", "money", 12_000_000, "USD", None, None)]),
    ("Pay cuts ranging from 5% to 15% were announced.",
     [("from 5% to 15%", "range", (5, 15), "%", None, None)]),
    ("The group hopes to raise 40 million to 45 million euros.",
     [("40 million to 45 million euros", "range", (40_000_000, 45_000_000), "EUR", None, None)]),
    ("Backers may pledge $10,000 to more than $50,000 to win a seat.",
     [("$10,000 to more than $50,000", "range", (10000, 50000), "USD", None, None)]),
    ("Where does one fall asleep?", [("one", "count", 1, None, None, None)]),
    ("The charity raised $8 million for the clinic.", [("$8 million", "money", 8_000_000, "USD", None, None)]),
    ("The carrier cut 900 jobs.", [("900", "count", 900, None, None, None)]),
    ("The firm moved 300 workers to 12 sites.",
     [("300", "count", 300, None, None, None), ("12", "count", 12, None, None, None)]),
    ("The side won by 7 points.", [("7", "count", 7, None, None, None)]),
    ("Workers that make up 15 to 20 percent of staff", [("15 to 20 percent", "range", (15, 20), "%", None, None)]),
    ("The bridge costs $40 million.", [("$40 million", "money", 40_000_000, "USD", None, None)]),
    ("Fares went from $3 to $5.", [("from $3 to $5", "range", (3, 5), "USD", None, None)]),
    ("Up to 900 people lost power.", [("900", "count", 900, None, "up to", None)]),
]


@pytest.mark.parametrize("text,expected", RANGES)
def test_ranges_bounds_roles(text, expected):
    found = run(text)
    got = [(f.text, f.kind, value_of(f), f.unit, f.qualifier, f.role) for f in found]
    assert_figures(got, expected)


# Look-alikes of bounds and negative numbers: what they must not become.
NOT_BOUNDS = [
    # (text, span of the figure, its qualifier)
    ("The codes <>40 and =>40 and =<40 are invalid.", "40", None),
    ("See x>40 in the appendix.", "40", None),
    ("The tag <b>40 was left in.", "40", None),
    ("She tested negative 4 times.", "4", None),
    ("The pupils wrote 6+2 on the board.", "6", None),
]


@pytest.mark.parametrize("text,span,qualifier", NOT_BOUNDS)
def test_not_bounds(text, span, qualifier):
    found = run(text)
    assert found and all(f.text == span and f.qualifier == qualifier and not (
        isinstance(f.value, (int, float)) and f.value < 0) for f in found), found


def test_suspended_hyphen_needs_a_number_after_the_link():
    # "5- to" followed by no number is no range; "well- to" is no number.
    assert [f.text for f in run("Kids aged 5- to just under 7 came.")][:1] == ["5"]


def test_open_tail_before_another_bound_is_no_open_range():
    found = run("Bids above 70 and less or equal to 90 count.")
    assert not any(f.kind == "range" and f.value.high == 70 for f in found)


def test_role_in_the_record_and_schema():
    record = newsx.extract("Revenue rose 8% to $3.1 billion.").to_dict()
    assert [(f["text"], f["role"]) for f in record["figures"]] == [("8%", "change"), ("$3.1 billion", "level")]
    from newsx.render.json import RECORD, SCHEMA
    assert SCHEMA and RECORD["properties"]["figures"]["items"]["properties"]["role"]["enum"] == ["change", "level", None]


def test_unique_rows():
    texts = [t for t, _ in RANGES] + [t for t, _, _ in NOT_BOUNDS]
    assert len(texts) == len(set(texts))


# Inputs on which a rule that looked far back or ahead would grow faster than the text.
@pytest.mark.parametrize("unit", ["> = 5 ", "5- to ", "rose by 5 to ", "≥ 3 and ≤ ", "up from 3, or ", "30+ ",
                                  "more than 3 but less than ", "negative "])
def test_hostile_runs_stay_valid(unit):
    text = unit * 3000 + "7"
    for figure in run(text):
        assert text[figure.start:figure.end] == figure.text
        assert figure.role in (None, "change", "level")
