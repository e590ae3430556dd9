"""Tables for units and money in newsx.figures: the unit table, ambiguous units read by context,
conversions, the article as the number one, money notations and percent words."""
from __future__ import annotations

import pytest

from newsx.lexicon.units import DIMENSIONS, UNIT_TABLE, UNITS

from .helpers import figure_value as value_of
from .helpers import figures_of as run


# (text, [(span text, kind, value, unit), ...]): every figure of the text, in order.
UNIT_FIGURES = [
    # the unit table: SI and customary units, multi-word units
    ("The wall stands 3 metres high.", [("3 metres", "measure", 3, "m")]),
    ("The probe came within 400 kilometers of the moon.", [("400 kilometers", "measure", 400, "km")]),
    ("Rescuers dug through 80 centimetres of rubble.", [("80 centimetres", "measure", 80, "cm")]),
    ("The ship sank 12 nautical miles off the coast.", [("12 nautical miles", "measure", 12, "nmi")]),
    ("The galaxy lies 90 light-years from Earth.", [("90 light-years", "measure", 90, "ly")]),
    ("The wildfire burned 3,000 square kilometres of bush.", [("3,000 square kilometres", "measure", 3000, "km²")]),
    ("The flat measures 85 sq m.", [("85 sq m", "measure", 85, "m²")]),
    ("The estate covers 1,200 hectares.", [("1,200 hectares", "measure", 1200, "ha")]),
    ("The tank holds 40 cubic metres of water.", [("40 cubic metres", "measure", 40, "m³")]),
    ("The field holds 10 million cubic feet of gas.", [("10 million cubic feet", "measure", 10_000_000, "ft³")]),
    ("The port shipped 4 million metric tons of wheat.", [("4 million metric tons", "measure", 4_000_000, "t")]),
    ("Police seized 25 kilograms of cocaine.", [("25 kilograms", "measure", 25, "kg")]),
    ("The dose was cut to 5 micrograms.", [("5 micrograms", "measure", 5, "µg")]),
    ("The blast equalled 15 kilotons of TNT.", [("15 kilotons", "measure", 15, "kt")]),
    ("The plant will add 600 megawatts to the grid.", [("600 megawatts", "measure", 600, "MW")]),
    ("Homes used 3,500 kilowatt hours a year.", [("3,500 kilowatt hours", "measure", 3500, "kWh")]),
    ("The storm deepened to 950 millibars.", [("950 millibars", "measure", 950, "mbar")]),
    ("Tyres are inflated to 32 psi.", [("32 psi", "measure", 32, "psi")]),
    ("Pressure at the summit was 500 hPa.", [("500 hPa", "measure", 500, "hPa")]),
    ("Workers received 20 millisieverts of radiation.", [("20 millisieverts", "measure", 20, "mSv")]),
    ("The phone has a 5,000 mAh battery.", [("5,000 mAh", "measure", 5000, "mAh")]),
    ("The engine delivers 300 horsepower.", [("300 horsepower", "measure", 300, "hp")]),
    ("The line carries 400 kilovolts.", [("400 kilovolts", "measure", 400, "kV")]),
    ("The vessel carries 24,000 TEU.", [("24,000 TEU", "measure", 24000, "TEU")]),
    ("The drive stores 2 terabytes.", [("2 terabytes", "measure", 2, "TB")]),
    ("Forecasters said the storm's central pressure was 960 mb.", [("960 mb", "measure", 960, "mbar")]),
    ("The phone ships with 512 MB of memory.", [("512 MB", "measure", 512, "MB")]),
    ("Officers found 5 g of heroin in the car.", [("5 g", "measure", 5, "g")]),
    ("The crew laid 30 m of cable.", [("30 m", "measure", 30, "m")]),
    ("The bike has a 250cc engine.", [("250cc", "measure", 250, "cm³")]),
    ("The lens covers 0.5 arcseconds.", [("0.5 arcseconds", "measure", 0.5, "arcsec")]),
    ("Wholesale gas rose to 90 euros per megawatt hour.", [("90 euros", "money", 90, "EUR")]),
    ("The reservoir lost 2 billion cubic metres of water.",
     [("2 billion cubic metres", "measure", 2_000_000_000, "m³")]),
    # misspellings and variants
    ("Forecasters expect 35 celcius on Sunday.", [("35 celcius", "measure", 35, "°C")]),
    ("The thermometer read 101 farenheit.", [("101 farenheit", "measure", 101, "°F")]),
    ("The road runs 70 kilometres before the border.", [("70 kilometres", "measure", 70, "km")]),
    # rates: "per", "/"
    ("Broadband reaches ten megabits per second.", [("ten megabits per second", "measure", 10, "Mbit/s")]),
    ("The new link runs at 10 Gbps.", [("10 Gbps", "measure", 10, "Gbit/s")]),
    ("The river peaked at 5,000 cubic metres per second.",
     [("5,000 cubic metres per second", "measure", 5000, "m³/s")]),
    ("Output rose to 1.2 million barrels per day.", [("1.2 million barrels per day", "measure", 1_200_000, "bbl/d")]),
    ("The refinery handles 300,000 bpd.", [("300,000 bpd", "measure", 300_000, "bbl/d")]),
    ("Lead in the water reached 15 micrograms per litre.",
     [("15 micrograms per litre", "measure", 15, "µg/l")]),
    ("Each resident emits 9 tonnes per capita.", [("9 tonnes per capita", "measure", 9, "t/capita")]),
    ("The glacier moves 40 metres per year.", [("40 metres per year", "measure", 40, "m/yr")]),
    ("Particles hit 50 km/ms in the collider.", [("50 km/ms", "measure", 50, "km/ms")]),
    ("The spill released 200 litres per minute.", [("200 litres per minute", "measure", 200, "l/min")]),
    ("The new car does 40 miles per gallon.", [("40 miles per gallon", "measure", 40, "mi/gal")]),
    ("Nitrate levels hit 60 mg/l in the well.", [("60 mg/l", "measure", 60, "mg/l")]),
    ("Winds gusted to 90 kilometres per hour.", [("90 kilometres per hour", "measure", 90, "km/h")]),
    ("The train reached 320 km/h.", [("320 km/h", "measure", 320, "km/h")]),
    ("The rocket climbed at 8 kilometres per second.", [("8 kilometres per second", "measure", 8, "km/s")]),
    # a rate said with "a" after the figure: the figure is the amount alone
    ("The field pumps 650,000 barrels a day.", [("650,000 barrels", "measure", 650_000, "bbl")]),
    ("He walks 5 miles a day.", [("5 miles", "measure", 5, "mi")]),
    # temperatures: C, F, K by context
    ("It was 25 F outside as the cold snap set in.", [("25 F", "measure", 25, "°F")]),
    ("Weather maps showed a low of 3 C overnight.", [("3 C", "measure", 3, "°C")]),
    ("Forecasters warned of 40C heat in the south.", [("40C", "measure", 40, "°C")]),
    ("The heatwave pushed the mercury to 104F.", [("104F", "measure", 104, "°F")]),
    ("Physicists cooled the chip to 4K.", [("4K", "measure", 4, "K")]),
    ("The star's surface is about 5,800 K hot.", [("5,800 K", "measure", 5800, "K")]),
    ("The magnet works at 20 kelvin.", [("20 kelvin", "measure", 20, "K")]),
    ("Temperatures dropped 12 degrees overnight.", [("12 degrees", "measure", 12, "°")]),
    ("The furnace reached 1,500 degrees.", [("1,500 degrees", "measure", 1500, "°")]),
    # angles: "degrees" and "°" after turning, slopes and map positions
    ("Rotate the panel 90 degrees to the left.", [("90 degrees", "measure", 90, "deg")]),
    ("The driver turned 180 degrees and fled.", [("180 degrees", "measure", 180, "deg")]),
    ("The tower leans almost 4 degrees.", [("4 degrees", "measure", 4, "deg")]),
    ("The runway sits at 34 degrees north.", [("34 degrees", "measure", 34, "deg")]),
    ("The roof slopes at a 30-degree angle.", [("30-degree", "measure", 30, "deg")]),
    ("The party made a 180-degree turn on taxes.", [("180-degree", "measure", 180, "deg")]),
    ("Tilt the camera 15° to frame the shot.", [("15°", "measure", 15, "deg")]),
    ("The arm swung 45 degrees clockwise.", [("45 degrees", "measure", 45, "deg")]),
    ("The angle of the ramp is 0.8 radians.", [("0.8 radians", "measure", 0.8, "rad")]),
    # a heat word keeps the temperature even beside a word of turning
    ("As the weather turned, temperatures fell 10 degrees.", [("10 degrees", "measure", 10, "°")]),
    ("A 5-degree rise in temperature is expected.", [("5-degree", "measure", 5, "°")]),
    # academic degrees: a count
    ("She earned two degrees in law at the university.", [("two degrees", "count", 2, None)]),
    ("He holds three degrees from Oxford college.", [("three degrees", "count", 3, None)]),
    # pound: weight or money
    ("She carried a five-pound bag of flour.", [("five-pound", "measure", 5, "lb")]),
    ("The fisherman landed a 40-pound salmon.", [("40-pound", "measure", 40, "lb")]),
    ("The boxer weighed 200 pounds.", [("200 pounds", "measure", 200, "lb")]),
    ("She lost 30 pounds in a year.", [("30 pounds", "measure", 30, "lb")]),
    ("Add two pounds of sugar.", [("two pounds", "measure", 2, "lb")]),
    ("The ticket cost five pounds.", [("five pounds", "money", 5, "GBP")]),
    ("Drivers face a 100-pound fine.", [("100-pound", "money", 100, "GBP")]),
    ("The bank printed a new ten-pound note.", [("ten-pound", "money", 10, "GBP")]),
    ("The club paid 40 million pounds for him.", [("40 million pounds", "money", 40_000_000, "GBP")]),
    ("The fee is 300 pounds sterling.", [("300 pounds", "money", 300, "GBP")]),
    ("A coffee costs £3 now.", [("£3", "money", 3, "GBP")]),
    # t and mi: glued, or spaced in a conversion
    ("The crane lifts 100t loads.", [("100t", "measure", 100, "t")]),
    ("The trail is 40 km (25 mi) long.", [("40 km", "measure", 40, "km"), ("25 mi", "measure", 25, "mi")]),
    ("The sack weighs 100 kg (220 lb).", [("100 kg", "measure", 100, "kg"), ("220 lb", "measure", 220, "lb")]),
    ("The wave was 12 m (39 ft) high.", [("12 m", "measure", 12, "m"), ("39 ft", "measure", 39, "ft")]),
    ("The bridge spans 300 ft (91 m).", [("300 ft", "measure", 300, "ft"), ("91 m", "measure", 91, "m")]),
    ("The load limit is 20 (kg) per box.", [("20 (kg)", "measure", 20, "kg")]),
    ("Rainfall reached 45 [mm] at the station.", [("45 [mm]", "measure", 45, "mm")]),
    # the article as the number one
    ("She drank a litre of milk a day.", [("a litre", "measure", 1, "l")]),
    ("The school is a mile away.", [("a mile", "measure", 1, "mi")]),
    ("Prices for a kilo of rice doubled.", [("a kilo", "measure", 1, "kg"), ("doubled", "fraction", 2, None)]),
    ("The fire destroyed a square mile of forest.", [("a square mile", "measure", 1, "mi²")]),
    ("The snow was nearly a metre deep.", [("a metre", "measure", 1, "m")]),
    ("Stir in a teaspoon of salt.", [("a teaspoon", "measure", 1, "tsp")]),
    ("They bought half a dozen eggs.", [("half a dozen", "count", 6, None)]),
    # money in many notations
    ("The snack cost 2 dollars 40 cents.", [("2 dollars 40 cents", "money", 2.4, "USD")]),
    # a spaced letter symbol ends the measure, or a dimension goes on; before a word it is no unit
    ("The new mast stands 38 m.", [("38 m", "measure", 38, "m")]),
    ("Each panel is 2 m x 1 m.", [("2 m", "measure", 2, "m"), ("1 m", "measure", 1, "m")]),
    ("The record throw was 4 m 20 cm.", [("4 m", "measure", 4, "m"), ("20 cm", "measure", 20, "cm")]),
    ("The barge carried 900 t, officials said.", [("900 t", "measure", 900, "t")]),
    ("About 5 m people tuned in.", [("5", "count", 5, None)]),
    ("The new crane is 60 m high.", [("60 m", "measure", 60, "m")]),
    ("Ozone reached 95 micrograms per cubic metre.", [("95 micrograms per cubic metre", "measure", 95, "µg/m³")]),
    # a length squared or cubed, energy in watt-hours and electronvolts
    ("The fire burned 40 km^2 of forest.", [("40 km^2", "measure", 40, "km²")]),
    ("The pool holds 300 m^3 of water.", [("300 m^3", "measure", 300, "m³")]),
    ("The plot is 3 km squared.", [("3 km squared", "measure", 3, "km²")]),
    ("Each cell stores 20 Wh.", [("20 Wh", "measure", 20, "Wh")]),
    ("The beams collided at 13.6 TeV.", [("13.6 TeV", "measure", 13.6, "TeV")]),
    ("The city added 40 EV chargers.", [("40", "count", 40, None)]),
    ("The ice was 4 in thick on the lake.", [("4 in", "measure", 4, "in")]),
    ("They won 4 in a row.", [("4", "number", 4, None)]),
    ("Each family got 5 L of drinking water.", [("5 L", "measure", 5, "l")]),
    # a race's distance: K after the number before a race word (or after "charity", "fun")
    ("More than 3,000 runners took part in the 10K race.", [("3,000", "count", 3000, None),
                                                           ("10K", "measure", 10, "km")]),
    ("She finished the charity 5k in 31 minutes.", [("5k", "measure", 5, "km")]),
    ("Sales of 8K televisions are slow.", []),
    # the part before the article as one, and "a mile and a half"
    ("Each tablet holds half a milligram of the drug.", [("half a milligram", "measure", 0.5, "mg")]),
    ("The road is closed for nearly half a kilometre.", [("half a kilometre", "measure", 0.5, "km")]),
    ("The dam is a mile and a half upstream.", [("a mile and a half", "measure", 1.5, "mi")]),
    # "percentage" alone after a number is percent, as some English-language press writes it
    ("Food prices rose by 30 percentage last year.", [("30 percentage", "percent", 30, "%")]),
    ("Turnout fell 4 percentage points.", [("4 percentage points", "percent", 4, "percentage_point")]),
    # a unit in brackets of any shape
    ("Net weight: 20 {kg}", [("20 {kg}", "measure", 20, "kg")]),
    # the hundredths said without their name end the phrase; before a noun they count
    ("Entry now costs eight pounds fifty.", [("eight pounds fifty", "money", 8.5, "GBP")]),
    ("Fares went up to 12 dollars 75, the agency said.", [("12 dollars 75", "money", 12.75, "USD")]),
    ("Seats cost four euros twenty each.", [("four euros twenty", "money", 4.2, "EUR")]),
    ("She tipped 5 dollars 3 times.", [("5 dollars", "money", 5, "USD"), ("3", "number", 3, None)]),
    ("A bowl costs 900 yen 50.", [("900 yen", "money", 900, "JPY"), ("50", "number", 50, None)]),
    ("The fee is $15 20.", [("$15", "money", 15, "USD"), ("20", "number", 20, None)]),
    ("Lunch came to eleven dollars and thirty-five cents.",
     [("eleven dollars and thirty-five cents", "money", 11.35, "USD")]),
    ("A pint costs £4 and 50p in the village.", [("A pint", "measure", 1, "pt"), ("£4 and 50p", "money", 4.5, "GBP")]),
    ("The fare is two euros and 20 cents.", [("two euros and 20 cents", "money", 2.2, "EUR")]),
    ("Losses exceeded 30 MUSD last year.", [("30 MUSD", "money", 30_000_000, "USD")]),
    ("The budget rose to 120 MEUR.", [("120 MEUR", "money", 120_000_000, "EUR")]),
    ("The firm books revenue of MGBP 45.", [("MGBP 45", "money", 45_000_000, "GBP")]),
    ("The fee is EUR 3.5m.", [("EUR 3.5m", "money", 3_500_000, "EUR")]),
    ("A phone sells for ₹15,000 there.", [("₹15,000", "money", 15_000, "INR")]),
    ("The fine was ₩2 million.", [("₩2 million", "money", 2_000_000, "KRW")]),
    ("Bread costs ₦800 in Lagos.", [("₦800", "money", 800, "NGN")]),
    ("Fares rose to ₱50.", [("₱50", "money", 50, "PHP")]),
    ("The rent is ₺9,000 a month.", [("₺9,000", "money", 9000, "TRY")]),
    ("Pensions rise to ₴3,000.", [("₴3,000", "money", 3000, "UAH")]),
    ("The ticket is ₪40.", [("₪40", "money", 40, "ILS")]),
    ("A bowl of noodles costs 40,000₫.", [("40,000₫", "money", 40_000, "VND")]),
    ("The toll is ₡500.", [("₡500", "money", 500, "CRC")]),
    ("Wine costs 20 ₾ a bottle.", [("20 ₾", "money", 20, "GEL")]),
    ("The fee is 10,000 ₭.", [("10,000 ₭", "money", 10_000, "LAK")]),
    ("Salaries average ₸250,000.", [("₸250,000", "money", 250_000, "KZT")]),
    ("Petrol is ₼1 a litre.", [("₼1", "money", 1, "AZN")]),
    ("The meal was 100元.", [("100元", "money", 100, "CNY")]),
    ("The ticket costs 2,000円.", [("2,000円", "money", 2000, "JPY")]),
    ("The grant is A$5 million.", [("A$5 million", "money", 5_000_000, "AUD")]),
    ("The deal is worth NZ$300 million.", [("NZ$300 million", "money", 300_000_000, "NZD")]),
    ("The plan costs R$2 billion.", [("R$2 billion", "money", 2_000_000_000, "BRL")]),
    ("It raised US$40 million.", [("US$40 million", "money", 40_000_000, "USD")]),
    # vague sums: money without a value
    ("They spent billions of dollars.", [("billions of dollars", "money", None, "USD")]),
    ("Hundreds of millions of dollars were lost.", [("Hundreds of millions of dollars", "money", None, "USD")]),
    ("Fans gave thousands of pounds.", [("thousands of pounds", "money", None, "GBP")]),
    # percent words
    ("Unemployment rose 0.4 percentage points.", [("0.4 percentage points", "percent", 0.4, "percentage_point")]),
    ("The gap narrowed by 2ppt.", [("2ppt", "percent", 2, "percentage_point")]),
    ("Support fell 3 ppts in a month.", [("3 ppts", "percent", 3, "percentage_point")]),
    ("Turnout was 62 per cent.", [("62 per cent", "percent", 62, "%")]),
    ("Turnout was 62 per-cent.", [("62 per-cent", "percent", 62, "%")]),
]


@pytest.mark.parametrize("text,expected", UNIT_FIGURES)
def test_unit_figures(text, expected):
    got = [(f.text, f.kind, value_of(f), f.unit) for f in run(text)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[:2] == e[:2], got
        if e[2] is None:
            assert g[2] is None, got
        else:
            assert g[2] == pytest.approx(e[2], rel=1e-6), got
        assert g[3] == e[3], got


# Look-alikes: no measure, no money, no temperature.
NOT_UNITS = [
    "The jets flew in an F-16 formation.",
    "He bought a 4K TV for the den.",
    "She got a grade C in maths.",
    "The firm filed its 13F report.",
    "Route 9 was closed.",
    "He studied for a degree in law.",
    "He is in a yard behind the house.",
    "They face a ton of work.",
    "The company hired 300K workers.",
    "Smith beat Round 2 v Jones.",
    "Flight 8 F departs late.",
    "They moved to number 3 in the charts.",
    "Cup 2 holds the prize.",
    "Oil costs $80 a barrel.",
]


@pytest.mark.parametrize("text", NOT_UNITS)
def test_not_units(text):
    kinds = [(f.text, f.kind, f.unit) for f in run(text)]
    assert not [k for k in kinds if k[1] in ("measure", "money") and k[2] not in ("USD",)], kinds


# Look-alikes of a unit that stay what they are.
OTHER_READINGS = [
    ("Oil costs $80 a barrel.", [("$80", "money", 80, "USD")]),
    ("Petrol was 50 cents a litre.", [("50 cents", "money", 0.5, "USD")]),
    ("The app has 48m users.", [("48m", "count", 48_000_000, None)]),
    ("Only 5 C-grade students passed.", [("5", "count", 5, None)]),
    ("Between $5 and 50 cents.", None),
    ("She paid $5 and 20p.", [("$5", "money", 5, "USD"), ("20p", "money", 0.2, "GBP")]),
    ("The startup raised $50K in seed money.", [("$50K", "money", 50_000, "USD")]),
    ("The fee was 5 pounds 20.", [("5 pounds 20", "money", 5.2, "GBP")]),  # pence said without their name
    ("Gold traded at $1,900 per ounce.", [("$1,900", "money", 1900, "USD")]),
    ("Temperatures hit 45 degrees as the heatwave went on.", [("45 degrees", "measure", 45, "°")]),
    ("It was 30 degrees and sunny.", [("30 degrees", "measure", 30, "°")]),
]


@pytest.mark.parametrize("text,expected", [r for r in OTHER_READINGS if r[1] is not None])
def test_other_readings(text, expected):
    got = [(f.text, f.kind, value_of(f), f.unit) for f in run(text)]
    assert [g[1] for g in got] == [e[1] for e in expected], got
    for g, e in zip(got, expected):
        assert g[3] == e[3], got


def test_unit_table_rows_are_consistent():
    """Every row has a dimension; every name reads to a symbol of the table."""
    symbols = {row[0] for row in UNIT_TABLE}
    assert len(symbols) == len(UNIT_TABLE)
    for symbol, dimension, names in UNIT_TABLE:
        assert dimension and names
        assert DIMENSIONS[symbol] == dimension
    assert set(UNITS.values()) <= symbols
