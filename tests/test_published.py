"""Publication stamps in plain text: the styles outlets print above a story, and story dates that
are no stamp. Every header here is made up."""
from __future__ import annotations


import pytest

from newsx.dates import detect_published
from newsx.doc import read

STAMPS = [
    # "Published ... Updated ...", either order, one line or two: the publication stamp wins.
    ("Published: March 4, 2021 Updated: March 6, 2021\nThe council met.", ("2021-03-04", "March 4, 2021", "byline")),
    ("Updated: March 6, 2021 Published: March 4, 2021\nThe council met.", ("2021-03-04", "March 4, 2021", "byline")),
    ("Updated: 6 March 2021\nPublished: 4 March 2021\nThe council met.", ("2021-03-04", "4 March 2021", "byline")),
    ("Library hours cut\nUpdated 6:02 PM GMT, Sat March 6, 2021 | Published 9:30 AM GMT, Thu March 4, 2021\nText.",
     ("2021-03-04", "Thu March 4, 2021", "byline")),
    ("Last updated on 2021-03-06. First published on 2021-03-04.\nText.", ("2021-03-04", "2021-03-04", "byline")),
    ("Originally posted March 4, 2021\nText.", ("2021-03-04", "March 4, 2021", "byline")),
    ("Posted 3/4/2021 10:15 AM\nText.", ("2021-03-04", "3/4/2021", "byline")),
    ("Harbour plan approved\nPosted: 2021-03-04T22:15:00-05:00\nText.",
     ("2021-03-04", "2021-03-04T22:15:00-05:00", "byline")),
    # An update stamp alone still dates the text, but a dateline dates it better.
    ("By Jane Doe | Updated March 6, 2021\nText.", ("2021-03-06", "March 6, 2021", "byline-updated")),
    ("Updated March 6, 2021\n\nWASHINGTON, March 3, 2021 (AP) \u2014 The bill passed.",
     ("2021-03-03", "March 3, 2021", "dateline")),
    ("Published March 4, 2021\n\nWASHINGTON, March 3, 2021 (AP) \u2014 The bill passed.",
     ("2021-03-04", "March 4, 2021", "byline")),
    # Wire datelines: place, region, agency, dashes, day-month-year.
    ("LAGOS \u2014 Nov. 2, 2018 \u2014 Protesters marched on the state house.", ("2018-11-02", "Nov. 2, 2018", "dateline")),
    ("PORTO ALEGRE, Brazil, Nov. 2, 2018 (AP) \u2014 Rain flooded streets.", ("2018-11-02", "Nov. 2, 2018", "dateline")),
    ("NEW DELHI (Reuters) 17 Nov 2015 - The court ruled on Tuesday.", ("2015-11-17", "17 Nov 2015", "dateline")),
    ("GENEVA (AFP) \u2013 17 November 2015 \u2013 Talks resumed.", ("2015-11-17", "17 November 2015", "dateline")),
    ("March 4, 2021 \u2014 The council voted to close the road.", ("2021-03-04", "March 4, 2021", "dateline")),
    ("LONDON, March 4, 2021 /PRNewswire/ -- A firm said.", ("2021-03-04", "March 4, 2021", "dateline")),
    # A bare ISO timestamp on a line of its own: the day as written, whatever the offset.
    ("2021-03-04T10:15:00Z\nThe council met.", ("2021-03-04", "2021-03-04T10:15:00Z", "dateline")),
    ("2021-03-04 10:15\nThe council met.", ("2021-03-04", "2021-03-04 10:15", "dateline")),
    ("Council votes\n2021-03-04T23:40:00-05:00\nThe council met.", ("2021-03-04", "2021-03-04T23:40:00-05:00", "dateline")),
    # Bylines with dates: a cue, or a field of a line of fields.
    ("By Jane Doe, Staff Writer | March 4, 2021\nThe council met.", ("2021-03-04", "March 4, 2021", "byline")),
    ("By Jane Doe \u2013 March 4, 2021\nThe council met.", ("2021-03-04", "March 4, 2021", "byline")),
    ("Jane Doe \u00b7 4 March 2021 \u00b7 5 min read\nThe council met.", ("2021-03-04", "4 March 2021", "byline")),
    ("News | Local | Thursday, March 4, 2021\nThe council met.", ("2021-03-04", "Thursday, March 4, 2021", "byline")),
    ("By JANE DOE\nMarch 4, 2021\nThe council met.", ("2021-03-04", "March 4, 2021", "dateline")),
    # A dateline whose line break was lost: the story starts with a capital.
    ("Sunday, March 8, 2015 The mayor opened the bridge.", ("2015-03-08", "Sunday, March 8, 2015", "dateline")),
]


@pytest.mark.parametrize("text,expected", STAMPS)
def test_stamp(text: str, expected: tuple[str, str, str]) -> None:
    p = detect_published(read(text))
    assert p is not None
    assert (p.value, p.text, p.rule) == expected
    assert text[p.start:p.end] == p.text


NOT_STAMPS = [
    # A date of the story, not of the page.
    "On March 4, 2021, the council voted to close the road.",
    "WASHINGTON \u2014 On March 4, 2021, the council voted to close the road.",
    "March 4, 2021, was the coldest day of the year.\nMore.",
    "March 4, 2021 was the coldest day of the year.",
    "The study, published March 4, 2021, found little change.",
    "The report was updated on March 6, 2021 after complaints.",
    "Houses damaged by the storm - seen from the air on March 4, 2021.",
    "2021-03-04: the council met in closed session.",
    "Order no. 2021-03-04-17 was filed.",
    # A copyright line is no stamp.
    "\u00a9 2021 Example Media Group. All rights reserved.\nThe council met.",
    "\u00a9 March 4, 2021 Example Media\nThe council met.",
    "Copyright 2021 Example News\nThe council met on March 4, 2021.",
]


@pytest.mark.parametrize("text", NOT_STAMPS)
def test_not_a_stamp(text: str) -> None:
    assert detect_published(read(text)) is None


def test_no_duplicate_rows() -> None:
    texts = [t for t, _ in STAMPS] + NOT_STAMPS
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("text", [
    "By " + "A" * 5000, "Published " * 500, "LAGOS " * 1000 + "\u2014", "(" * 3000, "|" * 3000 + " March 4, 2021",
    "2021-03-04" * 500, "by Jane " * 600 + "|", "\u00b7 " * 2000,
])
def test_odd_heads_are_read(text: str) -> None:
    # Their speed is measured by benchmarks/bench.py (hostile inputs), not timed here.
    p = detect_published(read(text))
    if p is not None and p.start is not None:
        assert text[p.start:p.end] == p.text
