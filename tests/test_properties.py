"""Properties over arbitrary text: extract() never raises, spans match, output fits the schema."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsx

from .helpers import assert_valid

# Pieces of news English that exercise every extractor, mixed with arbitrary characters.
FRAGMENTS = [
    "date 2022-12-13 ", "said", " said ", "he said", "according to", "told reporters", "“", "”", '"', "'",
    "‘", "’", "Jake Sullivan", ", the White House spokesman,", "two senior officials", "Tuesday", "last week",
    "November 15", "late-February", "at 5:30 p.m.", "2022", "three years ago", "$", "20", " billion",
    "at least ", "85", " missiles", "six", " percent", "%", "€3.5m", "G-20", "-", "–", "between ", " and ",
    "fired", " on ", " in Ukraine", ".", ",", ":", "\n", "\n\n", " ", "(", ")", "May", "may", "\u200b", "\ufeff",
]

news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_text, published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))))
def test_extract_never_raises_and_output_is_valid(text: str, published: dt.date | None) -> None:
    record = newsx.extract(text, published).to_dict()
    assert_valid(record, text)


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_unicode(text: str) -> None:
    assert_valid(newsx.extract(text).to_dict(), text)


@settings(max_examples=40, deadline=None)
@given(text=news_text)
def test_same_input_same_output(text: str) -> None:
    assert newsx.extract(text).to_dict() == newsx.extract(text).to_dict()
