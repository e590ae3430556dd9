"""Words the quote rules look for around a speech verb: the generated speech-verb forms, words between
subject and verb, objects of "told", clause and subject boundaries, description openers.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Words that may stand between a subject and its speech verb ("he also said", "she has said").
BETWEEN_SUBJECT_AND_VERB = frozenset(
    """also has have had would will later previously then further recently earlier repeatedly already
    first once publicly privately again often frequently even still now just only reportedly
    has also had also later also has since had since separately similarly simply initially
    subsequently clearly flatly bluntly openly quickly once again has previously""".split()
)

# Objects of "told" that belong to the cue ("told reporters").
TOLD_OBJECTS = frozenset(
    """reporters journalists media press him her them us me lawmakers senators members parliament
    congress supporters investigators police officials students audience crowd viewers listeners
    colleagues residents""".split()
)

# Prepositions that open an adverbial between the verb and the reported clause ("said in a statement").
ADVERBIAL_PREPOSITIONS = frozenset("in on at during to via through after before from with while over by late early".split())

# Subordinating words that end a subject search going leftwards.
SUBJECT_BOUNDARIES = frozenset(
    """that which who whom whose because although though while whereas when where if unless since as
    but or so than then after before until what how why""".split()
)

# Determiners and quantifiers that open an unnamed source description ("two senior officials").
DESCRIPTION_OPENERS = frozenset(
    """the a an some several many most few two three four five six seven eight nine ten dozens hundreds
    thousands other another both all one this these those its his her their our""".split()
)

PRONOUN_GENDERS = {"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "s"}

# Words that show a finite clause ("said the plant *would* close").
FINITE_WORDS = frozenset(
    """is are was were will would could can may might should must shall has have had did does do
    am be been being isn't aren't wasn't weren't won't wouldn't couldn't can't cannot shouldn't mustn't
    hasn't haven't hadn't didn't doesn't don't
    went came took made gave got saw knew thought told said left fell rose won lost ran began became
    brought bought built caught chose drove ate fought found flew forgot grew held kept led met paid
    sent shot sold spent stood struck swore taught threw understood woke wore wrote broke felt heard
    meant sat slept spoke stole tore sank sang swam hid bit blew drew froze hung lay rode shook
    sought sprang stuck stung swept swung wept withdrew""".split()
)

# Words that open a clause when they come first ("said *he* ...", "said *there* ...").
CLAUSE_SUBJECTS = frozenset("he she they we i it there this these those you".split())

# Words that cannot head a noun phrase (determiners, possessives, prepositions, conjunctions, adjectives of degree).
NOT_HEADS = frozenset(
    """the a an this that these those his her its their our my your some any many much more most few
    several each every other another such no all both either neither one two three four five six seven
    eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
    of in on at by for from with to into and or but as than then also just only even very
    not new old former said""".split()
)

# Auxiliaries of a progressive speech verb ("the ministry *is* saying").
PROGRESSIVE_AUX = frozenset("is are was were been be isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())

# Words that open a subordinate clause ("*While* prices rose, Cole said, ...").
FRONTED_SUBORDINATORS = frozenset("while when whereas although though if because as since after before unless until once".split())

# Auxiliaries among BETWEEN_SUBJECT_AND_VERB that are not skipped after a cue ("said he *would* ...").
UNSKIPPED_AUXILIARIES = frozenset("has have had would will".split())

# Words before a date that an attribution skips after its cue ("said *on* Monday", "said *late* Tuesday").
CUE_DATE_PREPOSITIONS = frozenset("on in at by around last this late early earlier later".split())

# Time adverbials after a cue ("said *late last week*", "said Tuesday *morning*", "said *yesterday*").
TIME_PREFIXES = frozenset("on last this early late earlier later".split())
DAY_PARTS = frozenset("morning afternoon evening night".split())
DEICTIC_WORDS = frozenset("yesterday today tonight".split())
PERIODS = frozenset("week month year morning afternoon evening night weekend spring summer fall autumn winter".split())
# Month abbreviations of news style, as written (capitalised, with their period).
MONTH_ABBREVIATIONS = ("Jan.", "Feb.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.")

# Objects before "to" that make an infinitive, not a clause ("urged *residents* to", "told *the public* to").
INFINITIVE_OBJECTS = frozenset(("him", "her", "them", "us", "me", "everyone", "people", "the public"))

# Words that open no reported clause right after a cue ("said *to* ...", "told *of* ...").
NO_CLAUSE_OPENERS = frozenset("to of about so and or but by for as".split())

# Prepositions whose phrase holds nouns, not verbs ("call *for* more buses").
PHRASE_PREPOSITIONS = frozenset("of for about".split())

# Clause openers that open a clause only as its first word, not after an adverbial ("said in *this* ...").
WEAK_CLAUSE_OPENERS = frozenset("this these those it you".split())

# Prepositions joining a person to the body they speak for ("Ola Berg *with* the Water Board").
AFFILIATION_PREPOSITIONS = frozenset("with of from at for".split())

# Unnamed informed sources: "[two] [senior] officials familiar with the matter", "a person close to the talks".
INFORMED_DETERMINERS = frozenset("an a one two three four several some other the those many".split())
INFORMED_SOURCES = frozenset(
    """people persons person sources source officials official someone insiders insider diplomats diplomat
    individuals individual aides aide advisers adviser advisors advisor negotiators negotiator""".split()
)
INFORMED_LINKS = frozenset((
    "familiar with", "close to", "briefed on", "knowledgeable about", "with knowledge of", "with direct knowledge of",
    "involved in", "aware of", "who spoke on condition of anonymity about",
    # where they serve: "officials in Kyiv", "a source at the ministry", "diplomats from both sides"
    "in", "at", "from", "inside",
))
# What ends an anonymous source's description, with no object: "a person who asked not to be named".
INFORMED_TAILS = frozenset((
    "who spoke on condition of anonymity", "who spoke on the condition of anonymity", "who requested anonymity",
    "who asked not to be named", "who asked not to be identified", "who declined to be named",
    "who declined to be identified", "who was not authorized to speak publicly",
    "who were not authorized to speak publicly", "not authorized to speak publicly",
))
INFORMED_OBJECT_DETERMINERS = frozenset("the this these their his her its".split())

# Openers of a description that refer to something named before, not to a source ("*this* week").
NOT_DESCRIPTION_OPENERS = frozenset("this that these those its his her their our".split())

# Prepositions after a role that make it a description ("the mayor *of* Lakeport").
ROLE_PREPOSITIONS = frozenset("of for at".split())

# Words that end the subject after an inverted verb ("said Ann Cole *when* ...").
SUBJECT_AFTER_BOUNDARIES = frozenset("who which that when while as in on".split())

# What may follow a name after an inverted verb ("said Ann Cole *in* a statement").
NAME_END_WORDS = frozenset("in on at during after before of from who with to when while as".split())

# The writer's own pronouns: the writer speaking is no source.
WRITER_PRONOUNS = frozenset("i we".split())

# Copulas: "Cole *was* ..." shows no action of a person.
COPULAS = frozenset("was is were are be".split())

# Labels of page furniture lines ("READ MORE: ..."), as written (upper case).
FURNITURE_LABELS = ("READ MORE", "WATCH", "RELATED", "LISTEN", "VIDEO", "PHOTO", "PHOTOS", "SEE ALSO", "MORE",
                    "CLICK HERE", "SUBSCRIBE")

# Conjunctions that open a new clause after a comma (", *and* according to the city, ...").
CLAUSE_CONJUNCTIONS = frozenset("and but yet while".split())

# Coordinators before a subordinate clause ("*But* while prices rose, ...").
COORDINATORS = frozenset("but and yet so".split())

# Words after ", said X," that do not go on with the clause before the cue.
NOT_CONTINUATIONS = frozenset(
    """who which whose whom where when while the a an and but or adding saying noting according as after
    before because although though since""".split()
)

# Auxiliaries of a passive ("he *was* quoted as saying").
PASSIVE_AUX = frozenset("was is were are been".split())

# Prepositions before a participle cue ("*by* saying", "*after* noting").
PARTICIPLE_PREPOSITIONS = frozenset("by from after before while without when".split())

# Nouns of statements before a participle cue ("a *statement* saying", "an *email* noting").
STATEMENT_NOUNS = frozenset("statement letter release interview email e-mail tweet post note memo message video speech".split())

# Words joining a second verb to the subject of the first ("Cole urged members to vote, *and* said ...").
VERB_CONJUNCTIONS = frozenset("and then but".split())

# People or offices that speak for their owner ("*his lawyer* said", "*her office* said").
REPRESENTATIVES = frozenset("lawyer lawyers spokesperson spokesman spokeswoman office".split())

# Relative pronouns that open no title after a name ("said Ann Cole, *who* ...").
NAME_RELATIVES = frozenset("who which".split())

# Possessives of an organisation before a title ("*Its* spokesman, Tom Reyes, said").
ORGANIZATION_POSSESSIVES = frozenset("its their".split())

# Words before a plural object of an infinitive ("urged *all* members to", "told *fellow* pilots to").
INFINITIVE_OBJECT_OPENERS = frozenset("the all fellow".split())

# Words that open the object of a naming verb ("called *it* a", "called *the* plan a", "called *half* of").
NAMED_OBJECT_OPENERS = frozenset(
    """it him her them me us you himself herself themselves itself myself ourselves this that these those
    the his its their our my your half some many most all both each""".split()
)

# Words after "a" or "the" that make a time or a count, not a name: called her *a second time*,
# called the police *the next day*, called them *a few times*.
NOT_NAME_WORDS = frozenset(
    """day days night nights week weeks month months year years time times minute minutes hour hours
    moment morning afternoon evening weekend second third fourth fifth next following same previous
    other few couple dozen number lot bit while""".split()
)

# Labels that open a headline before a colon and name no speaker ("Exclusive: ...", "Live updates: ...").
HEADLINE_LABELS = frozenset(
    """exclusive analysis update updates watch live breaking opinion editorial review explainer video videos
    photo photos gallery podcast correction clarification latest factbox timeline recap preview obituary
    letters letter commentary interview transcript quiz listen read more related sponsored advertisement
    feature features column newsletter""".split()
)

# Heads of descriptions of things that "say" or "read" (signs, laws, works, figures): "the handwritten
# sign", "the new law", "the official tally" are never an epithet of the person an article is about.
THING_HEADS = frozenset(
    """sign signs label banner caption headline slogan motto inscription plaque placard card note text
    law bill act rule rules policy guideline guidelines agreement deal contract treaty plan proposal
    budget draft constitution charter film movie song video show series programme program episode
    app software system site page map chart graph table list tally count total index forecast model
    verdict finding findings result results evidence data figure figures number numbers statistics
    story article column editorial headline news broadcast ad advert advertisement campaign message
    warning alert notice advisory update feed account""".split()
)
