"""Telling English from the languages news is most often written in: frequent function words of
Latin-script languages, and the letters of other scripts.

Each word list holds some thirty of the most frequent function words (articles, prepositions,
conjunctions, pronouns, auxiliaries) of the language, picked by hand from general frequency
knowledge; words that are also common English words ("a", "as", "in", "is", "no", "do", "over",
"on", "an", "was", "so") are left out of the other languages' lists, so that an English text
scores near zero in every list but its own.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case.
"""
from __future__ import annotations

# ISO 639-1 code -> English name (the warning's words).
NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "sv": "Swedish", "pl": "Polish", "tr": "Turkish",
    "id": "Indonesian", "ro": "Romanian",
    "ru": "Russian", "uk": "Ukrainian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "ar": "Arabic", "fa": "Persian", "ur": "Urdu", "el": "Greek", "he": "Hebrew", "hi": "Hindi",
    "th": "Thai",
}

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """the of and to that for with was were are from has have had been by at this which will
        would not but his her its their they who said says after he she it be an or than about""".split()
    ),
    "fr": frozenset(
        """le la les des du et est une un dans pour que qui sur pas au aux par avec ce cette sont
        été ont il elle ne se plus mais leur nous vous selon lors depuis être avait était""".split()
    ),
    "de": frozenset(
        """der die das und ist nicht mit von den dem zu ein eine einen sich auf für im des auch es
        wurde werden hat sind sie als bei nach noch wie aus über dass oder vor""".split()
    ),
    "es": frozenset(
        """el la los las del y en que por con para una un se es su al lo como más pero sus le ha
        fue este esta según entre sobre también desde ya muy""".split()
    ),
    "pt": frozenset(
        """o os da dos das em na não um uma para com por que se é ao mais foi pelo pela também
        como mas ser está são seu sua ele ela nos já""".split()
    ),
    "it": frozenset(
        """il lo la gli le di del della dei delle e è un una per con che non si sono da al alla
        nel nella anche come ma più ha sul dopo stato questo""".split()
    ),
    "nl": frozenset(
        """de het een van en dat te zijn voor met niet aan er ook als bij naar om maar heeft werd
        worden wordt nog deze dit zich hij zij wij""".split()
    ),
    "sv": frozenset(
        """och att det som en av för med den till är har inte på om ett var ska från men vi de
        sig eller efter också kan hade""".split()
    ),
    "pl": frozenset(
        """i w się na nie z do że to jest jak po tak od za przez dla są być jego jej ich już
        także oraz który która które został""".split()
    ),
    "tr": frozenset(
        """ve bir bu da de için ile olarak olan çok daha gibi ancak sonra kadar ama göre değil
        ise ya şu her en oldu olduğunu""".split()
    ),
    "id": frozenset(
        """yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada oleh
        mereka telah sebagai atau bisa kata""".split()
    ),
    "ro": frozenset(
        """și în la cu pe care este din să nu că o un mai pentru fost au sunt se ca dar după
        acest această lui""".split()
    ),
}

# Scripts other than Latin: a character class of each, and the language a text mostly in it is
# taken to be written in (``None``: told apart by the letters in ``MARKERS``).
SCRIPTS: dict[str, tuple[str, str | None]] = {
    "Cyrillic": ("\u0400-\u04ff", None),
    "Arabic": ("\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff", None),
    "Han": ("\u3400-\u4dbf\u4e00-\u9fff", "zh"),
    "Kana": ("\u3040-\u30ff", "ja"),
    "Hangul": ("\u1100-\u11ff\uac00-\ud7af", "ko"),
    "Greek": ("\u0370-\u03ff", "el"),
    "Hebrew": ("\u0590-\u05ff", "he"),
    "Devanagari": ("\u0900-\u097f", "hi"),
    "Thai": ("\u0e00-\u0e7f", "th"),
}

# Letters that set one language apart from the others of its script; the script's default last.
MARKERS: dict[str, tuple[tuple[str, str], ...]] = {
    "Cyrillic": (("іїєґІЇЄҐ", "uk"), ("", "ru")),
    "Arabic": (("ٹڈڑںےۓ", "ur"), ("پچژگکی", "fa"), ("", "ar")),
}
