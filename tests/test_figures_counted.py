"""Tables for the counted noun of figures: where the noun phrase a figure counts or measures ends,
the noun a measure before it measures, determiners after "of", codes before the head noun and
adjectives right after the number."""
from __future__ import annotations

import pytest

from newsx.doc import read
from newsx.figures import extract_figures


def counted_of(text: str, span: str) -> str | None:
    found = extract_figures(read(text), [])
    for f in found:
        assert text[f.start:f.end] == f.text, f
    matches = [f for f in found if f.text == span]
    assert matches, [(f.text, f.counted) for f in found]
    return matches[0].counted


# (text, figure text, counted)
COUNTED = [
    # 1. the phrase ends before a participle of a clause after the noun
    ("Customs officers found 30 kilograms of cocaine hidden in a lorry.", "30 kilograms", "cocaine"),
    ("Police recovered 2 tonnes of copper stolen from a rail yard.", "2 tonnes", "copper"),
    ("The navy intercepted 5 tons of fuel sold on the black market.", "5 tons", "fuel"),
    ("Inspectors seized 80 litres of alcohol kept in a cellar.", "80 litres", "alcohol"),
    ("Divers brought up 12 kilograms of gold found near the wreck.", "12 kilograms", "gold"),
    ("Half of the money went to hospitals.", "Half", "money"),
    # a plural without -s before a plural noun modifies it
    ("Nine police officers were hurt in the clashes.", "Nine", "police officers"),
    ("The firm laid off 300 staff members.", "300", "staff members"),
    ("About 40 police were deployed.", "40", "police"),
    # ... and before an adverb of time, frequency or place
    ("The storm left 20 centimetres of snow overnight.", "20 centimetres", "snow"),
    ("Doctors prescribed 250 milligrams of the antibiotic twice a day.", "250 milligrams", "antibiotic"),
    ("The mine produces 400 tonnes of coal daily.", "400 tonnes", "coal"),
    ("The group shipped 3,000 tonnes of grain abroad.", "3,000 tonnes", "grain"),
    # ... but such words before the noun are adjectives
    ("Some 20 known cases were reported.", "20", "known cases"),
    ("Officers traced 3 stolen cars.", "3", "stolen cars"),
    ("The carrier added 3 overnight flights.", "3", "overnight flights"),
    ("The town has 2 daily newspapers.", "2", "daily newspapers"),
    ("The council built 40 newly designed homes.", "40", "newly designed homes"),
    ("The care home houses 60 elderly residents.", "60", "elderly residents"),
    ("Officials said 4 family members were hurt.", "4", "family members"),
    ("Five state assembly members resigned.", "Five", "state assembly members"),
    ("The rebels freed 200 foreign hostages early on Monday.", "200", "foreign hostages"),
    ("The company sold 5 million shares quickly.", "5 million", "shares"),
    ("Troops fired 5 early in the day.", "5", None),
    # 2. a measure before a noun measures it: hyphenated compounds
    ("She carried a ten-pound sack of rice.", "ten-pound", "sack"),
    ("The tablet has an 11-inch display.", "11-inch", "display"),
    ("Forces dug in along a 50-kilometre line.", "50-kilometre", "line"),
    ("The kicker made a 52-yard field goal.", "52-yard", "field goal"),
    ("The family cooked a 20-pound turkey.", "20-pound", "turkey"),
    ("Engineers bored a 3-mile-long tunnel.", "3-mile", "tunnel"),
    ("The shelter lies behind a 4-metre-high fence.", "4-metre", "fence"),
    # ... and unhyphenated measures after an article, determiner or possessive
    ("Volunteers built a 25m bridge over the stream.", "25m", "bridge"),
    ("The utility opened its 60 km gas pipeline.", "60 km", "gas pipeline"),
    ("The country's 900 km border was closed.", "900 km", "border"),
    ("Crews cleared an estimated 5 km stretch of road.", "5 km", "stretch"),
    ("She won the 200m final.", "200m", "final"),
    # ... not after a verb, nor without a noun after it
    ("She ran 42 km yesterday.", "42 km", None),
    ("The runners covered 10 km before noon.", "10 km", None),
    ("The village lies a further 20 km away.", "20 km", None),
    ("The bridge is 30m long.", "30m", None),
    ("It stands a 30m high.", "30m", None),
    # 3. determiners after "of"
    ("Half of all voters backed the reform.", "Half", "voters"),
    ("A third of these schools lack heating.", "A third", "schools"),
    ("Two-thirds of those surveyed opposed the plan.", "Two-thirds", "those surveyed"),
    ("A quarter of all the land is forest.", "A quarter", "land"),
    ("Half of all of the staff left.", "Half", "staff"),
    ("Nine of those arrested were minors.", "Nine", "those arrested"),
    ("Six of these vessels sank.", "Six", "vessels"),
    ("Half of them stayed.", "Half", None),
    # 4. codes and names before the head noun
    ("Two B-1 bombers flew over the peninsula.", "Two", "B-1 bombers"),
    ("The air force ordered 24 F-16 jets.", "24", "F-16 jets"),
    ("The army delivered 14 M1 Abrams tanks.", "14", "M1 Abrams tanks"),
    ("Retailers sold 3 million 8K televisions.", "3 million", "8K televisions"),
    ("The firm bought 40 3D printers.", "40", "3D printers"),
    ("Doctors treated 5 Texas residents.", "5", "Texas residents"),
    ("Some 12 Reuters journalists attended.", "12", "Reuters journalists"),
    ("Twenty Republicans oppose the bill.", "Twenty", "Republicans"),
    ("Three Americans die each day.", "Three", "Americans"),
    ("The company employs 300 Middle East staff.", "300", "Middle East staff"),
    # 5. adjectives right after the number
    ("Divers looked for 12 missing fishermen.", "12", "missing fishermen"),
    ("Medics evacuated 30 wounded soldiers.", "30", "wounded soldiers"),
    ("Talks focused on 8 remaining captives.", "8", "remaining captives"),
    ("Police dispersed 300 striking miners.", "300", "striking miners"),
    ("The quake left 5 dead and 16 missing.", "16", None),
    ("Rescuers found 4 injured.", "4", None),
]


@pytest.mark.parametrize("text,span,counted", COUNTED)
def test_counted(text, span, counted):
    assert counted_of(text, span) == counted
