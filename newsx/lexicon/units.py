"""Units of measure after a number: symbols and names to canonical units, units that must touch
the number, temperature and time units, units of substances.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# ---------------------------------------------------------------------------- measures
# Unit words and symbols after a number -> canonical unit. Multi-word units are tuples of words.
UNITS: dict[str, str] = {
    # length
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "mile": "mi", "miles": "mi", "mi": "mi", "foot": "ft", "feet": "ft", "ft": "ft", "inch": "in",
    "inches": "in", "yard": "yd", "yards": "yd", "yd": "yd", "yds": "yd", "nautical mile": "nmi",
    "nautical miles": "nmi", "light year": "ly", "light years": "ly", "light-years": "ly",
    "micron": "µm", "microns": "µm", "nanometre": "nm", "nanometres": "nm", "nanometer": "nm",
    "nanometers": "nm", "nm": "nm",
    # area
    "km2": "km²", "km²": "km²", "sq km": "km²", "square kilometre": "km²", "square kilometres": "km²",
    "square kilometer": "km²", "square kilometers": "km²", "square mile": "mi²", "square miles": "mi²",
    "sq mi": "mi²", "square metre": "m²", "square metres": "m²", "square meter": "m²",
    "square meters": "m²", "m2": "m²", "m²": "m²", "sq m": "m²", "square foot": "ft²",
    "square feet": "ft²", "sq ft": "ft²", "acre": "acre", "acres": "acre", "hectare": "ha",
    "hectares": "ha", "ha": "ha",
    # volume
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "l": "l", "ml": "ml",
    "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
    "gallon": "gal", "gallons": "gal", "gal": "gal", "barrel": "bbl", "barrels": "bbl", "bbl": "bbl",
    "cubic metre": "m³", "cubic metres": "m³", "cubic meter": "m³", "cubic meters": "m³",
    "cubic foot": "ft³", "cubic feet": "ft³", "m3": "m³", "pint": "pt", "pints": "pt",
    "bushel": "bu", "bushels": "bu",
    # mass
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilogramme": "kg", "kilogrammes": "kg", "g": "g", "gram": "g", "grams": "g", "gramme": "g",
    "grammes": "g", "mg": "mg", "milligram": "mg", "milligrams": "mg", "tonne": "t", "tonnes": "t",
    "ton": "t", "tons": "t", "metric ton": "t", "metric tons": "t", "metric tonnes": "t",
    "lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz", "stone": "st", "carat": "ct",
    "carats": "ct", "megaton": "Mt", "megatons": "Mt", "kiloton": "kt", "kilotons": "kt",
    "pound": "lb", "pounds": "lb",
    # speed
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "knot": "kn", "knots": "kn",
    "miles an hour": "mph", "miles per hour": "mph", "kilometres an hour": "km/h",
    "kilometers an hour": "km/h", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "m/s": "m/s", "metres per second": "m/s", "meters per second": "m/s",
    # data, energy, power, other
    "kb": "kB", "mb": "MB", "gb": "GB", "tb": "TB", "pb": "PB", "kilobytes": "kB", "megabytes": "MB",
    "gigabytes": "GB", "terabytes": "TB", "bit": "bit", "bits": "bit", "byte": "B", "bytes": "B",
    "mbps": "Mbit/s", "gbps": "Gbit/s", "ghz": "GHz", "mhz": "MHz", "khz": "kHz", "hz": "Hz",
    "w": "W", "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "twh": "TWh", "watt": "W", "watts": "W", "kilowatt": "kW", "kilowatts": "kW", "megawatt": "MW",
    "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW", "kilowatt-hours": "kWh",
    "kilowatt hours": "kWh", "megawatt-hours": "MWh", "gigawatt-hours": "GWh",
    "terawatt-hours": "TWh", "volt": "V", "volts": "V", "kv": "kV", "horsepower": "hp", "hp": "hp",
    "calorie": "kcal", "calories": "kcal", "kcal": "kcal", "decibel": "dB", "decibels": "dB",
    "db": "dB", "magnitude": "magnitude", "t": "t", "µg": "µg", "μg": "µg", "mcg": "µg",
    "microgram": "µg", "micrograms": "µg", "microgramme": "µg", "microgrammes": "µg",
    "kmph": "km/h", "km/hr": "km/h", "tablespoon": "tbsp", "tablespoons": "tbsp", "tbsp": "tbsp",
    "teaspoon": "tsp", "teaspoons": "tsp", "tsp": "tsp", "cup": "cup", "cups": "cup",
    "square kilometre of": "km²",
}

# Units that may only follow the number with no space ("1.8m", "75ml"), being common words or letters.
ATTACHED_ONLY = frozenset({"m", "g", "l", "w", "in", "mi", "st", "ct", "ha", "db", "nm", "b", "hp", "p", "t"})

# Temperature words.
TEMPERATURE_UNITS: dict[str, str] = {
    "celsius": "°C", "centigrade": "°C", "fahrenheit": "°F", "kelvin": "K", "c": "°C", "f": "°F",
    "celcius": "°C", "farenheit": "°F", "farenheight": "°F",
}

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
SUBSTANCE_UNITS = frozenset("""t kg g mg lb oz st ct Mt kt l ml gal bbl m³ ft³ pt bu tbsp tsp cup acre ha km² mi² m² ft²
    kWh MWh GWh TWh µg""".split())

# What "2m of ..." or "2m in ..." measures when the m after digits is metres ("2m of snow").
METRE_MATERIALS = frozenset({"water", "height", "snow", "rain"})
