"""Publication stamps in other languages (newsx.dates.labels)."""
import pytest

from newsx.dates.labels import labelled_stamp


@pytest.mark.parametrize("text, value, rule", [
    ("Von Anna Roth – Veröffentlicht am 3. März 2020, 10:32 Uhr · Aktualisiert am 04.03.2020", "2020-03-03", "byline"),
    ("Por Ana Gil · Actualizado el 9 de julio de 2019 · Publicado el 7 de julio de 2019", "2019-07-07", "byline"),
    ("Publié le 1er juin 2017 à 18h04, mis à jour le 2 juin 2017", "2017-06-01", "byline"),
    ("Pubblicato il 3 dicembre 2016", "2016-12-03", "byline"),
    ("Publicado em 05/08/2015", "2015-08-05", "byline"),
    ("Gepubliceerd op 14 mei 2014 | Laatst bijgewerkt 2014-05-20", "2014-05-14", "byline"),
    ("Mis à jour : 04.02.2020", "2020-02-04", "byline-updated"),
])
def test_labelled_stamp(text, value, rule):
    found = labelled_stamp(text)
    assert found is not None and (found.value, found.rule) == (value, rule)
    assert text[found.start:found.end] == found.text


@pytest.mark.parametrize("text", [
    "Il libro è stato pubblicato il 3 marzo 2021 da un piccolo editore.",
    "Veröffentlicht am Montag",
    "Publicado el 31 de febrero de 2020",
])
def test_no_stamp(text):
    assert labelled_stamp(text) is None
