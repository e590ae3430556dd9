"""Function words: determiners, pronouns, -ly words that are no adverbs.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Determiners and possessives that open a noun phrase ("the winter report", "a tweet", "her statement").
DETERMINERS = frozenset("a an the its his her their our my your this that these those every each".split())

# Words ending in -ly that are nouns (or "early", "daily", "weekly"), not adverbs ("the family said").
LY_NOT_ADVERBS = frozenset("""family ally rally assembly supply reply apply rely anomaly monopoly bully tally belly
    jelly early daily weekly""".split())

PRONOUNS = frozenset("he she they it we i".split())

# Articles.
ARTICLES = frozenset("the a an".split())

# Prepositions that end a noun phrase going leftwards ("*with* the ministry", "*after* the vote").
PREPOSITIONS = frozenset("with without in on at by for from into to about after before during under over against among".split())

# Possessive determiners -> the subject pronoun of their owner ("*her* statement" -> "she").
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}

# Quantity words that open a phrase ("*Two* ministers", "*Several* officials") and name no organisation.
COUNT_WORDS = frozenset("one two three four five six seven eight nine ten several many some few both all people".split())
