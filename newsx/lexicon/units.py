"""Units of measure after a number: one table of units (symbol, dimension, names), and the words
that decide an ambiguous unit from its context.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# ---------------------------------------------------------------------------- the unit table
# One row per unit: (symbol, dimension, names). Names are "|"-separated: singular, plural, spelling
# variants and common misspellings; a name with spaces is a multi-word unit ("cubic feet"), one
# with "/" is read glued ("km/h"). The symbol is the figure's unit. Temperatures, units of time,
# currencies and percent have their own tables (below and in ``currencies``): they are decided by
# their own rules.
UNIT_TABLE: tuple[tuple[str, str, str], ...] = (
    # length
    ("km", "length", "km|kms|kilometre|kilometres|kilometer|kilometers|klick|klicks"),
    ("m", "length", "m|metre|metres|meter|meters|mtr|mtrs"),
    ("dm", "length", "dm|decimetre|decimetres|decimeter|decimeters"),
    ("cm", "length", "cm|centimetre|centimetres|centimeter|centimeters|cms"),
    ("mm", "length", "mm|millimetre|millimetres|millimeter|millimeters"),
    ("µm", "length", "µm|μm|micron|microns|micrometre|micrometres|micrometer|micrometers"),
    ("nm", "length", "nm|nanometre|nanometres|nanometer|nanometers"),
    ("pm", "length", "picometre|picometres|picometer|picometers"),
    ("mi", "length", "mi|mile|miles|statute mile|statute miles"),
    ("nmi", "length", "nmi|nautical mile|nautical miles|nautical-mile|nautical-miles"),
    ("yd", "length", "yd|yds|yard|yards"),
    ("ft", "length", "ft|foot|feet"),
    ("in", "length", "inch|inches"),
    ("ly", "length", "ly|light year|light years|light-year|light-years|lightyear|lightyears"),
    ("au", "length", "astronomical unit|astronomical units"),
    ("fathom", "length", "fathom|fathoms"),
    # area
    ("km²", "area", "km2|km²|sq km|sq. km|sqkm|square kilometre|square kilometres|square kilometer|"
                    "square kilometers|square km"),
    ("m²", "area", "m2|m²|sq m|sqm|square metre|square metres|square meter|square meters"),
    ("cm²", "area", "cm2|cm²|square centimetre|square centimetres|square centimeter|square centimeters"),
    ("mi²", "area", "sq mi|sq. mi|square mile|square miles"),
    ("ft²", "area", "sq ft|sq. ft|sqft|square foot|square feet"),
    ("yd²", "area", "sq yd|square yard|square yards"),
    ("acre", "area", "acre|acres"),
    ("ha", "area", "ha|hectare|hectares|hectacre|hectacres"),
    # volume
    ("l", "volume", "l|litre|litres|liter|liters|ltr|ltrs"),
    ("ml", "volume", "ml|millilitre|millilitres|milliliter|milliliters"),
    ("cl", "volume", "cl|centilitre|centilitres|centiliter|centiliters"),
    ("gal", "volume", "gal|gallon|gallons|gals"),
    ("bbl", "volume", "bbl|bbls|barrel|barrels"),
    ("m³", "volume", "m3|m³|cu m|cubic metre|cubic metres|cubic meter|cubic meters|cubic m"),
    ("cm³", "volume", "cm3|cm³|cc|cubic centimetre|cubic centimetres|cubic centimeter|cubic centimeters"),
    ("km³", "volume", "km3|km³|cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers"),
    ("ft³", "volume", "cu ft|cubic foot|cubic feet"),
    ("yd³", "volume", "cu yd|cubic yard|cubic yards"),
    ("bcm", "volume", "bcm|billion cubic metres|billion cubic meters"),
    ("pt", "volume", "pt|pint|pints"),
    ("qt", "volume", "qt|quart|quarts"),
    ("fl oz", "volume", "fl oz|fluid ounce|fluid ounces"),
    ("bu", "volume", "bu|bushel|bushels"),
    ("tbsp", "volume", "tbsp|tablespoon|tablespoons"),
    ("tsp", "volume", "tsp|teaspoon|teaspoons"),
    ("cup", "volume", "cup|cups"),
    # mass
    ("kg", "mass", "kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes"),
    ("g", "mass", "g|gm|gms|gram|grams|gramme|grammes"),
    ("mg", "mass", "mg|milligram|milligrams|milligramme|milligrammes"),
    ("µg", "mass", "µg|μg|mcg|microgram|micrograms|microgramme|microgrammes"),
    ("t", "mass", "t|tonne|tonnes|ton|tons|metric ton|metric tons|metric tonne|metric tonnes|"
                  "short ton|short tons|long ton|long tons"),
    ("kt", "mass", "kt|kiloton|kilotons|kilotonne|kilotonnes"),
    ("Mt", "mass", "megaton|megatons|megatonne|megatonnes"),
    ("lb", "mass", "lb|lbs|pound|pounds"),
    ("oz", "mass", "oz|ounce|ounces|troy ounce|troy ounces"),
    ("st", "mass", "st|stone"),
    ("ct", "mass", "ct|carat|carats"),
    # speed
    ("km/h", "speed", "km/h|kph|kmh|kmph|km/hr|kilometres an hour|kilometers an hour|kilometres per hour|"
                      "kilometers per hour|kilometre per hour|kilometer per hour|km an hour|km per hour"),
    ("mph", "speed", "mph|mi/h|miles an hour|miles per hour|mile per hour|miles-per-hour"),
    ("m/s", "speed", "m/s|metres per second|meters per second"),
    ("km/s", "speed", "km/s|kilometres per second|kilometers per second"),
    ("ft/s", "speed", "ft/s|fps|feet per second"),
    ("kn", "speed", "knot|knots|kt/h"),
    # rates of flow
    ("bbl/d", "flow", "bpd|b/d|barrels per day|barrel per day"),
    # angle ("degrees" is an angle or a temperature by context: see ``ANGLE_CUES``)
    ("rad", "angle", "rad|rads|radian|radians"),
    ("arcmin", "angle", "arcminute|arcminutes"),
    ("arcsec", "angle", "arcsecond|arcseconds"),
    # data, data rates, frequency
    ("bit", "data", "bit|bits"),
    ("B", "data", "byte|bytes"),
    ("kB", "data", "kb|kilobyte|kilobytes"),
    ("MB", "data", "mb|megabyte|megabytes"),
    ("GB", "data", "gb|gigabyte|gigabytes"),
    ("TB", "data", "tb|terabyte|terabytes"),
    ("PB", "data", "pb|petabyte|petabytes"),
    ("kbit", "data", "kbit|kilobit|kilobits"),
    ("Mbit", "data", "mbit|megabit|megabits"),
    ("Gbit", "data", "gbit|gigabit|gigabits"),
    ("kbit/s", "data rate", "kbps|kbit/s|kb/s"),
    ("Mbit/s", "data rate", "mbps|mbit/s|mb/s|megabits per second"),
    ("Gbit/s", "data rate", "gbps|gbit/s|gb/s|gigabits per second"),
    ("Hz", "frequency", "hz|hertz"),
    ("kHz", "frequency", "khz|kilohertz"),
    ("MHz", "frequency", "mhz|megahertz"),
    ("GHz", "frequency", "ghz|gigahertz"),
    # energy and power
    ("J", "energy", "joule|joules"),
    ("kJ", "energy", "kj|kilojoule|kilojoules"),
    ("MJ", "energy", "mj|megajoule|megajoules"),
    ("kcal", "energy", "kcal|calorie|calories|kilocalorie|kilocalories"),
    ("BTU", "energy", "btu|btus|british thermal unit|british thermal units"),
    ("Wh", "energy", "wh|watt-hour|watt-hours|watt hour|watt hours"),
    ("kWh", "energy", "kwh|kilowatt-hour|kilowatt-hours|kilowatt hour|kilowatt hours"),
    ("MWh", "energy", "mwh|megawatt-hour|megawatt-hours|megawatt hour|megawatt hours"),
    ("GWh", "energy", "gwh|gigawatt-hour|gigawatt-hours|gigawatt hour|gigawatt hours"),
    ("TWh", "energy", "twh|terawatt-hour|terawatt-hours|terawatt hour|terawatt hours"),
    ("eV", "energy", "ev|electronvolt|electronvolts|electron volt|electron volts"),
    ("keV", "energy", "kev|kiloelectronvolt|kiloelectronvolts"),
    ("MeV", "energy", "mev|megaelectronvolt|megaelectronvolts"),
    ("GeV", "energy", "gev|gigaelectronvolt|gigaelectronvolts"),
    ("TeV", "energy", "tev|teraelectronvolt|teraelectronvolts"),
    ("W", "power", "w|watt|watts"),
    ("kW", "power", "kw|kilowatt|kilowatts"),
    ("MW", "power", "mw|megawatt|megawatts"),
    ("GW", "power", "gw|gigawatt|gigawatts"),
    ("TW", "power", "tw|terawatt|terawatts"),
    ("hp", "power", "hp|horsepower|bhp"),
    # pressure
    ("hPa", "pressure", "hpa|hectopascal|hectopascals"),
    ("kPa", "pressure", "kpa|kilopascal|kilopascals"),
    ("Pa", "pressure", "pascal|pascals"),
    ("mbar", "pressure", "mb|mbar|millibar|millibars"),
    ("bar", "pressure", "bar|bars"),
    ("psi", "pressure", "psi"),
    ("atm", "pressure", "atm|atmosphere|atmospheres"),
    ("mmHg", "pressure", "mmhg"),
    # electricity, sound, radiation, other
    ("V", "voltage", "volt|volts"),
    ("kV", "voltage", "kv|kilovolt|kilovolts"),
    ("A", "current", "amp|amps|ampere|amperes"),
    ("mAh", "charge", "mah"),
    ("dB", "sound", "db|decibel|decibels"),
    ("mSv", "radiation", "msv|millisievert|millisieverts"),
    ("µSv", "radiation", "µsv|μsv|microsievert|microsieverts"),
    ("Sv", "radiation", "sievert|sieverts"),
    ("Bq", "radiation", "bq|becquerel|becquerels"),
    ("TEU", "capacity", "teu|teus"),
    ("magnitude", "magnitude", "magnitude"),
)

# Unit name -> symbol; multi-word names are keys with single spaces. Duplicated names (the "mb" of
# megabytes and millibars) keep the first row's reading; the other is read from its symbol only.
UNITS: dict[str, str] = {}
# Symbol -> dimension.
DIMENSIONS: dict[str, str] = {}
for _symbol, _dimension, _names in UNIT_TABLE:
    DIMENSIONS[_symbol] = _dimension
    for _name in _names.split("|"):
        UNITS.setdefault(_name, _symbol)
del _symbol, _dimension, _names, _name
DIMENSIONS.update({"°C": "temperature", "°F": "temperature", "K": "temperature", "°": "temperature",
                   "deg": "angle"})

# Units that may only follow the number with no space ("1.8m", "75ml"), being common words or
# letters; spaced only in a conversion in parentheses ("40 km (25 mi)").
ATTACHED_ONLY = frozenset({"m", "g", "l", "w", "in", "mi", "st", "ct", "ha", "db", "nm", "b", "hp", "p", "t",
                           "v", "bar", "bars", "cc", "pt", "qt", "bu", "gm", "tw", "au", "kt", "rad",
                           "rads", "cl", "dm", "wh", "mj", "fps", "ev"})

# Units named after the article as the number one ("a litre of milk", "a mile away"); not the
# words that are something else after "a" ("a yard", "a stone", "a bit", "a ton of work", "a cup",
# "a meter" the device, "a pound" money or weight, "a knot").
ARTICLE_UNITS = frozenset("""kilometre kilometer metre mile inch centimetre centimeter millimetre millimeter
    kilo kilogram gram milligram microgram tonne ounce litre liter gallon barrel pint hectare acre kilowatt megawatt gigawatt
    kilowatt-hour megawatt-hour teaspoon tablespoon foot""".split()) | frozenset(
    {"square mile", "square kilometre", "square kilometer", "square metre", "square meter", "square foot",
     "cubic metre", "cubic meter", "cubic foot", "nautical mile", "light year", "light-year", "metric ton",
     "metric tonne", "kilowatt hour", "megawatt hour"})

# Denominators of a rate after "per", "/" or "a" ("50 litres per second", "5 km/ms", "10 tonnes a
# day"): word -> symbol. Any unit of the table may also follow "per" ("5 milligrams per litre").
RATE_DENOMINATORS: dict[str, str] = {
    "second": "s", "sec": "s", "s": "s", "millisecond": "ms", "ms": "ms", "minute": "min", "min": "min",
    "hour": "h", "hr": "h", "h": "h", "day": "d", "d": "d", "week": "wk", "month": "mo", "year": "yr",
    "yr": "yr", "annum": "yr", "capita": "capita", "person": "person", "head": "person",
}

# ---------------------------------------------------------------------------- temperature
TEMPERATURE_UNITS: dict[str, str] = {
    "celsius": "°C", "centigrade": "°C", "fahrenheit": "°F", "kelvin": "K", "kelvins": "K", "c": "°C",
    "f": "°F", "celcius": "°C", "celsuis": "°C", "farenheit": "°F", "farenheight": "°F", "fahrenheight": "°F",
    "faranheit": "°F",
}
# The spelled-out scales (not the letters).
TEMPERATURE_SCALES = frozenset(k for k in TEMPERATURE_UNITS if len(k) > 1)

# Words that make a "K" after digits kelvin ("cooled to 4K"), beside the words of heat.
KELVIN_CUES = frozenset("""kelvin kelvins absolute zero cooled cooling heated heating cryogenic superconducting
    superconductor superconductors superconductivity helium nitrogen plasma laser lasers physicists physicist
    lab laboratory experiment star stars surface atoms temperature temperatures degrees thermal melting
    boiling freezing °""".split())

# ---------------------------------------------------------------------------- degrees
# Words that make "degrees" (or "°") an angle: turning, slopes, compass and map positions. Right
# after the unit ("45 degrees north", "a 30-degree angle") they decide alone; elsewhere in the
# sentence only when no word of heat is there.
ANGLE_CUES = frozenset("""angle angles angled rotate rotated rotates rotating rotation rotations turn turned
    turns turning u-turn tilt tilted tilts tilting incline inclined slope sloped slopes sloping gradient
    pitched banked spin spun spins spinning pivot pivoted pivots swivel swivelled
    swiveled arc arcs clockwise counterclockwise anticlockwise counter-clockwise latitude longitude
    bearing compass lean leans leaned leaning veer veered veers swing swung swings reversal
    about-face orbit axis inclination""".split())
# Right after the unit: these alone make the degrees an angle.
ANGLE_NEXT = frozenset("""angle angles north south east west northeast northwest southeast southwest
    n s e w latitude longitude clockwise counterclockwise anticlockwise counter-clockwise turn turns
    rotation rotations arc tilt incline slope bend pivot spin swing shift reversal u-turn about-face
    view field""".split())
# Words that make "degrees" academic ("two degrees in engineering"): a count, not a measure.
ACADEMIC_CUES = frozenset("""university universities college colleges bachelor bachelor's bachelors master's
    masters doctorate doctorates doctoral phd phds ph.d graduate graduates graduated undergraduate
    honorary academic diploma diplomas engineering economics law medicine""".split())

# ---------------------------------------------------------------------------- mb
# Words that make "mb" millibars rather than megabytes ("a central pressure of 950 mb").
PRESSURE_CUES = frozenset("""pressure pressures barometric barometer storm storms hurricane hurricanes cyclone
    cyclones typhoon typhoons depression isobar isobars millibars hpa""".split())

# ---------------------------------------------------------------------------- pound
# Words before "N pounds" that make it a weight ("weighed 200 pounds", "lost 30 pounds").
WEIGHT_CUES = frozenset("""weigh weighs weighed weighing weight weights heavy heavier lighter lost lose
    losing gained gain gaining shed shedding tipped scales overweight obese""".split())

# ---------------------------------------------------------------------------- time
# Units of time: a figure with one of these is a duration (the dates extractor's), unless it is an age.
TIME_UNITS: dict[str, str] = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month", "months": "month",
    "week": "week", "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
    "hr": "hour", "hrs": "hour", "minute": "minute", "minutes": "minute", "min": "minute",
    "mins": "minute", "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "fortnight": "fortnight", "fortnights": "fortnight", "night": "night", "nights": "night",
    "millennium": "millennium", "millennia": "millennium", "quarter": "quarter", "quarters": "quarter",
    "weekend": "weekend", "weekends": "weekend", "semester": "semester", "term": "term", "terms": "term",
    "season": "season", "seasons": "season", "session": "session",
}

# Units whose "of" phrase names what is measured ("5,000 tonnes of grain"); a distance "of" is a place.
SUBSTANCE_UNITS = frozenset(sym for sym, dim, _ in UNIT_TABLE if dim in ("mass", "volume", "area", "energy"))

# What "2m of ..." or "2m in ..." measures when the m after digits is metres ("2m of snow").
METRE_MATERIALS = frozenset({"water", "height", "snow", "rain"})
