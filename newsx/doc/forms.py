"""Verb forms of a word type: what a word's own letters tell of it, before its neighbours are read.

Computed once per distinct text (``tokens.word_flags`` adds ``type_bits`` to a word's flags), so
that the clause layer (``clauses``) looks at the neighbours of a few candidate words only:
1. ``base_of``: the known base verb behind a form ("planned" -> "plan", "stopping" -> "stop",
   "carries" -> "carry"); "planes" is no "plan" + "es";
2. ``is_regular_past``: an ``-ed`` form of four letters or more that is no noun or adjective
   ("need", "hundred", "alleged") and no ``-eed`` word;
3. type bits (``type_bits``), in the order ``clauses`` tests them:
   ``CLAUSE_MARK`` the marks clauses are read from, with the words and numbers (not `.`, `'`, `$`,
   quotation marks);
   ``VERB_FORM`` a word that may be a trigger by its form: a past form, a participle, a form of a
   known verb, a reporting verb or an event noun (never an auxiliary, a stative verb or a function word);
   ``OPEN_WORD`` any other lower-case word, which is a verb only where nothing else can stand
   (after a modal or a plural pronoun: "they skyrocketed"... "will reshuffle");
   ``VERB_SLOT`` the words after which such a word is a verb (modals, "i we you they who", forms of `be`);
   ``ADVERB`` an adverb inside a verb group ("will now receive", "has unexpectedly won");
4. word classes (``class_bits``, bits 30 and up), so that the clause layer finds its few
   candidates among all words, and the rules test a word's class, without a set lookup per word:
   ``DOTTED`` a word with a period in it ("Corp.", "U.S"), ``CUT_WORD`` a word a clause may start
   at (a clause opener, `but`, `and`, `as`, `that`), ``CUT_AFTER`` a mark a clause may start after
   (`; : , -- — –`), ``AUX`` an auxiliary or modal (``is_aux``), ``REGULAR_PAST``
   (``is_regular_past``), ``PAST_FORM`` that or an irregular past form, ``HAS_BASE`` a form of a
   known verb (``base_of``), ``NEGATIVE`` a negation (`not`, `never`, `-n't`), ``OPINION_WORD``
   an opinion verb, ``NOT_NAME`` a word no name is made of (``lexicon.names.NOT_NAMES``),
   ``NAME_LINK`` a word inside a name (`of`, `de`), ``PHRASE_END`` a word no noun phrase runs
   through (a conjunction, an auxiliary, a preposition but `of` and name links),
   ``LINK_PREPOSITION`` a preposition that is also a name link (`for`), ``VERB_LIKE`` a word that
   ends a noun phrase when lower case (a past or reporting form, an opinion, a verb, a sentence
   adverb, an object pronoun).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Final

from ..lexicon.events import CLAUSE_OPENERS, EVENT_NOUNS, NAME_LINKS, PHRASE_STOPS
from ..lexicon.grammar import LY_NOT_ADVERBS, NEGATIONS, NOT_VERB_WORDS, NOUN_OPENERS, OBJECT_PRONOUNS, \
    PLURAL_PRONOUNS, PREPOSITIONS, SENTENCE_ADVERBS, VERB_GROUP_ADVERBS
from ..lexicon.names import NOT_NAMES
from ..lexicon.speech import REPORTING
from ..lexicon.verbs import (AUXILIARIES, BE_FORMS, IRREGULAR_PARTICIPLE, IRREGULAR_PAST, MODALS, NOT_PAST_ED, OPINION,
                             STATIVE, VERBS)

# Bits of ``tokens.Words.flags`` (25-43), set from a word's text alone.
VERB_FORM: Final = 1 << 25
OPEN_WORD: Final = 1 << 26
VERB_SLOT: Final = 1 << 27
ADVERB: Final = 1 << 28
CLAUSE_MARK: Final = 1 << 29
# Bits 30 and up: word classes (``class_bits``); the clause layer reads them again for a word it undots.
DOTTED: Final = 1 << 30
CUT_WORD: Final = 1 << 31
CUT_AFTER: Final = 1 << 32
AUX: Final = 1 << 33
PAST_FORM: Final = 1 << 34
HAS_BASE: Final = 1 << 35
NEGATIVE: Final = 1 << 36
OPINION_WORD: Final = 1 << 37
NOT_NAME: Final = 1 << 38
NAME_LINK: Final = 1 << 39
PHRASE_END: Final = 1 << 40
LINK_PREPOSITION: Final = 1 << 41
VERB_LIKE: Final = 1 << 42
REGULAR_PAST: Final = 1 << 43
WORD_CLASSES: Final = (CUT_WORD | CUT_AFTER | AUX | PAST_FORM | HAS_BASE | NEGATIVE | OPINION_WORD | NOT_NAME
                       | NAME_LINK | PHRASE_END | LINK_PREPOSITION | VERB_LIKE | REGULAR_PAST)

# The marks clauses are read from: the others (periods, apostrophes, symbols, quotation marks) are skipped.
CLAUSE_MARKS: Final = frozenset(";:,()—–!?") | {"--"}

_SUFFIXES: Final = (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                    ("ied", "y"))


@lru_cache(maxsize=8192)
def base_of(low: str) -> str | None:
    """The known base verb behind an inflected form, or None."""
    if low in VERBS:
        return low
    for suffix, repl in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            stem = low[: -len(suffix)] + repl
            if suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh", "o")):
                continue  # "planes" is not "plan" + "es"
            if stem in VERBS:
                return stem
            # Doubled consonant: "planned", "stopping".
            if suffix in ("ed", "ing") and not repl and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in VERBS:
                return stem[:-1]
    return None


def is_regular_past(low: str) -> bool:
    """A regular past form: `-ed`, not a word of NOT_PAST_ED; `-eed` only after a verb in `-ee`
    ("agreed", "guaranteed"; not "need", "speed")."""
    return len(low) >= 4 and low.endswith("ed") and low not in NOT_PAST_ED and (
        not low.endswith("eed") or low[:-1] in VERBS)


def is_aux(low: str) -> bool:
    """An auxiliary or modal, negated ones included ("haven't", "won't")."""
    return low in AUXILIARIES or low.endswith("n't")


def is_adverb(low: str, cap: bool) -> bool:
    """A verb-group adverb: a few listed ones and lower-case `-ly` words ("will now receive")."""
    return low in VERB_GROUP_ADVERBS or (low.endswith("ly") and not cap and low not in LY_NOT_ADVERBS)


# Function words that are no verb in any form.
NOT_VERBS: Final = NOUN_OPENERS | PREPOSITIONS | AUXILIARIES | NOT_VERB_WORDS

# Words no verb-form rule makes a trigger (function words that are no verb or event noun in any
# form): most words of a sentence are such words.
NEVER_TRIGGERS: Final = AUXILIARIES | STATIVE | frozenset(
    w for w in NOT_VERBS
    if not (w in VERBS or w in EVENT_NOUNS or w in IRREGULAR_PAST or w in IRREGULAR_PARTICIPLE or w in REPORTING
            or w.endswith(("s", "ed", "ing")) or base_of(w) is not None))

_SLOTS: Final = MODALS | PLURAL_PRONOUNS | BE_FORMS | {"who"}


_CUT_WORDS: Final = CLAUSE_OPENERS | {"but", "and", "as", "that"}
_CUT_AFTER: Final = frozenset((";", "--", "—", "–", ":", ","))


def class_bits(low: str) -> int:
    """The word-class bits of a lower form (rule 4), but ``DOTTED``, which is of the text."""
    bits = (CUT_WORD if low in _CUT_WORDS else 0) | (CUT_AFTER if low in _CUT_AFTER else 0)
    if is_aux(low):
        bits |= AUX
    if is_regular_past(low):
        bits |= REGULAR_PAST | PAST_FORM
    if low in IRREGULAR_PAST:
        bits |= PAST_FORM
    if base_of(low) is not None:
        bits |= HAS_BASE
    if low in NEGATIONS or low.endswith("n't"):
        bits |= NEGATIVE
    if low in OPINION:
        bits |= OPINION_WORD
    if low in NOT_NAMES:
        bits |= NOT_NAME
    if low in NAME_LINKS:
        bits |= NAME_LINK
    preposition = low in PREPOSITIONS and low != "of"
    if low in PHRASE_STOPS or is_aux(low) or (preposition and low not in NAME_LINKS):
        bits |= PHRASE_END
    if preposition and low in NAME_LINKS:
        bits |= LINK_PREPOSITION
    if (low in REPORTING or low in OPINION or bits & PAST_FORM or (low.endswith("ing") and bits & HAS_BASE)
            or (low in VERBS and low not in EVENT_NOUNS) or low in SENTENCE_ADVERBS or low in OBJECT_PRONOUNS):
        bits |= VERB_LIKE
    return bits


def type_bits(text: str, low: str, cap: bool) -> int:
    """The verb-form and word-class bits of a word's text (``low``: its lower form; ``cap``: capitalised)."""
    if not text[0].isalpha():
        return (CLAUSE_MARK if text in CLAUSE_MARKS or text[0].isalnum() else 0) | class_bits(low)  # and "½"
    bits = class_bits(low) | (DOTTED if "." in text else 0)
    if is_adverb(low, cap):
        bits |= ADVERB
    if low in _SLOTS:
        bits |= VERB_SLOT
    if low in NEVER_TRIGGERS or (cap and low in NOT_NAMES):
        return bits
    if (low in IRREGULAR_PAST or low in IRREGULAR_PARTICIPLE or is_regular_past(low) or base_of(low) is not None
            or low in REPORTING or low in EVENT_NOUNS):
        return bits | VERB_FORM
    if not cap and low.isalpha() and low not in NOT_VERBS and not low.endswith("ly"):
        bits |= OPEN_WORD
    return bits
