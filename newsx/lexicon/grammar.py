"""Function words: determiners, pronouns, -ly words that are no adverbs.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Determiners and possessives that open a noun phrase ("the winter report", "a tweet", "her statement").
DETERMINERS = frozenset("a an the its his her their our my your this that these those every each".split())

# Words ending in -ly that are nouns (or "early", "daily", "weekly"), not adverbs ("the family said").
LY_NOT_ADVERBS = frozenset("""family ally rally assembly supply reply apply rely anomaly monopoly bully tally belly
    jelly early daily weekly""".split())

# Words after which a verb form reads as a noun or an adjective ("the planned stop", "its
# newly built plant"): determiners, quantifiers and the adverbs that stand before participles.
NOUN_OPENERS = frozenset(
    """the a an its his her their our my your this that these those some many all no any
    every each more most very newly recently previously originally already""".split()
)

PREPOSITIONS = frozenset(
    """in at on of for with by from to into onto near over under about against between
    among across through during since until after before without within toward towards
    including like than per via throughout amid despite beyond behind around along alongside
    upon outside inside beside besides except""".split()
)

RELATIVE_PRONOUNS = frozenset("which who whom whose".split())

# Conjunctions that open a subordinate clause ("Since the war began, it has ...").
SUBORDINATORS = frozenset("while when after before because although though since if as once unless until".split())

OBJECT_PRONOUNS = frozenset("me us him her them".split())
PLURAL_PRONOUNS = frozenset("i we you they".split())  # and "I": a bare verb after them is a present tense
PERSONAL_PRONOUNS = frozenset("i we you they he she it me us him her them".split())

# Quantifiers that open a noun phrase or a figure ("at least 107", "some of the").
QUANTIFIERS = frozenset("least most more than about some several many few dozens hundreds thousands".split())

# Sentence adverbs: no part of a noun phrase ("the plan, however, ...").
SENTENCE_ADVERBS = frozenset(
    """otherwise however also meanwhile instead therefore thus still even twice once again
    better early earlier later soon ago far so too very almost nearly only then""".split())

# Adverbs that stand inside a verb group ("will now receive", "has not yet"); -ly adverbs too.
VERB_GROUP_ADVERBS = frozenset("not never also now then already still just only soon later first finally n't well".split())

NEGATIONS = frozenset("not never n't".split())

# Function words that are no verb in any form (with the determiners, prepositions and auxiliaries).
NOT_VERB_WORDS = frozenset(
    """not also now then still just only even never there here who which what that and or but
    all both each one two three four five six seven eight nine ten well
    themselves himself herself itself myself ourselves yourselves""".split())

# Word endings of adjectives ("dangerous", "careful", "massive").
ADJECTIVE_SUFFIXES = ("ous", "ful", "less", "ive", "ible", "able", "ic", "ical", "ish")

# Articles.
ARTICLES = frozenset("the a an".split())

# Prepositions that end a noun phrase going leftwards ("*with* the ministry", "*after* the vote").
NP_END_PREPOSITIONS = frozenset("with without in on at by for from into to about after before during under over against among".split())

# Possessive determiners -> the subject pronoun of their owner ("*her* statement" -> "she").
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}

# Quantity words that open a phrase ("*Two* ministers", "*Several* officials") and name no organisation.
QUANTITY_OPENERS = frozenset("one two three four five six seven eight nine ten several many some few both all people".split())
