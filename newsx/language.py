"""Is the text English? newsx's quote, official, figure and event rules are English rules: on other
languages they find "quotes" with no speaker and numbers read the English way ("3,5 %" as 35).

1. Only the head of the text is looked at (SAMPLE_CHARS): a language does not change halfway
   through an article, and the cost stays the same whatever the text's size.
2. A text more than half in letters of another script (Cyrillic, Arabic, Han, ...) is in that script's
   language, told apart by marker letters (Ukrainian і ї є ґ; Persian and Urdu letters).
3. A Latin-script text is scored by the share of its words that are frequent function words of
   each language (``lexicon.languages``): it is not English when another language's words clearly
   outnumber English ones.
4. Short texts (a headline) and mixed ones (an English article quoting a French sentence) stay
   English: too few words to tell, or English words dominate.

No library: a dozen word lists and a character count tell English from other languages with no
model to load (py3langid, the smallest maintained identifier, needs numpy: 77 MB installed).
"""
from __future__ import annotations

import re

from .lexicon.languages import FUNCTION_WORDS, MARKERS, NAMES, SCRIPTS

SAMPLE_CHARS = 5_000
# Fewer words than this (Latin script) or letters of another script: too short to tell.
MIN_WORDS = 20
MIN_LETTERS = 30
# Latin script: another language's function words outnumber English ones this many times over...
OUTNUMBER = 2.0
# ... and make up at least this share of the words, with at least MIN_DISTINCT different ones.
# (A text with hardly any English words but no other language's is left alone: lists of names,
# tables of numbers, text broken by invisible characters are English more often than not.)
OTHER_SHARE = 0.12
MIN_DISTINCT = 5
# A marker letter must make up this share of the script's letters to name its language.
MARKER_SHARE = 0.005

_MARKS = ".,;:!?\"'«»‹›“”„‘’()[]—–-…"
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_SCRIPTS = re.compile("[" + "".join(chars for chars, _ in SCRIPTS.values()) + "]")
_SCRIPT = {name: re.compile(f"[{chars}]") for name, (chars, _) in SCRIPTS.items()}
# word -> the languages it is a function word of: one dictionary look-up per word.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)


def guess_language(text: str) -> str | None:
    """The language of a text that is not English: an ISO 639-1 code from ``lexicon.languages``
    ("fr"), or a script's name ("Cyrillic") when only that can be told; None for English and for
    texts too short or too mixed to tell."""
    sample = text[:SAMPLE_CHARS]
    # One pass tells most English texts apart; scripts are counted one by one only when needed.
    if len(_OTHER_SCRIPTS.findall(sample)) < MIN_LETTERS:
        return _latin_language(sample)
    latin = len(_LATIN.findall(sample))
    counts = {name: len(pattern.findall(sample)) for name, pattern in _SCRIPT.items()}
    script, letters = max(counts.items(), key=lambda item: item[1])
    if letters >= MIN_LETTERS and 2 * letters > latin + sum(counts.values()):
        if script == "Han" and counts["Kana"] >= MIN_LETTERS // 3:
            return "ja"  # Japanese writes Han characters among its kana
        default = SCRIPTS[script][1]
        if default is not None:
            return default
        chars = "".join(_SCRIPT[script].findall(sample))
        for marks, code in MARKERS.get(script, ()):
            if not marks or sum(chars.count(m) for m in marks) >= MARKER_SHARE * len(chars):
                return code
        return script
    return _latin_language(sample)


def _latin_language(sample: str) -> str | None:
    # Split at white space (a regex word scan costs several times more); the marks around a word
    # are stripped only for the look-up.
    words = sample.lower().split()
    if len(words) < MIN_WORDS:
        return None
    scores = {code: 0 for code in FUNCTION_WORDS}
    distinct: dict[str, set[str]] = {code: set() for code in FUNCTION_WORDS}
    get = _LANGUAGES_OF.get
    for word in words:
        codes = get(word)
        if codes is None:
            word = word.strip(_MARKS)
            codes = get(word, ())
        for code in codes:
            scores[code] += 1
            distinct[code].add(word)
    english = scores.pop("en")
    # Real text uses many of a language's function words; one word over and over ("e e e") is no language.
    best, hits = max(((code, n) for code, n in scores.items() if len(distinct[code]) >= MIN_DISTINCT),
                     key=lambda item: item[1], default=("", 0))
    if best and hits >= OUTNUMBER * english and hits >= OTHER_SHARE * len(words):
        return best
    return None


def describe(code: str) -> str:
    """The warning's words for a guess: "French (fr)", "Cyrillic script", "another language"."""
    if code in NAMES:
        return f"{NAMES[code]} ({code})"
    return f"{code} script" if code else "another language"
