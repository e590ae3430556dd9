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
