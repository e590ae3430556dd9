"""Speech and reporting verbs: lemmas of saying, their irregular forms, weak lemmas that need a
reported clause, verbs of documents, and the reporting verbs news cites as events.

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

# Verbs of saying (and of reporting: "the study found"), as lemmas; the quotes package builds their forms.
SPEECH_LEMMAS = """
say tell add state announce explain note argue insist claim warn write tweet post confirm report
suggest acknowledge admit assert declare emphasize emphasise estimate predict recall remark reply
respond stress urge joke point concede contend maintain observe promise reveal testify pledge caution
complain counter deny indicate mention conclude allege answer boast chant lament quip reiterate shout
vow blurt retort crow sniff stutter scold comment voice recount describe call ask assure confess
agree disclose contend continue concur advise predict proclaim propose speculate surmise recommend
whisper yell exclaim cry muse sigh grumble grouse gush marvel observe opine reckon concede
""".split()

# Forms of lemmas that the regular endings (-s, -ed, -ing; -e, -y, -sh/-ch/-s/-x stems) do not give.
IRREGULAR_FORMS = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "quip": ("quipped", "quips", "quipping"),
    "admit": ("admitted", "admits", "admitting"),
    "cry": ("cried", "cries", "crying"),
    "reply": ("replied", "replies", "replying"),
    "testify": ("testified", "testifies", "testifying"),
    "stutter": ("stuttered", "stutters", "stuttering"),
    "agree": ("agreed", "agrees", "agreeing"),
    "concur": ("concurred", "concurs", "concurring"),
}

# Lemmas whose forms need a following "that"/clause to count (too often not speech otherwise).
WEAK_LEMMAS = frozenset("""call post continue describe answer agree point voice maintain observe counter ask write
    report add find show indicate suggest estimate deny conclude""".split())

# Reporting verbs of documents and studies ("the study found", "data show").
DOCUMENT_VERBS = frozenset("found finds showed shows show concluded concludes".split())

# Lemmas whose forms report whatever follows, clause or not ("said the plan, ...").
SAY_LEMMAS = frozenset("say tell".split())

# Verbs that name something with the speaker's words: called it “a hoax”, described as “bold”.
NAMING_FORMS = frozenset(
    """call called calls calling described describes describing expressed expresses expressing dubbed dubbing
    dubs labeled labelled labels termed""".split()
)
