"""Language check: non-English texts get a `not-english` warning and no English-rule sections;
English news, short texts and English articles quoting another language never do."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsx
from newsx.language import SAMPLE_CHARS, describe, guess_language

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))

FOREIGN = {
    "fr": "Le président de la République a annoncé mardi une série de mesures pour soutenir les "
          "agriculteurs. « Nous ne laisserons personne sur le bord de la route », a-t-il déclaré "
          "devant les élus réunis à Paris. Selon le ministère, plus de 3,5 % des exploitations sont "
          "en difficulté depuis le début de l'année, et le gouvernement prévoit une aide de deux "
          "milliards d'euros.",
    "de": "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien "
          "beschlossen. „Wir müssen jetzt handeln“, sagte der Minister in Berlin. Nach Angaben des "
          "Ministeriums sollen bis 2030 mehr als 80 Prozent des Stroms aus Wind und Sonne kommen. "
          "Die Opposition kritisierte, dass die Kosten für die Verbraucher nicht geklärt seien.",
    "es": "El Gobierno de España aprobó este martes un nuevo paquete de ayudas para las familias "
          "afectadas por las inundaciones. «Vamos a estar con los vecinos hasta el final», dijo el "
          "presidente en una rueda de prensa en Valencia. Según las autoridades, más de 200 personas "
          "murieron y miles de viviendas quedaron destruidas por el temporal.",
    "pt": "O governo brasileiro anunciou nesta segunda-feira um plano para reduzir o desmatamento na "
          "Amazônia. \"Não vamos tolerar crimes ambientais\", disse a ministra em Brasília. Segundo os "
          "dados do instituto, a área desmatada caiu 22% em relação ao ano passado, mas os "
          "especialistas afirmam que ainda é cedo para comemorar.",
    "it": "Il presidente del Consiglio ha incontrato ieri i sindacati per discutere della riforma delle "
          "pensioni. «Non ci sono soldi per tutti», ha detto il ministro dell'Economia al termine della "
          "riunione a Roma. Secondo l'Istat, la disoccupazione giovanile è scesa al 20 per cento nel "
          "mese di marzo, ma resta tra le più alte d'Europa.",
    "nl": "Het kabinet heeft dinsdag besloten om de steun voor energierekeningen met een jaar te "
          "verlengen. \"We laten de mensen niet in de kou staan\", zei de minister in Den Haag. Volgens "
          "het Centraal Bureau voor de Statistiek zijn de prijzen van gas en stroom het afgelopen jaar "
          "met meer dan 40 procent gestegen, en dat heeft grote gevolgen voor huishoudens.",
    "ru": "Правительство России объявило во вторник о новых мерах поддержки малого бизнеса. «Мы не "
          "оставим предпринимателей без помощи», заявил министр экономики на пресс-конференции в "
          "Москве. По данным ведомства, в прошлом году закрылись более 10 тысяч компаний.",
    "zh": "国务院周二宣布了一系列支持中小企业的新措施。财政部长在北京举行的新闻发布会上表示，"
          "政府将在今年年底前减税两千亿元。据统计局数据，上个月全国城镇调查失业率为百分之五点二。",
    "ar": "أعلنت الحكومة المصرية يوم الثلاثاء عن حزمة جديدة من الإجراءات لدعم الاقتصاد. وقال وزير "
          "المالية في مؤتمر صحفي في القاهرة إن الحكومة ستخفض الضرائب على الشركات الصغيرة. ووفقا "
          "للبيانات الرسمية، ارتفع معدل التضخم إلى أكثر من ثلاثين في المئة الشهر الماضي.",
}

ENGLISH = [
    "Russia fired at least 85 missiles on Tuesday, officials said.",
    "Fed holds rates steady as inflation cools",
    "PARIS (Reuters) - French President Emmanuel Macron said on Tuesday that France would not send "
    "troops to Ukraine. \"Nous ne sommes pas en guerre avec la Russie et nous ne le serons pas,\" he "
    "told reporters in Paris, meaning France is not and will not be at war with Russia. The remarks "
    "came a day after a meeting of European leaders at the Elysee palace, where the question of "
    "sending troops was discussed for the first time, according to two diplomats.",
    "The mayor of Montreal, who spoke in French at the start of the meeting, said the city would "
    "spend $20 million on new bike lanes. \"C'est une bonne nouvelle pour les cyclistes,\" she said, "
    "before switching to English to answer questions from reporters about the cost of the plan.",
    "Apple shares rose 3% to $189.50 in early trading on Nasdaq after the company reported "
    "quarterly revenue of $119.6 billion, beating analysts' estimates. iPhone sales grew 6%.",
    "Der Spiegel, Le Monde and El País all ran the story on their front pages on Monday.",
    "Obituary: Jean-Pierre Dupont, 1931-2024",
    "",
    "12 34 56 78 90 — — — … !!!",
]


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_foreign_text_is_told(code):
    assert guess_language(FOREIGN[code]) == code


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_foreign_text_gets_the_warning_and_no_english_rule_sections(code):
    article = newsx.extract(FOREIGN[code])
    found = [w for w in article.warnings if w.code == "not-english"]
    assert len(found) == 1
    assert found[0].message.startswith("the text looks ")
    assert f"({code})" in found[0].message
    assert found[0].message.endswith("; English rules skipped")
    assert article.quotes == () and article.officials == () and article.events == () and article.figures == ()
    assert article.dates is not None  # dates keep their rules: ISO and numeric dates are read as anywhere


@pytest.mark.parametrize("text", ENGLISH)
def test_english_texts_stay_english(text):
    assert guess_language(text) is None
    assert not [w for w in newsx.extract(text).warnings if w.code == "not-english"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples_are_english(path):
    text = path.read_text(encoding="utf-8")
    assert guess_language(text) is None, path.name


def test_french_message_exactly():
    warning = next(w for w in newsx.extract(FOREIGN["fr"]).warnings if w.code == "not-english")
    assert warning.message == "the text looks French (fr); English rules skipped"
    assert (warning.start, warning.end) == (None, None)


def test_english_after_a_long_foreign_tail_is_judged_by_its_head():
    # The head decides: the cost is the same whatever the text's size.
    text = ENGLISH[2] * (SAMPLE_CHARS // len(ENGLISH[2]) + 1) + FOREIGN["fr"] * 200
    assert guess_language(text) is None


def test_other_scripts_and_unknown_languages_are_described():
    assert guess_language("Уряд України оголосив у вівторок про нові заходи підтримки бізнесу. "
                          "Міністр економіки заявив, що допомога буде надана всім підприємствам.") == "uk"
    assert guess_language("日本政府は火曜日、中小企業を支援するための新たな対策を発表した。"
                          "財務大臣は東京で記者会見を開き、減税を行うと述べた。") == "ja"
    assert describe("fr") == "French (fr)"
    assert describe("Cyrillic") == "Cyrillic script"
    assert describe("") == "another language"


def test_english_rules_are_skipped_only_for_their_sections():
    article = newsx.extract(FOREIGN["de"], sections=("dates",))
    assert [w.code for w in article.warnings] == ["not-english"]
    assert article.quotes is None  # not asked for stays null
