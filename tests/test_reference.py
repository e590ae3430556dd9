"""What the reference article (samples/patriot.txt) must give: the acceptance list of the first issue."""
from __future__ import annotations

import datetime as dt

import pytest

import newsx
from newsx.text import decode

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def record() -> dict:
    text, _ = decode((SAMPLES / "patriot.txt").read_bytes())
    return newsx.extract(text).to_dict()


def test_published_from_header(record: dict) -> None:
    assert record["published"]["value"] == "2022-12-13"
    assert record["published"]["rule"] == "header"
    assert record["published"]["text"] == "2022-12-13"


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("Tuesday", "2022-12-13", None),
        ("Monday", "2022-12-12", None),
        ("November 15", "2022-11-15", None),
        ("late-February", "2022-02", "END"),
    ],
)
def test_dates(record: dict, text: str, value: str, mod: str | None) -> None:
    found = [d for d in record["dates"] if text in d["text"] and d["value"] == value]
    assert found, [(d["text"], d["value"]) for d in record["dates"]]
    assert found[0]["mod"] == mod


def _sullivan(record: dict) -> list[dict]:
    return [q for q in record["quotes"] if q["speaker"] and q["speaker"]["name"] == "Jake Sullivan"]


def test_sullivan_quoted_twice_with_title(record: dict) -> None:
    quotes = _sullivan(record)
    assert any("any Russian effort" in q["text"] for q in quotes)
    assert any(q["text"].startswith("is going to be upon those things") for q in quotes)
    for quote in quotes:
        assert quote["speaker"]["title"] == "White House national security adviser"
        assert quote["speaker"]["organization"] == "White House"
        assert quote["kind"] in {"direct", "partial"}


def test_second_quote_through_pronoun(record: dict) -> None:
    second = [q for q in _sullivan(record) if q["text"].startswith("is going to be")]
    assert second[0]["speaker"]["text"] == "he"
    assert second[0]["cue"]["text"] == "said"


def test_anonymous_officials(record: dict) -> None:
    indirect = [q for q in record["quotes"] if q["kind"] == "indirect" and q["speaker"] and q["speaker"]["anonymous"]]
    assert indirect, record["quotes"]
    assert indirect[0]["speaker"]["name"] == "two senior U.S. officials"
    assert "Patriot missile system" in indirect[0]["text"]
    official = [o for o in record["officials"] if o["name"] == "Jake Sullivan"]
    assert official and official[0]["quotes"] >= 2


def _figure(record: dict, text: str) -> dict:
    found = [f for f in record["figures"] if text in f["text"]]
    assert found, [f["text"] for f in record["figures"]]
    return found[0]


def test_money(record: dict) -> None:
    money = _figure(record, "$20 billion")
    assert (money["kind"], money["value"], money["unit"], money["qualifier"]) == ("money", 20000000000, "USD", "more than")
    assert money["counted"] == "arms and military equipment"


@pytest.mark.parametrize(("text", "value", "counted"), [("85", 85, "missiles"), ("six", 6, "major cities")])
def test_counts(record: dict, text: str, value: int, counted: str) -> None:
    figure = _figure(record, text)
    assert (figure["kind"], figure["value"], figure["qualifier"], figure["counted"]) == ("count", value, "at least", counted)


def test_ten_point_plan(record: dict) -> None:
    assert _figure(record, "10")["value"] == 10


def test_no_figure_for_names_or_dates(record: dict) -> None:
    texts = [f["text"] for f in record["figures"]]
    assert not [t for t in texts if "20" in t and "billion" not in t], texts
    assert not [t for t in texts if "15" in t or "2022" in t], texts


def _event(record: dict, trigger: str) -> dict:
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert found, [(e["trigger"]["text"], e["text"]) for e in record["events"]]
    return found[0]


def test_missile_event(record: dict) -> None:
    event = _event(record, "fired")
    assert event["date"]["value"] == "2022-11-15"
    assert "Russia" in event["who"] and "Ukraine" in event["where"]


def test_peace_plan_event(record: dict) -> None:
    event = _event(record, "presented")
    assert any("Zelensky" in who for who in event["who"])
    assert "Indonesia" in event["where"]


def test_war_began_event(record: dict) -> None:
    event = _event(record, "began")
    assert event["date"]["value"] == "2022-02"


def test_argument_overrides_detected_date() -> None:
    text, _ = decode((SAMPLES / "patriot.txt").read_bytes())
    record = newsx.extract(text, published=dt.date(2022, 12, 20)).to_dict()
    assert record["published"] == {"value": "2022-12-20", "text": None, "start": None, "end": None, "rule": "argument"}
    tuesday = [d for d in record["dates"] if d["text"] == "Tuesday"]
    assert tuesday[0]["value"] == "2022-12-20"
