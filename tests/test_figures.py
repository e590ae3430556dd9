"""Tables for newsx.figures: kind, value, unit, qualifier and counted noun of each figure."""
from __future__ import annotations

import datetime as dt

import pytest

import newsx

from .helpers import assert_figures
from .helpers import figure_value as value_of
from .helpers import figures_of as run

PUB = dt.date(2022, 12, 13)


# (text, [(span text, kind, value, unit, qualifier, counted), ...]); None in expected means "any".
FIGURES = [
    # money
    ("The US has provided more than $20 billion in arms and military equipment to Ukraine.",
     [("$20 billion", "money", 20_000_000_000, "USD", "more than", "arms and military equipment")]),
    ("The club paid £3.5m for the striker.", [("£3.5m", "money", 3_500_000, "GBP", None, None)]),
    ("The fund holds €40 million.", [("€40 million", "money", 40_000_000, "EUR", None, None)]),
    ("a US$16 million grant", [("US$16 million", "money", 16_000_000, "USD", None, "grant")]),
    ("a C$1.2 billion deal", [("C$1.2 billion", "money", 1_200_000_000, "CAD", None, "deal")]),
    ("a HK$10.05 billion fund", [("HK$10.05 billion", "money", 10_050_000_000, "HKD", None, "fund")]),
    ("Shares fell 5 cents.", [("5 cents", "money", 0.05, "USD", None, None)]),
    ("The stock closed at 470 pence.", [("470 pence", "money", 4.7, "GBP", None, None)]),
    ("a project worth Rs 500 crore", [("Rs 500 crore", "money", 5_000_000_000, "INR", None, None)]),
    ("They sold it for 200 million euros.", [("200 million euros", "money", 200_000_000, "EUR", None, None)]),
    ("Profit reached $1.2bn last year.", [("$1.2bn", "money", 1_200_000_000, "USD", None, None)]),
    ("The repair cost 2.6M dollars.", [("2.6M dollars", "money", 2_600_000, "USD", None, None)]),
    ("a fine of 10,000 Swiss francs", [("10,000 Swiss francs", "money", 10_000, "CHF", None, None)]),
    ("310 million Australian dollars of loans", [("310 million Australian dollars", "money", 310_000_000, "AUD", None, "loans")]),
    ("The price is USD 22.5 million.", [("USD 22.5 million", "money", 22_500_000, "USD", None, None)]),
    ("It costs 500 USD.", [("500 USD", "money", 500, "USD", None, None)]),
    ("They received five million yen.", [("five million yen", "money", 5_000_000, "JPY", None, None)]),
    ("a 12-cent dividend", [("12-cent", "money", 0.12, "USD", None, None)]),
    ("It raised 361 million pounds.", [("361 million pounds", "money", 361_000_000, "GBP", None, None)]),
    ("a $4.25 ticket", [("$4.25", "money", 4.25, "USD", None, "ticket")]),
    ("The £2.5bn takeover was agreed.", [("£2.5bn", "money", 2_500_000_000, "GBP", None, "takeover")]),
    ("The city wants US$2 billion in grants beyond the seven billion already spent.",
     [("US$2 billion", "money", 2_000_000_000, "USD", None, "grants"),
      ("seven billion", "money", 7_000_000_000, "USD", None, None)]),
    ("The offer is 350p a share.", [("350p", "money", 3.5, "GBP", None, None)]),
    ("Banknotes of 10 € were printed.", [("10 €", "money", 10, "EUR", None, None)]),
    # percent
    ("a 40pc premium", [("40pc", "percent", 40, "%", None, None)]),
    ("Inflation rose 3.5% in May.", [("3.5%", "percent", 3.5, "%", None, None)]),
    ("Turnout was 12 percent.", [("12 percent", "percent", 12, "%", None, None)]),
    ("Turnout was twelve per cent.", [("twelve per cent", "percent", 12, "%", None, None)]),
    ("Rates rose by 2 percentage points.", [("2 percentage points", "percent", 2, "percentage_point", None, None)]),
    ("The bank cut by 50 basis points.", [("50 basis points", "percent", 0.5, "percentage_point", None, None)]),
    ("Spreads widened 30bps.", [("30bps", "percent", 0.3, "percentage_point", None, None)]),
    ("Rates rose by three-quarters of a percentage point.",
     [("three-quarters of a percentage point", "percent", 0.75, "percentage_point", None, None)]),
    ("The Fed raised rates by half a point.", [("half a point", "percent", 0.5, "percentage_point", None, None)]),
    ("about 15% of voters", [("15%", "percent", 15, "%", "about", "voters")]),
    ("12% of the country's adults", [("12%", "percent", 12, "%", None, "country's adults")]),
    # counts and numbers
    ("Russia fired at least 85 missiles on at least six major cities in Ukraine.",
     [("85", "count", 85, None, "at least", "missiles"), ("six", "count", 6, None, "at least", "major cities")]),
    ("At least 107 killed in crane collapse", [("107", "number", 107, None, "at least", None)]),
    ("Hundreds of people were evacuated.", [("Hundreds", "count", 100, None, None, "people")]),
    ("a dozen eggs", [("a dozen", "count", 12, None, None, "eggs")]),
    ("Some 1.2 million people fled.", [("1.2 million", "count", 1_200_000, None, "some", "people")]),
    ("There are 1,234,567 residents.", [("1,234,567", "count", 1_234_567, None, None, "residents")]),
    ("one hundred and seventy-three", [("one hundred and seventy-three", "number", 173, None, None, None)]),
    ("twenty-one trillion", [("twenty-one trillion", "number", 21_000_000_000_000, None, None, None)]),
    ("three hundred and four thousand", [("three hundred and four thousand", "number", 304_000, None, None, None)]),
    ("four and a half million bees", [("four and a half million", "count", 4_500_000, None, None, "bees")]),
    ("half a dozen", [("half a dozen", "number", 6, None, None, None)]),
    ("It weighs 13 lakh", [("13 lakh", "number", 1_300_000, None, None, None)]),
    ("The total is 45,67,891.25", [("45,67,891.25", "number", 4_567_891.25, None, None, None)]),
    ("Zelensky presented a 10-point peace plan.", [("10-point", "count", 10, None, None, "peace plan")]),
    ("The mill plans to cut up to 450 contract workers.", [("450", "count", 450, None, "up to", "contract workers")]),
    ("Fewer than a thousand snow leopards roam the valley.",
     [("a thousand", "count", 1000, None, "fewer than", "snow leopards")]),
    ("The 5,500-tonne ship carried 2,000 containers.",
     [("5,500-tonne", "measure", 5500, "t", None, "ship"), ("2,000", "count", 2000, None, None, "containers")]),
    ("two senior U.S. officials said", [("two", "count", 2, None, None, "senior U.S. officials")]),
    ("The carrier ordered 14 new Embraer 190 jets.", [("14", "count", 14, None, None, "new Embraer 190 jets")]),
    ("143 new electric delivery vans", [("143", "count", 143, None, None, "new electric delivery vans")]),
    ("They sent 500 US troops.", [("500", "count", 500, None, None, "US troops")]),
    ("He won the 1500m race.", [("1500m", "measure", 1500, "m", None, "race")]),
    ("More than 1500 people died.", [("1500", "count", 1500, None, "more than", "people")]),
    ("The census counted 1 212 034 500.", [("1 212 034 500", "number", 1_212_034_500, None, None, None)]),
    ("Another 29 PLN employees were missing.", [("29", "count", 29, None, None, "PLN employees")]),
    ("They paid 500 USD cash.", [("500 USD", "money", 500, "USD", None, "cash")]),
    ("He sold the 600 that were left.", [("600", "number", 600, None, None, None)]),
    ("12 of the 15 hostages were freed.",
     [("12", "count", 12, None, None, "hostages"), ("15", "count", 15, None, None, "hostages")]),
    ("like 189 other galleries", [("189", "count", 189, None, None, "other galleries")]),
    ("an 18-fold increase", [("18-fold", "number", 18, None, None, None)]),
    # fractions and ordinals
    ("Two-thirds of voters agreed.", [("Two-thirds", "fraction", 2 / 3, None, None, "voters")]),
    ("more than half of the budget", [("half", "fraction", 0.5, None, "more than", "budget")]),
    ("About one of every seven drivers is insured.", [("one of every seven", "fraction", 1 / 7, None, "about", "drivers")]),
    ("one in five adults", [("one in five", "fraction", 0.2, None, None, "adults")]),
    ("a 1/4 mile oval", [("1/4 mile", "measure", 0.25, "mi", None, "oval")]),
    ("It is the third-largest employer.", [("third-largest", "ordinal", 3, None, None, "employer")]),
    ("NASA marks the 30th anniversary.", [("30th", "ordinal", 30, None, None, "anniversary")]),
    ("It marked the 1,000th day of the war.", [("1,000th", "ordinal", 1000, None, None, "day")]),
    # measures, temperatures, ages
    ("The town is 30 km away.", [("30 km", "measure", 30, "km", None, None)]),
    ("They shipped 5,000 tonnes of grain.", [("5,000 tonnes", "measure", 5000, "t", None, "grain")]),
    ("Temperatures reached 40°C.", [("40°C", "measure", 40, "°C", None, None)]),
    ("It is -5 degrees fahrenheit.", [("-5 degrees fahrenheit", "measure", -5, "°F", None, None)]),
    ("Winds of 70 mph hit the coast.", [("70 mph", "measure", 70, "mph", None, None)]),
    ("a 3-inch thickness", [("3-inch", "measure", 3, "in", None, "thickness")]),
    ("He is 1.8m tall.", [("1.8m", "measure", 1.8, "m", None, None)]),
    ("she stands 5 feet 7 inches", [("5 feet 7 inches", "measure", 5 + 7 / 12, "ft", None, None)]),
    ("a 152 miles an hour serve", [("152 miles an hour", "measure", 152, "mph", None, "serve")]),
    ("a 128 mile-per-hour serve", [("128 mile-per-hour", "measure", 128, "mph", None, "serve")]),
    ("a 70-kilometre-per-hour gust", [("70-kilometre-per-hour", "measure", 70, "km/h", None, "gust")]),
    ("8,500 metric tons of wheat", [("8,500 metric tons", "measure", 8500, "t", None, "wheat")]),
    ("The boy was five years old.", [("five years old", "measure", 5, "year", None, None)]),
    ("a 28-year-old man", [("28-year-old", "measure", 28, "year", None, None)]),
    ("a four-thousand-year-old bowl", [("four-thousand-year-old", "measure", 4000, "year", None, None)]),
    ("Some two-hundred fans waited.", [("two-hundred", "count", 200, None, "some", "fans")]),
    ("A woman of age 93 was discharged.", [("age 93", "measure", 93, "year", None, None)]),
    ("Temperatures are expected to top 45C in Seville.", [("45C", "measure", 45, "°C", None, None)]),
    ("Rescuers searched a 10-square-mile area.", [("10-square-mile", "measure", 10, "mi²", None, "area")]),
    ("Mara Quist, 37, and her brother were fined.", [("37", "measure", 37, "year", None, None)]),
    ("Hundreds were detained.", [("Hundreds", "count", 100, None, None, None)]),
    ("Thousands protested outside.", [("Thousands", "count", 1000, None, None, None)]),
    ("the magnitude 7.8 quake", [("7.8", "measure", 7.8, "magnitude", None, None)]),
    ("The tremor had a magnitude of 4.9.", [("4.9", "measure", 4.9, "magnitude", None, None)]),
    ("a bridge budgeted at NZ $ 48 million", [("NZ $ 48 million", "money", 48_000_000, "NZD", None, None)]),
    ("Temperatures hit minus 5 degrees.", [("minus 5 degrees", "measure", -5, "°", None, None)]),
    ("a 2½-mile walk", [("2½-mile", "measure", 2.5, "mi", None, "walk")]),
    ("It grew into a $250-million-a-year trade.", [("$250-million", "money", 250_000_000, "USD", None, None)]),
    # ranges
    ("between $15 million and $25 million",
     [("between $15 million and $25 million", "range", (15_000_000, 25_000_000), "USD", None, None)]),
    ("Growth of 10-15% is expected.", [("10-15%", "range", (10, 15), "%", None, None)]),
    ("20 to 30 people were hurt.", [("20 to 30", "range", (20, 30), None, None, "people")]),
    ("Ages 18-24 were surveyed.", [("18-24", "range", (18, 24), None, None, None)]),
    ("Buyers aged 18-24, 25-34 were surveyed.",
     [("18-24", "range", (18, 24), "year", None, None), ("25-34", "range", (25, 34), None, None, None)]),
    ("It costs $12-15 million.", [("$12-15 million", "range", (12_000_000, 15_000_000), "USD", None, None)]),
    ("The range is 1000 – 5000.", [("1000 – 5000", "range", (1000, 5000), None, None, None)]),
    ("about six hundred or more", [("six hundred or more", "range", (600, None), None, None, None)]),
    ("at most 60 and at least 15 chairs", [("at most 60 and at least 15", "range", (15, 60), None, None, "chairs")]),
    ("from 300 to 4000000", [("from 300 to 4000000", "range", (300, 4_000_000), None, None, None)]),
    # a change is two figures, not a range
    ("Sales rose from 5% to 7%.", [("5%", "percent", 5, "%", None, None), ("7%", "percent", 7, "%", None, None)]),
    ("Copper regained 45 cents to $4.10 a pound.",
     [("45 cents", "money", 0.45, "USD", None, None), ("$4.10", "money", 4.1, "USD", None, None)]),
    ("Trump leads Clinton 47 percent to 42 percent.",
     [("47 percent", "percent", 47, "%", None, None), ("42 percent", "percent", 42, "%", None, None)]),
    ("The share price was down 40 cents to $18.60.",
     [("40 cents", "money", 0.4, "USD", None, None), ("$18.60", "money", 18.6, "USD", None, None)]),
    ("Contracts that make up 30 to 35 percent of sales", [("30 to 35 percent", "range", (30, 35), "%", None, "sales")]),
    ("a 48-member search crew", [("48-member", "count", 48, None, None, "search crew")]),
    ("or 34 Canadian cents a unit", [("34 Canadian cents", "money", 0.34, "CAD", None, None)]),
    ("Revenue rose 7.3% to $2.35 billion.",
     [("7.3%", "percent", 7.3, "%", None, None), ("$2.35 billion", "money", 2_350_000_000, "USD", None, None)]),
    # qualifiers, counted nouns, bn/m/tn, per cent, points, measures, fractions, multiples, ranges
    ('The airline carried almost 4.5 million passengers in July.',
     [('4.5 million', 'count', 4500000, None, 'almost', 'passengers')]),
    ('Police said some 2,000 officers were deployed.',
     [('2,000', 'count', 2000, None, 'some', 'officers')]),
    ('Officials estimated that well over 10,000 homes lost power.',
     [('10,000', 'count', 10000, None, 'well over', 'homes')]),
    ('The storm left no fewer than 12 people dead.',
     [('12', 'count', 12, None, 'no fewer than', 'people')]),
    ('The company cut close to 1,500 jobs.',
     [('1,500', 'count', 1500, None, 'close to', 'jobs')]),
    ('Roughly 40 per cent of voters backed the plan.',
     [('40 per cent', 'percent', 40, '%', 'roughly', 'voters')]),
    ('The central bank raised rates by 75 basis points.',
     [('75 basis points', 'percent', 0.75, 'percentage_point', None, None)]),
    ('Unemployment fell by 0.3 percentage points to 4.1%.',
     [('0.3 percentage points', 'percent', 0.3, 'percentage_point', None, None), ('4.1%', 'percent', 4.1, '%', None, None)]),
    ('The government borrowed £22.4bn in March.',
     [('£22.4bn', 'money', 22400000000, 'GBP', None, None)]),
    ('The merger creates a company worth $1.3tn.',
     [('$1.3tn', 'money', 1300000000000, 'USD', None, None)]),
    ('Exports fell to €12.7bn last quarter.',
     [('€12.7bn', 'money', 12700000000, 'EUR', None, None)]),
    ('The club sold the striker for €85m.',
     [('€85m', 'money', 85000000, 'EUR', None, None)]),
    ('Apple reported revenue of $94.8 billion.',
     [('$94.8 billion', 'money', 94800000000, 'USD', None, None)]),
    ('The state will spend A$2.5 billion on roads.',
     [('A$2.5 billion', 'money', 2500000000, 'AUD', None, None)]),
    ('The ministry allocated Rs 1,200 crore for the scheme.',
     [('Rs 1,200 crore', 'money', 12000000000, 'INR', None, None)]),
    ('The fine was set at 50,000 Swiss francs.',
     [('50,000 Swiss francs', 'money', 50000, 'CHF', None, None)]),
    ('The ransom was paid in bitcoin worth 4.4 million dollars.',
     [('4.4 million dollars', 'money', 4400000, 'USD', None, None)]),
    ('A magnitude 6.4 earthquake struck the region.',
     [('6.4', 'measure', 6.4, 'magnitude', None, None)]),
    ('The wildfire has scorched more than 120,000 hectares.',
     [('120,000 hectares', 'measure', 120000, 'ha', 'more than', None)]),
    ('Rainfall reached 150 millimetres in 24 hours.',
     [('150 millimetres', 'measure', 150, 'mm', None, None)]),
    ('Winds gusted up to 110 km/h along the coast.',
     [('110 km/h', 'measure', 110, 'km/h', 'up to', None)]),
    ('The tanker spilled about 2,000 tonnes of oil.',
     [('2,000 tonnes', 'measure', 2000, 't', 'about', 'oil')]),
    ('The ship was carrying 30,000 barrels of crude.',
     [('30,000 barrels', 'measure', 30000, 'bbl', None, 'crude')]),
    ('The new line is 42 kilometres long.',
     [('42 kilometres', 'measure', 42, 'km', None, None)]),
    ('The heatwave pushed temperatures to 47.9C.',
     [('47.9C', 'measure', 47.9, '°C', None, None)]),
    ('A 72-year-old woman was among the victims.',
     [('72-year-old', 'measure', 72, 'year', None, None)]),
    ('The victim, a 19-year-old student, was named on Friday.',
     [('19-year-old', 'measure', 19, 'year', None, None)]),
    ('Nearly three-quarters of respondents said prices were too high.',
     [('three-quarters', 'fraction', 0.75, None, 'nearly', 'respondents')]),
    ('One in five children lives in poverty.',
     [('One in five', 'fraction', 0.2, None, None, 'children')]),
    ('A third of the budget goes to defence.',
     [('A third', 'fraction', 1 / 3, None, None, 'budget')]),
    ('Between 300 and 400 migrants were on board.',
     [('Between 300 and 400', 'range', (300, 400), None, None, 'migrants')]),
    ('Ticket prices will range from $50 to $120.',
     [('from $50 to $120', 'range', (50, 120), 'USD', None, None)]),
    ('The project will cost $3-4 billion.',
     [('$3-4 billion', 'range', (3000000000, 4000000000), 'USD', None, None)]),
    ('Dozens of villages were flooded.',
     [('Dozens', 'count', 12, None, None, 'villages')]),
    ('Thousands of fans packed the stadium.',
     [('Thousands', 'count', 1000, None, None, 'fans')]),
    ('Hundreds of thousands of refugees crossed the border.',
     [('Hundreds of thousands', 'count', 100000, None, None, 'refugees')]),
    ('Seven soldiers and two civilians were killed.',
     [('Seven', 'count', 7, None, None, 'soldiers'), ('two', 'count', 2, None, None, 'civilians')]),
    ('Eleven miners remain trapped underground.',
     [('Eleven', 'count', 11, None, None, 'miners')]),
    ('The agency hired 250 new inspectors.',
     [('250', 'count', 250, None, None, 'new inspectors')]),
    ('Voters rejected the measure by a margin of 54% to 46%.',
     [('54%', 'percent', 54, '%', None, None), ('46%', 'percent', 46, '%', None, None)]),
    ('Sales of electric cars have tripled since 2020.',
     [('tripled', 'fraction', 3, None, None, None)]),
    ('Food prices are twice as high as a year ago.',
     [('twice', 'fraction', 2, None, None, None)]),
    ('The debt is now five times larger than it was in 2010.',
     [('five times', 'fraction', 5, None, None, None)]),
    ('The team won its 500th game.',
     [('500th', 'ordinal', 500, None, None, 'game')]),
    ("Britain is the world's fifth-largest economy.",
     [('fifth-largest', 'ordinal', 5, None, None, 'economy')]),
    ('Costs are now three times higher than in 2020.',
     [('three times', 'fraction', 3, None, None, None)]),
    ('The number of cases has more than doubled.',
     [('doubled', 'fraction', 2, None, 'more than', None)]),
    ('Output was halved last year.',
     [('halved', 'fraction', 0.5, None, None, None)]),
    ('The new plant is ten times the size of the old one.',
     [('ten times', 'fraction', 10, None, None, None)]),
]


@pytest.mark.parametrize("text,expected", FIGURES)
def test_figures(text, expected):
    found = run(text)
    got = [(f.text, f.kind, value_of(f), f.unit, f.qualifier, f.counted) for f in found]
    assert_figures(got, expected)


# Texts with no figure at all.
NOTHING = [
    "", "a", "an", "The one she picked was broken.", "Which one did they choose?",
    "The war began in 2022.", "In 1998 the treaty was signed.", "It happened on November 15.",
    "the May 4th meeting", "The report came out on 1995-01.", "The meeting is at 2:00 pm.",
    "Call +1-222-2222-2222 now.", "Leaders met at the G-20 summit.", "F-16 jets flew over.",
    "COVID-19 cases rose.", "He flew on a Boeing 787 Dreamliner.", "The Airbus A380 landed.",
    "He upgraded to Windows 7.", "Apple released iOS 16.", "They drove along Route 66.", "Article 5 was invoked.",
    "She flew first class.", "as a last resort", "the next generation service",
    "Go to https://www.example.org/find?n=45%25%2010% now.", "Spain beat Chile 2 – 1.", "She took a 4-6, 7-5, 6-3 win.", "They lost 2-6, 3-6.",
    "Ford sells more than F-Series pickups.", "In the 1990s music changed.",
    "It lasted three years.", "He waited 20 minutes.", "The 13F filing was late.",
    "Call 0800 123 4567 for details.", "The bill passed 52-48 in the Senate.", "the Big Three automakers",
    "He worked there for twenty working days.", "They launched a 5G network.", "After half an hour he left.",
    "Orders in the first quarter of 2014 slowed.", "Margins were thin in a quarter that brought a loss.",
    "Costs climbed over the past two quarters.", "An hour and a half later it stopped.", "It could take two to three years.",
    "They worked on it five, six, seven years.", "The 737 MAX was grounded.", "A fire broke out at 12 Oak Street.",
    "The Group of 20 met.", "At 1030 GMT the talks began.", "The 9/11 attacks changed everything.", "The 2022 elections were close.",
    "Emissions fell below 2005 levels.", "The six-seater sells at a low price.",
    "He scored a one-timer on a two-way contract.", "They booked a double room.", "Smith doubled the lead for Spain.", "She met him twice in Paris.",
    "The double-decker bus crashed.", "Title IX cases rose.", "Apollo 11 landed.", "the Fortune 500 list", "the 20th century", "jets from the 320-200 family and Airbus 320s", "The 747, which first flew long ago, retired.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_figure(text):
    assert run(text) == []


def test_reference_article():
    text = ("date 2022-12-13 While the United States has provided more than $20 billion in arms and military "
            "equipment to Ukraine since the war began in late-February, ... Russia fired at least 85 missiles "
            "on at least six major cities in Ukraine on November 15. Zelensky presented a 10-point peace plan "
            "to G-20 leaders at a summit in Indonesia.")
    figures = newsx.extract(text).to_dict()["figures"]
    by_text = {f["text"]: f for f in figures}
    assert by_text["$20 billion"]["value"] == 20_000_000_000
    assert by_text["85"]["counted"] == "missiles"
    assert by_text["six"]["counted"] == "major cities"
    assert by_text["10-point"]["value"] == 10
    assert not any(f["text"] in ("20", "2022", "15", "13", "12") for f in figures)


def test_unique_rows():
    texts = [t for t, _ in FIGURES] + NOTHING
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("text", ["\x00" * 50, "$" * 1000, "1" * 5000, "-" * 1000 + "5", "one " * 3000,
                                  "1,2,3,4,5,6,7,8,9" * 200, "“unbalanced 5 ” quote’s", "€€€ 1 1 1 % %"])
def test_never_raises(text):
    run(text)


# Inputs on which a backtracking pattern would hang; their timing is measured in benchmarks/bench.py.
@pytest.mark.parametrize("unit", ["12,34,", "1,234,", "1 11 111 ", "between 1 and ", "hundreds of ", "1-"])
def test_hostile_runs_give_valid_figures(unit):
    text = unit * 4000
    for figure in run(text):
        assert text[figure.start:figure.end] == figure.text


def test_long_input_finds_every_repeat():
    sentence = "Officials said 85 missiles hit six cities, costing $20 billion, or 3.5% of GDP. "
    assert len(run(sentence * 200)) == 200 * len(run(sentence))


def test_number_reader_scales_after_a_currency_sign():
    from newsx.doc.numbers import Stream, read_number
    from newsx.doc.tokens import Pieces
    s = Stream("$50K", Pieces("$50K"))
    num = read_number(s, 1, money=True)
    assert num is not None and num.value == 50_000 and num.scaled


@pytest.mark.parametrize("phrase,value", [
    ("twenty-four", 24), ("2 1/2", 2.5), ("a couple of", 2), ("several", None), ("a few", None),
    ("a", 1), ("one hundred and five", 105), ("half a dozen", 6), ("1,500", 1500), ("hundreds", None),
    ("third", None), ("two and a half", 2.5),
])
def test_value_of(phrase, value):
    from newsx.doc.numbers import value_of
    assert value_of(phrase) == value


@pytest.mark.parametrize("text", [
    "About 3.5 million people, a third of them children, doubled the 1,234 seen in twenty-two towns.",
    "a dozen ½ a an hundreds twice A million an hour 1,2,3 5,00",
])
def test_piece_flags_mark_where_numbers_start(text):
    from newsx.doc.numbers import ARTICLE_NEXT, Stream, starts_number
    from newsx.doc.tokens import ARTICLE, MULTIPLE, NUMBER_START, Pieces
    pieces = Pieces(text)
    s = Stream(text, pieces)
    for k, f in enumerate(pieces.flags):
        starts = bool(f & NUMBER_START) or bool(f & ARTICLE) and s.low[k + 1] in ARTICLE_NEXT
        assert starts == starts_number(s, k), pieces.text[k]
        assert bool(f & MULTIPLE) == (pieces.low[k] in ("doubled", "twice")), pieces.text[k]


@pytest.mark.parametrize("phrase,value", [
    ("four and a half", 4.5), ("two-and-a-half", 2.5), ("a dozen", 12), ("a couple of", 2), ("single", 1),
    ("hundred", 100), ("twenty-four", 24), ("2 1/2", 2.5), ("6,000", 6000),
    ("several", None), ("a few", None), ("one eight", None), ("many and a half", None),
])
def test_value_of_number_phrases_for_dates(phrase, value) -> None:
    """The one number reader values the number phrases of time expressions too."""
    from newsx.doc.numbers import value_of

    assert value_of(phrase) == value
