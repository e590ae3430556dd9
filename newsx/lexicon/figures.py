"""Words the figures rules look for around a number: qualifiers, open-range tails, name heads,
stop words of counted phrases, score and period cues.

Data only: no rule code. The determiner and verb-form lists are built from ``lexicon.grammar`` and
``lexicon.verbs`` (data modules that import nothing), naming how they differ from them. Keys are
lower case unless noted.
"""
from __future__ import annotations

from .grammar import DETERMINERS
from .verbs import IRREGULAR_PARTICIPLE, IRREGULAR_PAST_ONLY, IRREGULAR_PAST_PARTICIPLE

# Superlatives that make an ordinal news-relevant ("third-largest", "second biggest").
RANK_WORDS = frozenset(
    """largest biggest smallest highest lowest greatest most least best worst richest poorest
    busiest deadliest oldest youngest longest tallest strongest fastest heaviest costliest""".split()
)

ANNIVERSARY = frozenset({"anniversary", "birthday", "consecutive", "straight"})

# Qualifiers before a figure, longest first when matched. Verbs of exceeding count as "more than".
QUALIFIERS: tuple[str, ...] = tuple(sorted(
    (q.strip() for q in
    """at least|at most|more than|less than|fewer than|no more than|no less than|no fewer than|
    not more than|not less than|up to|as many as|as much as|as few as|as little as|about|around|
    approximately|roughly|nearly|almost|over|under|some|just over|just under|well over|well under|
    close to|closer to|an estimated|estimated|above|below|upwards of|in excess of|greater than|
    higher than|lower than|larger than|smaller than|bigger than|exceed|exceeds|exceeded|exceeding|
    surpass|surpasses|surpassed|surpassing|more or less|approx|approx.|circa|c.|an average of|
    average of|a maximum of|a minimum of|maximum of|minimum of|a total of|only|just|exactly|
    precisely|barely|a mere|a whopping|well above|well below|just above|just below|
    slightly more than|slightly less than|far more than|many more than|not quite|a little over|
    a little under|beyond|less than or equal to|fewer than or equal to|more than or equal to|
    greater than or equal to|higher than or equal to|lower than or equal to|equal to or less than|
    equal to or fewer than|equal to or more than|equal to or greater than|equal to or higher than|
    equal to or lower than""".replace("\n", " ").split("|")
     if q.strip()),
    key=len, reverse=True))

# Closing markers of an open range ("500 or more").
OPEN_RANGE_TAILS: dict[str, str] = {
    "or more": "low", "and more": "low", "or above": "low", "and above": "low", "or over": "low",
    "and over": "low", "or higher": "low", "and up": "low",
    "or less": "high", "or fewer": "high", "and less": "high", "or below": "high", "and under": "high",
    "or under": "high", "and below": "high", "or lower": "high", "or greater": "low",
}

# Words after which a bare number names a thing rather than counts ("Route 66", "Article 5").
NAME_HEADS = frozenset(
    """route highway interstate article section chapter flight windows apollo no no. number room
    gate terminal platform exit level phase stage category class type model version pier unit
    building block lot bus train channel vol volume page paragraph resolution proposition amendment
    bill act title form schedule grade ward district precinct pillar clause rule item figure table
    episode season series verse psalm track iphone galaxy pixel boeing airbus tupolev
    antonov ilyushin sukhoi mig cessna embraer bombardier covid sars cat mark xbox playstation
    formula tier code zone sector camp bay station hall road street avenue lane wing
    division brigade regiment battalion squadron corps fleet""".split()
)

# Words that end a counted noun phrase.
STOP_WORDS = frozenset(
    """a an the this that these those it its it's he she they we you i me him her them us our your
    their his my who whom whose which what when where why how whether if than then there here
    and or but nor so yet for of in on at to from by with without within into onto over under
    about above below after before since until till during against among between through across
    per via as like unlike near off out up down upon toward towards beyond behind amid amidst
    is are was were be been being am have has had having do does did done will would shall should
    can could may might must ought not no nor never also only just even still already ever again
    too very more most less least much many few fewer some any all each every both either neither
    other another such own same said says say told according including includes include included
    while although though because unless whereas once now today yesterday tomorrow ago later
    earlier last next first percent per cent
    pct times time killed wounded injured dead died arrested hurt missing
    left remained remain remains lost won rose fell rising falling increased decreased
    respectively apiece each altogether total overall worth aboard ago soon
    back ahead apart alone instead together away along alongside beside inside outside past around throughout
    toward across onto
    goes comes seems makes takes gets gives shows needs wants means becomes faces lacks""".split()
)

# Nouns of an amount: after "5m" they take millions ("a 5m increase"), not metres ("a 5m wall").
AMOUNT_NOUNS = frozenset("""increase rise fall drop cut loss profit deficit surplus budget fund deal contract
    population audience turnover revenue worth debt bill fine award bonus payout stake investment""".split())

# Endings of plural nouns of people ("employees", "workers", "journalists", "civilians", "migrants").
PEOPLE_ENDINGS = ("ees", "ers", "ors", "ists", "ians", "ants", "ents")
PEOPLE_PLURALS = frozenset("people children men women personnel police staff troops crew crews".split())

# Plurals without -s that modify a plural noun after them ("police officers", "staff members").
MODIFIER_PLURALS = frozenset("police staff cattle sheep fish aircraft personnel".split())

# Irregular plurals: a counted noun phrase ends at them as at a regular plural.
IRREGULAR_PLURALS = frozenset(
    """people children men women personnel police staff troops cattle sheep fish aircraft
    feet teeth mice geese""".split()
)

# Nouns after which a number names an item in a sequence ("day five", "Group 3", "round 2").
NAMING_NOUNS = frozenset(
    """day week round stage game match leg phase part chapter episode season series volume act
    scene grade level group class category number no heat lap hole race section article junction exit gate
    platform terminal pier berth""".split()
)

DETERMINERS_BEFORE_ONE = frozenset(
    """the this that which each any every no another someone anyone no-one everyone
    little big only last same such one's whichever a an""".split()
)

# Verbs and nouns that make "X-Y" a score rather than a range ("won 2-1").
SCORE_CUES = frozenset(
    """won win wins beat beats beaten defeated defeat lost lose loses draw drew drawn victory score
    scored scoreline lead led leads trailing trail trailed vote voted votes margin""".split()
)

# Qualifiers that bound a figure from above or below ("at most 80 and at least 30" is a range), in
# words and in signs.
UPPER_BOUNDS = frozenset({"at most", "up to", "no more than", "not more than", "less than", "fewer than",
                          "under", "below", "as many as", "as much as", "a maximum of", "maximum of",
                          "smaller than", "lower than", "less than or equal to", "fewer than or equal to",
                          "lower than or equal to", "equal to or less than", "equal to or fewer than",
                          "equal to or lower than"}) | frozenset(("<", "<=", "< =", "≤", "⩽"))

LOWER_BOUNDS = frozenset({"at least", "more than", "no less than", "not less than", "no fewer than", "over",
                          "above", "a minimum of", "minimum of", "upwards of", "in excess of", "greater than",
                          "larger than", "bigger than", "higher than", "more than or equal to",
                          "greater than or equal to", "higher than or equal to", "equal to or more than",
                          "equal to or greater than", "equal to or higher than"}) \
    | frozenset((">", ">=", "> =", "≥", "⩾"))

# Qualifiers that make a figure after a verb of change the level passed, not the change: "soared
# above 3,000", "sank below 5%" (but "rose more than 3%", "fell nearly 2%" are changes).
LEVEL_QUALIFIERS = frozenset({"above", "below", "under", "beyond", "well above", "well below", "just above",
                              "just below"})

# Comparison signs before a figure (">30", ">= 30", "≤ 20"), kept as its qualifier; "<>", "=>" and
# "=<" are no comparison.
SIGN_QUALIFIERS = frozenset({"<", ">", "≤", "≥", "⩽", "⩾"})

# Nouns of change: "an increase of $2 billion", "a 5% rise" (the amount is a change), "a rise from 5%
# to 7%" (two levels). Not "loss" ("a loss of $5 million" is a sum, not a movement), nor "climb",
# "dip", "slide", "plunge" (a walk, a swim, a toy, a dive as often as a change).
CHANGE_NOUNS = frozenset(
    """increase increases rise rises drop drops fall falls decline declines cut cuts reduction reductions
    decrease decreases gain gains jump jumps hike hikes raise raises growth surge slump boost
    contraction""".split()
)

# Determiners skipped in "51 of the airlines".
POSSESSIVES = frozenset({"the", "its", "their", "his", "her", "our", "your", "my"})

# Words kept at the start of a counted phrase ("189 other galleries").
PRE_MODIFIERS = frozenset({"other", "more", "additional", "extra", "further"})

# Words that make "45C" a temperature rather than a code.
HEAT_WORDS = frozenset("""temperature temperatures heat heatwave heatwaves hot cold warm warmer warming degrees
    thermometer thermometers mercury highs lows high low freezing frozen frost frosts frosty icy chill chilly
    windchill scorching sweltering hotter hottest colder coldest warmest cooler coolest weather celsius
    fahrenheit climate""".split())

# Words before "half" or "quarter" that make it a period of time ("the first quarter").
PERIOD_BEFORE = frozenset("""the this that last next first second third fourth final fiscal each every per
    latest previous same past straight consecutive successive""".split())

# Words that may follow a vague count with no noun ("hundreds were detained").
VAGUE_FOLLOWERS = frozenset("""were are have had will would could more upon who which that
    in at on across from attended joined gathered marched died fled""".split())

# Second parts of idiomatic number compounds ("two-way", "five-star", "one-off").
IDIOM_COMPOUNDS = frozenset("""way front alarm star fold sided time timer off on dimensional shot
    seater wheeler decker pounder footer hander liner nighter setter""".split())

GROUP_HEADS = frozenset({"group", "gang", "club", "band"})  # "the Group of 20", "Gang of Four"

# Words before a number that make it an age ("aged 14", "age 87").
AGE_WORDS = frozenset({"age", "aged"})

# Words after "1.8m" that make the m metres rather than millions.
METRE_CUES = frozenset({"tall", "high", "long", "deep", "wide", "away", "below", "above", "race",
                        "hurdles", "freestyle", "sprint", "dash", "relay", "backstroke", "breaststroke",
                        "butterfly", "medley", "final", "high-rise"})

# Words glued to a number that make it a clock time ("6pm", "1030 GMT").
CLOCK_SUFFIXES = frozenset({"am", "pm", "a", "p", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "bst",
                          "o'clock", "hrs", "h"})

# Words that end a street address ("12 Oak Street").
STREET_WORDS = frozenset("""street st road rd avenue ave lane ln drive dr boulevard blvd way place pl court ct
    terrace square crescent close highway parkway""".split())

# Qualifiers after which a four-digit number before a plural is a count, not a year ("more than 1500 people").
COUNT_QUALIFIERS = frozenset(q.strip() for q in """at least|more than|nearly|almost|some|up to|as many as|
    fewer than|less than|an estimated|approximately|roughly|about|around|over|upwards of|close to|
    a total of""".replace("\n", "").split("|"))

# Words ending in -er that are no comparative after "times" ("three times per ...", "ten times under").
COMPARATIVE_EXCEPTIONS = frozenset("under after later never either other whether number together".split())

# Sports idiom: "doubled the lead", "doubled their advantage" is a second goal, not a multiple.
SCORE_LEADS = frozenset("lead advantage tally score margin account".split())

# Endings after an apostrophe that make a verb of the word before ("isn't", "they're").
CONTRACTION_ENDS = frozenset({"t", "re", "ve", "ll", "d", "m"})

# Marks after which a word starts a sentence, a clause or a quotation (no capitalised name then).
SENTENCE_MARKS = frozenset(".!?\"“”‘'(:;—–-")

# Words before a lower-case "may" that make it the month of the day after it ("in may 4"; "they may
# 4" is a verb); a capital "May" or an ordinal day always makes a date.
DAY_OF_MAY_BEFORE = frozenset({"in", "on", "of", "since", "until", "by", "from", "early", "late", "mid"})

# Words before a day whose month follows: "on 4 May", "the 4 of May".
DAY_BEFORE_MONTH = frozenset({"on", "the", "from", "by", "until", "since"})

# Time zones and hour marks after a clock time written in four digits ("1400 GMT", "0930 hrs").
ZONE_WORDS = frozenset({"gmt", "utc", "hrs", "h", "z", "edt", "est", "bst", "cet"})

# Letters glued to a number that make no code ("5s", "3x", "40pc", "50bps", "10km2").
CODE_SUFFIXES = frozenset({"s", "x", "km2", "pc", "bps", "bp", "pp", "ppt", "ppts"})

# Abbreviations before "." and a number that make the number a name ("No. 5", "Vol. 3", "pp. 12").
LIST_ABBREVIATIONS = frozenset({"no", "nos", "vol", "art", "sec", "p", "pp"})

# Words after "the NNN" (directly or after "that"/"which") that make it one thing, a model ("the
# 747 was grounded"), or many, a quantity that refers back ("the 400 that remain"): verbs agree.
SINGULAR_VERBS = frozenset({"is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't"})
PLURAL_VERBS = frozenset({"are", "were", "have", "do", "aren't", "weren't", "haven't", "don't"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
# Adverbs that may stand between a relative word and its verb ("which still flies").
CLAUSE_ADVERBS = frozenset({"still", "now", "first", "already", "also", "only", "never", "ever", "once",
                            "later", "then", "just", "recently", "originally"})

# Nouns a photo, page or slide counter follows ("photo 1 of 4", "page 3 of 12", "slide 2/10").
COUNTER_NOUNS = frozenset("""photo photos image images picture pictures slide slides page pages
    video videos clip clips gallery item items part step question card frame panel shot""".split())

# Nouns before a number that make it an identifier, not a quantity ("story 4419111", "case 4512",
# "ticket 88", "version 2.1"): a number after them counts only a plural noun ("order 12 jets").
ID_NOUNS = frozenset("""id story case order ticket invoice account reference ref serial docket file patent
    flight code pin badge claim registration passport licence license listing lot version ver release
    build update patch firmware edition issue""".split())

# Emergency telephone numbers, no figures after a word of calling ("calls to 911", "dial 112").
EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000", "111", "101", "110", "119", "100"})

# Words before a phone number ("call 555 0143", "tel: ...", "hotline 0800 ...").
PHONE_CUES = frozenset("""tel tel. telephone phone phones call calls calling called fax hotline helpline mobile cell
    whatsapp dial dials dialling dialing dialled dialed ring rang text sms""".split())

# The words of the qualifiers, which start no name ("About 300" is no "Airbus 300").
QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())

# Name heads that make a name even in lower case ("route 66", "exit 12").
LOWER_CASE_NAME_HEADS = frozenset({"route", "highway", "exit"})

# Words after a hyphenated number that make it vague, no count ("20-odd", "30-something", "50-plus").
VAGUE_COMPOUNDS = frozenset({"odd", "something", "plus"})

# Endings of the adjectives a hyphenated number makes ("three-dimensional", "two-tiered").
COMPOUND_ADJECTIVE_ENDINGS = ("al", "ic", "ed", "ing", "ly")

# Words a comparison goes on with after "twice", "double", "N times" ("twice as many", "three
# times the size", "double that of", "ten times more").
COMPARISON_STARTS = frozenset({"as", "the", "that", "more", "less", "over"})

# --- the end of a counted noun phrase --------------------------------------------------------------

# Irregular verb forms that are also nouns or adjectives ("a 5% cut", "2 set pieces", "3 shot
# dead", "a 10-point lead", "5 billion won"): no verb that ends a counted phrase.
NOUN_VERB_FORMS = frozenset(
    """bet bid broadcast burst cost cut forecast ground hit hurt lay left lost put quit read recast
    run set shed shot slit spat split spread thrust upset wound won beat bore dove fell rose
    drunk""".split()
)

# Irregular past participles: after the noun they start a clause ("heroin hidden in a van", "grain
# stolen from a depot"); right after the number, before a noun, they are adjectives ("20 known
# cases", "3 stolen cars"). Not the forms that are also nouns; with some forms lexicon.verbs lacks.
PHRASE_END_PARTICIPLES = (IRREGULAR_PARTICIPLE | IRREGULAR_PAST_PARTICIPLE
                          | {"bound", "learnt", "mistaken", "spilt"}) - NOUN_VERB_FORMS

# Adverbs of time, frequency and place that follow a counted noun without belonging to it ("3 inches
# of snow overnight", "500 milligrams of the drug twice daily", "40 km of road nationwide"); right
# after the number, before a noun, some are adjectives ("3 overnight flights", "2 overseas bases").
# Most such adverbs ("today", "ago", "again", "each", "here") are stop words already.
PHRASE_END_ADVERBS = frozenset(
    """twice thrice overnight tonight abroad overseas offshore onshore onward onwards afterwards
    afterward meanwhile everywhere nowhere somewhere anywhere nationwide worldwide statewide citywide
    countrywide downstream upstream uphill downhill indoors outdoors underground upstairs downstairs
    north south east west northeast northwest southeast southwest northward southward eastward
    westward""".split()
)

# Nouns in -ly: an -ly word ends a counted phrase as an adverb ("3 inches of rain weekly"), but these
# are nouns ("5 family members", "two state assembly seats", "1,000 tonnes of food supply").
LY_NOUNS = frozenset(
    """family assembly supply ally rally monopoly anomaly belly jelly lily bully folly reply fly
    butterfly dragonfly firefly homily gully""".split()
)

# Words of state that end a count said as a predicate ("5 dead and 16 missing", "left 12 injured")
# but are adjectives before a noun ("16 missing residents", "40 wounded soldiers").
ATTRIBUTIVE_STATES = frozenset({"missing", "wounded", "injured", "dead", "lost", "hurt"})

# Determiners between "of" and the counted noun ("half of all adults", "a third of these schools",
# "two-thirds of those polled"), with the possessives and "the". Not "a"/"an" ("93% of a unit": a
# share of one thing, no count of units), nor "each"/"every".
OF_DETERMINERS = DETERMINERS - {"a", "an", "each", "every"} | {"all"}

# Words before a number that make a measure after it attributive, measuring the noun that follows
# ("a 30m footbridge", "its 40 km pipeline", "the 100m final", "these 5 km roads"), not "ran 30 km
# yesterday".
MEASURE_DETERMINERS = DETERMINERS | {"another"}

# A measure joined to an adjective of size ("a 5-mile-long tunnel", "a 3-foot-tall fence"): the
# measure measures the noun after the adjective.
SIZE_ADJECTIVES = frozenset({"long", "tall", "wide", "deep", "high", "thick", "thin", "broad", "heavy",
                             "across"})

# Irregular past tenses that are no participles or nouns: a verb, never part of a counted phrase
# ("half of the money went to schools", "2,000 tonnes of aid came in").
PHRASE_END_PASTS = IRREGULAR_PAST_ONLY - NOUN_VERB_FORMS
