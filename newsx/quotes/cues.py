"""Cues: the words that attribute speech, found among the document's words.

Rules, in order:
1. ``cue_words``: a speech-verb form written in lower case ("said", "tweeted", "insists"; the forms
   are built here from the lemmas of ``lexicon.speech``), outside quotation marks, not hyphened
   to the word before or after;
2. ``cue_words``: "according to" / "According to", outside quotation marks;
3. ``cue_words``: a phrasal verb of speech ("chimed in", "shot back", "cut her off"), only when its
   particle follows, after an object pronoun at most;
4. ``cue_end``: "told" takes its listener ("told reporters", "told Radio Nord", "told the
   assembly"); "point" is a cue only with "out" ("pointed out"); a phrasal verb takes its particle;
   "call" takes "for" and "on" ("called for an inquiry", not "called on Monday" nor the noun in
   "his urgent calls for");
   any verb takes "out that" ("tweeted out that").
"""
from __future__ import annotations

import re
from itertools import compress

from ..lexicon.speech import DOCUMENT_VERBS, DOUBLING, IRREGULAR_FORMS, OBJECT_CUES, PHRASAL_CUES, SPEECH_LEMMAS
from ..lexicon.grammar import DETERMINERS, POSSESSIVE_PRONOUNS
from ..lexicon.quotes import TOLD_OBJECTS
from .records import Context


def forms(lemma: str) -> tuple[str, ...]:
    """The lemma and its -s, -ed and -ing forms (irregular ones from the lexicon); a doubled final
    consonant for the lemmas that take one ("quipped"), and both "-led" and "-lled" ("marvelled")."""
    if lemma in IRREGULAR_FORMS:
        return (lemma,) + IRREGULAR_FORMS[lemma]
    if lemma in DOUBLING:
        return lemma, lemma + lemma[-1] + "ed", lemma + "s", lemma + lemma[-1] + "ing"
    if lemma.endswith("l") and lemma[-2:-1] in ("a", "e", "i", "o", "u") and lemma[-3:-2] not in "aeiou":
        return lemma, lemma + "ed", lemma + "led", lemma + "s", lemma + "ing", lemma + "ling"
    if lemma.endswith("e"):
        return lemma, lemma + "d", lemma + "s", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma, lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"
    if lemma.endswith(("sh", "ch", "s", "x")):
        return lemma, lemma + "ed", lemma + "es", lemma + "ing"
    return lemma, lemma + "ed", lemma + "s", lemma + "ing"


def _speech_forms() -> dict[str, str]:
    found: dict[str, str] = {}
    for lemma in SPEECH_LEMMAS:
        for form in forms(lemma):
            found.setdefault(form, lemma)
    for form in sorted(DOCUMENT_VERBS):
        found.setdefault(form, "find")
    return found


# Every form of a speech verb -> its lemma ("said" -> "say"); lower case.
SPEECH_FORMS: dict[str, str] = _speech_forms()
# Every form of a phrasal verb of speech -> its lemma ("shot" -> "shoot"); a cue only with its particle.
PHRASAL_FORMS: dict[str, str] = {form: lemma for lemma in PHRASAL_CUES for form in forms(lemma)}
# Past forms that do not end in -ed ("said", "told", "wrote").
PAST_FORMS = frozenset(found[0] for found in IRREGULAR_FORMS.values())

# The listener after "told": "reporters", "Radio Nord", "the town council".
_TOLD_OBJECT = re.compile(r" (?:the |a |an )?(?:[A-Z][\w&'’.\-]*(?: (?:of |and |for )?[A-Z][\w&'’.\-]*){0,4}|[a-z]+)")
_OUT = re.compile(r" out\b")  # "pointed out"
_PREPOSITION = re.compile(r" ([a-z]+)(?= )")  # "called for", "called on"
# The particle of a phrasal verb, after an object pronoun at most: " back", " her off".
_PARTICLE = re.compile(r" (?:(?:her|him|them|me|us|you|it) )?([a-z]+)\b")


def _free(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is not hyphened or joined to a word before or after it."""
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    return not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-")


# The words a cue starts with: every speech-verb form, a phrasal verb, and "according" (before "to").
_CUE_WORDS = frozenset(SPEECH_FORMS) | frozenset(PHRASAL_FORMS) | {"according", "According"}


# Every verb form a cue starts with -> its lemma.
_VERB_FORMS: dict[str, str] = {**PHRASAL_FORMS, **SPEECH_FORMS}


def lemma_of(verb: str) -> str:
    """The lemma of a cue word found by ``cue_words``."""
    return _VERB_FORMS[verb]


def cue_words(ctx: Context) -> tuple[list[int], list[int]]:
    """The speech-verb forms (rule 1) and the words "according" (rule 2) outside quotations, in
    text order: one pass over the words finds the candidates of both."""
    words, text = ctx.words, ctx.text
    texts, quoted = words.text, words.quoted
    verbs: list[int] = []
    according: list[int] = []
    for k in compress(range(len(words)), map(_CUE_WORDS.__contains__, texts)):
        if quoted[k]:
            continue
        if texts[k] in _VERB_FORMS:
            if _free(text, words.start[k], words.end[k]):
                verbs.append(k)
        elif k + 1 < len(words) and texts[k + 1] == "to" and words.start[k + 1] == words.end[k] + 1 \
                and text[words.end[k]] == " ":
            before = text[words.start[k] - 1] if words.start[k] > 0 else " "
            if not (before.isalnum() or before == "_"):
                according.append(k)
    return verbs, according


def _noun(ctx: Context, k: int) -> bool:
    """Whether word k is a noun: after a determiner ("the call for"), or a possessive and a word
    ("his urgent calls for"; "the mayor calls for" is a verb, and so is any "-ed" form)."""
    low = ctx.words.low
    if low[k].endswith("ed"):
        return False
    return k >= 1 and low[k - 1] in DETERMINERS or k >= 2 and low[k - 2] in POSSESSIVE_PRONOUNS \
        and ctx.words.text[k - 1].isalpha() and ctx.words.text[k - 1].islower()


def cue_end(ctx: Context, k: int, lemma: str, e: int) -> int:
    """Where the cue of verb k ends: after its listener or its "out"; -1 when it is no cue."""
    text = ctx.text
    end = ctx.words.end[k]
    if lemma == "tell":
        obj = _TOLD_OBJECT.match(text, end, e)
        if obj and (obj.group().strip().split()[-1].lower() in TOLD_OBJECTS or obj.group()[1:2].isupper()
                    or obj.group().startswith((" the ", " a "))):
            return obj.end()
        return end
    if lemma == "point":
        out = _OUT.match(text, end, e)
        return -1 if out is None else out.end()
    if lemma in OBJECT_CUES:
        prep = _PREPOSITION.match(text, end, e)
        if prep is not None and prep.group(1) in OBJECT_CUES[lemma] and not _noun(ctx, k):
            i = ctx.doc.word_range(prep.end(), min(e, prep.end() + 1) + 1)[0]
            if i < len(ctx.words) and not ctx.dated[i]:
                return prep.end()  # "called for an inquiry" (not "called on Monday")
        return end
    if lemma in PHRASAL_CUES and SPEECH_FORMS.get(ctx.words.text[k]) != lemma:
        particle = _PARTICLE.match(text, end, e)
        return particle.end() if particle and particle.group(1) in PHRASAL_CUES[lemma] else -1
    if text.startswith(" out that ", end):
        return end + 4  # "tweeted out that ...", "put out that ..."
    return end
