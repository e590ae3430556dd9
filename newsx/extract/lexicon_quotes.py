"""Vocabulary of reported speech: speech verbs, words between subject and verb, objects of "told"."""
from __future__ import annotations

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

# Common given names with a strong gender reading in English-language news (for "he"/"she" agreement only;
# a name that is not listed simply stays unknown).
FEMALE_GIVEN_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
    katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
    virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
    martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
    denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
    kayla alexis lori caroline anne annie jane julia jaime erin tracy tracey colleen irene valerie wendy
    yvonne sylvia suzanne sheila monica rita leslie kristen kirsten jenna jill joanne josephine louise
    lucy margot melanie meredith molly naomi nora paula penny rosa rose sally stacy tina vanessa vera
    yolanda audrey claire clara eleanor ella ellen elena eva fiona georgia gillian harriet ingrid iris
    isabel ivy jasmine jocelyn kate katie laurie leah lena lydia mandy marianne marion maureen miriam
    nadia natasha nina olga patty priya renee rosemary shannon sonia stella tanya ursula vicki whitney
    zoe chrystia hillary kamala jacinda marine giorgia kristi kirsty justine chantal genevieve sophie
    isabelle nathalie francine sylvie celine manon chloe amelie agnes beatrice svetlana irina yulia
    natalia oksana ana carmen lucia dolores pilar marta""".split()
)
MALE_GIVEN_NAMES = frozenset(
    """james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    doug zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
    austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
    alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis jake tom tim
    jim bob bill mike steve dave dan ben ted fred ed ken greg jeff rob rick ron tony chris nick matt
    andy pete jon al allan allen alvin barry bernard boris brett calvin cameron carlos cecil clarence
    clayton clifford colin craig curtis dale darren dean derek dominic duncan dustin earl edwin eli
    elliott emmanuel felix floyd francis franklin gavin geoffrey glen glenn gordon graham grant guy
    harvey hector herbert howard hugh ian isaac ivan jamie jared jay jerome jimmy joel johnny jonah
    julian karl kurt lance leo leon leonard lewis lloyd luke malcolm marcus mario martin marvin maurice
    max melvin miguel mitchell murray neil nigel norman oliver oscar owen pedro perry phil preston
    randall reginald rex ricardo rodney ross rudy ruben rufus sam seth shane sidney simon stanley stuart
    theodore todd travis trevor troy vernon victor vladimir wade warren wesley xavier yves zach pierre
    francois jean-pierre jacques andre michel luc marc benoit stephane mathieu sergei sergey dmitry
    alexei alexey mikhail nikolai yuri viktor volodymyr xi recep narendra shinzo joko barack mitt bernie
    lindsey chuck mitch rishi keir hans klaus jurgen wolfgang giuseppe marco luigi antonio francesco
    ahmed mohammed muhammad mohamed ali omar hassan hussein khaled mahmoud tariq yusuf ibrahim abdul
    abdullah""".split()
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
