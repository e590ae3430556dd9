"""Byline words of other languages than English: the labels a web page sets before the day it
published or last changed a story, and the month names a byline writes that day with.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case. A label may end
in a preposition ("am", "el", "le", "il", "em", "op"); the reader allows one after any label.
"""
from __future__ import annotations

# Labels before the day the story was first published, by language.
PUBLISHED_LABELS: dict[str, tuple[str, ...]] = {
    "de": ("veröffentlicht", "erstveröffentlichung", "erschienen", "publiziert"),
    "es": ("publicado", "publicada", "fecha de publicación"),
    "fr": ("publié", "publiée", "date de publication", "mis en ligne"),
    "it": ("pubblicato", "pubblicata", "data di pubblicazione"),
    "pt": ("publicado", "publicada", "publicação"),
    "nl": ("gepubliceerd", "geplaatst", "verschenen"),
}

# Labels before the day it was last changed.
UPDATED_LABELS: dict[str, tuple[str, ...]] = {
    "de": ("aktualisiert", "zuletzt aktualisiert", "geändert", "letzte änderung"),
    "es": ("actualizado", "actualizada", "última actualización", "modificado"),
    "fr": ("mis à jour", "mise à jour", "modifié", "modifiée", "actualisé", "actualisée"),
    "it": ("aggiornato", "aggiornata", "ultimo aggiornamento", "modificato"),
    "pt": ("atualizado", "atualizada", "actualizado", "última atualização", "modificado"),
    "nl": ("bijgewerkt", "laatst bijgewerkt", "gewijzigd", "aangepast"),
}

# Short words a label may take before its day ("Veröffentlicht am", "Publié le", "Publicado em").
LABEL_PREPOSITIONS = ("am", "on", "el", "le", "il", "em", "op", "en", "a", "à", "dia", "de", "du", "del", "lo", "l'")

# Month names and their abbreviations, by language (a byline's month: "14. Mai 2019").
MONTH_NAMES: dict[str, dict[str, int]] = {
    "de": {"januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "april": 4,
           "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
           "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
           "dezember": 12, "dez": 12},
    "es": {"enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4, "mayo": 5,
           "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9,
           "setiembre": 9, "sept": 9, "sep": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11,
           "diciembre": 12, "dic": 12},
    "fr": {"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4,
           "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
           "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12},
    "it": {"gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4,
           "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
           "settembre": 9, "set": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11, "dicembre": 12,
           "dic": 12},
    "pt": {"janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "mar": 3, "abril": 4,
           "abr": 4, "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7, "agosto": 8, "ago": 8,
           "setembro": 9, "set": 9, "outubro": 10, "out": 10, "novembro": 11, "nov": 11, "dezembro": 12,
           "dez": 12},
    "nl": {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
           "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
           "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12},
}
