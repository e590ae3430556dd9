"""Vocabulary of reported speech: speech verbs, words between subject and verb, objects of "told"."""
from __future__ import annotations

from .lexicon_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES  # noqa: F401 - quotes reads them as lex.*

# Verbs of saying (and of reporting: "the study found"), as lemmas; forms are generated below.
SPEECH_LEMMAS = """
say tell add state announce explain note argue insist claim warn write tweet post confirm report
suggest acknowledge admit assert declare emphasize emphasise estimate predict recall remark reply
respond stress urge joke point concede contend maintain observe promise reveal testify pledge caution
complain counter deny indicate mention conclude allege answer boast chant lament quip reiterate shout
vow blurt retort crow sniff stutter scold comment voice recount describe call ask assure confess
agree disclose contend continue concur advise predict proclaim propose speculate surmise recommend
whisper yell exclaim cry muse sigh grumble grouse gush marvel observe opine reckon concede
""".split()

# Irregular or consonant-doubling forms.
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


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma in IRREGULAR_FORMS:
        return (lemma,) + IRREGULAR_FORMS[lemma]
    if lemma.endswith("e"):
        return lemma, lemma + "d", lemma + "s", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma, lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"
    if lemma.endswith(("sh", "ch", "s", "x")):
        return lemma, lemma + "ed", lemma + "es", lemma + "ing"
    return lemma, lemma + "ed", lemma + "s", lemma + "ing"


SPEECH_FORMS: dict[str, str] = {}
for _lemma in SPEECH_LEMMAS:
    for _form in _forms(_lemma):
        SPEECH_FORMS.setdefault(_form, _lemma)
for _form in DOCUMENT_VERBS:
    SPEECH_FORMS.setdefault(_form, "find")
SPEECH_FORMS["point out"] = "point"

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
    """that which who whom whose because although though while when where if unless since as but or so
    than then after before until what how why""".split()
)

# Determiners and quantifiers that open an unnamed source description ("two senior officials").
DESCRIPTION_OPENERS = frozenset(
    """the a an some several many most few two three four five six seven eight nine ten dozens hundreds
    thousands other another both all one this these those its his her their our""".split()
)

SUBJECT_PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "s"}

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
CLAUSE_OPENERS = frozenset("he she they we i it there this these those you".split())

# Words that cannot head a noun phrase (determiners, possessives, prepositions, conjunctions, adjectives of degree).
NOT_HEADS = frozenset(
    """the a an this that these those his her its their our my your some any many much more most few
    several each every other another such no all both either neither one two three four five six seven
    eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
    of in on at by for from with to into and or but as than then also just only even very
    not new old former said""".split()
)


# Auxiliaries of a progressive speech verb ("the White House *is* saying").
PROGRESSIVE_AUX = frozenset("is are was were been be isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())

# Words that open a subordinate clause ("*While* some couples collapse ..., Rutledge said, ...").
SUBORDINATORS = frozenset("while when whereas although though if because as since after before unless until once".split())

# Roles that name unnamed sources: "the official" does not refer back to a named person.
ANONYMOUS_ROLES = frozenset("official officer source witness expert analyst observer insider".split())

# One-word names of institutions that speak as such ("the Pentagon said"), never people.
INSTITUTIONS = frozenset(
    """pentagon kremlin vatican congress parliament senate knesset bundestag duma politburo
    interpol europol nasa unicef unesco""".split()
)
