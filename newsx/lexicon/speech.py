"""Speech and reporting verbs: lemmas of saying, their irregular forms, weak lemmas that need a
reported clause, phrasal verbs of speech, verbs of documents, and the reporting verbs news cites as
events.

Source of ``SPEECH_CLASSES``: the member lists of the communication classes of VerbNet 3.x
(say-37.7, manner_speaking-37.3, complain-37.8, advise-37.9, transfer_mesg-37.1, inquire-37.1.2,
confess-37.10, lecture-37.11, conjecture-29.5; University of Colorado Boulder, Kipper-Schuler,
Palmer et al.), freely usable under the VerbNet licence (WordNet-style: use, copy, modify and
distribute with its notice), and the FrameNet frames Statement and Communication_response
(ICSI Berkeley) as a guide to the verbs news reports use that those classes lack. Only lemma names
are taken, picked and grouped by hand; no data file of either resource is copied. Members that are
mostly no speech in news are left out or listed as weak.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

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

# Verbs of saying, as lemmas, by the VerbNet class they belong to (the quotes package builds their
# forms). Members are picked by hand from VerbNet 3.x (see the module docstring); sound verbs that
# are mostly no speech in news ("boom", "hum", "whistle") are left out.
SPEECH_CLASSES: dict[str, str] = {
    # say-37.7: the plain verbs of saying and stating.
    "say-37.7": """say state announce declare claim mention note observe remark report reveal disclose
        reiterate repeat recount proclaim confide blurt blab exclaim insist reply respond retort
        voice utter articulate intimate insinuate convey propose suggest recommend hint add explain""",
    # manner_speaking-37.3: how the words were said (only those news uses for speech).
    "manner_speaking-37.3": """whisper shout yell scream shriek mutter murmur mumble stammer stutter bellow
        holler drawl growl snarl bark hiss groan moan sigh wail whine chant croak rasp chuckle
        chortle cackle crow gush rant splutter sputter laugh sob cry""",
    # complain-37.8: complaining and boasting.
    "complain-37.8": "complain boast brag gripe grouse grumble object protest lament bemoan carp",
    # advise-37.9: warning and advising someone.
    # ("brief", "inform" and "alert" are left out: "officials briefed on", "informed sources" are sources.)
    "advise-37.9": "warn caution advise counsel admonish assure reassure notify instruct",
    # transfer_mesg-37.1 and inquire-37.1.2: telling, asking, writing, quoting, reading out.
    # ("quote" is left out: in "the paper quoted Ann Cole as saying", Ann Cole speaks.)
    "transfer_mesg-37.1": """tell ask inquire enquire write cite read dictate recite relay narrate
        preach tweet post""",
    # confess-37.10: admitting.
    "confess-37.10": "confess admit acknowledge concede",
    # lecture-37.11: commenting on something.
    "lecture-37.11": "comment testify lecture",
    # conjecture-29.5 / assert: asserting and arguing a claim.
    "conjecture-29.5": """assert affirm aver contend maintain argue allege reason posit speculate surmise
        predict estimate reckon opine conclude indicate""",
    # FrameNet Communication_response: answering back and breaking in.
    "Communication_response": "answer counter rejoin rebut interject interrupt continue",
    # FrameNet Statement and Commitment: the verbs of news reports not in the classes above.
    "Statement": """emphasize emphasise stress underscore recall point joke quip tease scoff sniff scold
        chide fume marvel muse wonder concur agree confirm deny describe call promise pledge vow swear
        urge plead implore beg threaten guarantee""",
}

SPEECH_LEMMAS = [lemma for members in SPEECH_CLASSES.values() for lemma in members.split()]

# Verbs that report speech only with their particle ("chimed in", "cut her off", "shot back"): the
# particle may follow an object pronoun; without it the word is no cue (and no verb of saying).
PHRASAL_CUES: dict[str, tuple[str, ...]] = {
    "chime": ("in",), "pipe": ("up",), "cut": ("in", "off"), "shoot": ("back",), "fire": ("back",),
    "hit": ("back",),
}

# Verbs whose prepositional object is what was said, clause or not: "called for an inquiry into
# the crash", "called on voters to stay home".
OBJECT_CUES: dict[str, tuple[str, ...]] = {"call": ("for", "on")}

# Verbs that name their object with the speaker's words, and the words that open the name: called
# the plan *a* fantasy, called it *the* worst deal, described herself *as* a moderate (a quotation
# mark opens it too).
NAMING_CUES: dict[str, tuple[str, ...]] = {"call": ("a", "an", "the"), "describe": ("as",)}

# Lemmas whose final consonant doubles before -ed and -ing ("quipped", "rebutted").
DOUBLING = frozenset("quip admit rebut concur sob".split())

# Forms (the past first) of lemmas that the regular endings (-s, -ed, -ing; -e, -y, -sh/-ch/-s/-x stems; a doubled
# final consonant for DOUBLING, and -lled beside -led) do not give.
IRREGULAR_FORMS = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "read": ("read", "reads", "reading"),
    "swear": ("swore", "sworn", "swears", "swearing"),
    "plead": ("pleaded", "pled", "pleads", "pleading"),
    "cry": ("cried", "cries", "crying"),
    "reply": ("replied", "replies", "replying"),
    "testify": ("testified", "testifies", "testifying"),
    "agree": ("agreed", "agrees", "agreeing"),
    "cut": ("cut", "cuts", "cutting"),
    "shoot": ("shot", "shoots", "shooting"),
    "hit": ("hit", "hits", "hitting"),
    }

# Lemmas whose forms need a following "that"/clause to count (too often not speech otherwise).
WEAK_LEMMAS = frozenset("""call post continue describe answer agree point voice maintain observe counter ask write
    report add find show indicate suggest estimate deny conclude
    read repeat convey utter articulate intimate hint bark hiss laugh sob wail whine croak
    rasp rant growl snarl object protest carp bemoan notify instruct counsel reassure
    admonish cite dictate recite relay narrate preach inquire enquire lecture reason posit
    rejoin rebut interrupt underscore tease wonder swear plead implore beg threaten guarantee
    chime pipe cut shoot fire hit""".split())

# Weak lemmas that report a question, with "whether" or "if" as well as "that" ("asked whether the
# deal would hold", "wondered if the vote was fair").
QUESTION_LEMMAS = frozenset("ask inquire enquire wonder".split())

# Reporting verbs of documents and studies ("the study found", "data show").
DOCUMENT_VERBS = frozenset("found finds showed shows show concluded concludes".split())

# Lemmas whose forms report whatever follows, clause or not ("said the plan, ...").
SAY_LEMMAS = frozenset("say tell".split())

# Lemmas whose present forms take a thing as their subject: "the sign says", "the letter reads".
THING_LEMMAS = frozenset("say tell read".split())

# Verbs that name something with the speaker's words: called it “a hoax”, described as “bold”.
NAMING_FORMS = frozenset(
    """call called calls calling described describes describing expressed expresses expressing dubbed dubbing
    dubs labeled labelled labels termed""".split()
)

# Words right before a quotation that make it a name, a title or a term, not speech: a film
# *titled* “Night Train”, the *so-called* “churn rate”, a ship *nicknamed* “the iron lady”.
NAME_MARKERS = frozenset(
    """titled entitled subtitled nicknamed named renamed so-called self-styled self-described
    dubbed branded billed known""".split()
)
