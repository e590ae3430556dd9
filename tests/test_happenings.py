"""Events as happenings (schema version 2): one record per happening, its status, source, main
event and date. Every sentence here is made up for the test; the publication day is fixed."""
from __future__ import annotations

import pytest

import newsx

HEADER = "date 2022-12-13\n\n"  # a Tuesday


def _events(text: str):
    return newsx.extract(HEADER + text, sections=("events",)).events


def _one(text: str):
    events = _events(text)
    assert len(events) == 1, [(e.trigger.text, e.text) for e in events]
    return events[0]


# (text, trigger, status, date value)
HAPPENINGS = [
    ("The city council approved the budget on Monday, officials said.", "approved", "happened", "2022-12-12"),
    ("The council approved the budget, two aides said on Monday.", "approved", "happened", "2022-12-12"),
    ("The mayor is visiting flood victims in Leeds.", "visiting", "ongoing", "2022-12-13"),
    ("The mayor will open the bridge next month.", "open", "planned", "2023-01"),
    ("Construction is expected to begin in June.", "begin", "planned", "2023-06"),
    ("The airline plans to cut 300 jobs in March.", "cut", "planned", "2023-03"),
    ("Two miners were trapped on Sunday.", "trapped", "happened", "2022-12-11"),
    ("Acme has 6,000 dealers.", "has", "ongoing", "2022-12-13"),
    ("The rebels seized the town and the army fled.", "seized", "happened", "2022-12-13"),
    ("It is believed the ferry will dock when it reaches port on December 20.", "dock", "planned", "2022-12-20"),
    ("Scientists modelled crop yields in 2050.", "modelled", "happened", "2022-12-13"),  # never after publication
    ("The company sold the plant in 2020.", "sold", "happened", "2020"),
]


@pytest.mark.parametrize("text,trigger,status,date", HAPPENINGS)
def test_a_clause_and_what_frames_it_are_one_happening(text, trigger, status, date):
    events = [e for e in _events(text) if e.trigger.text == trigger]
    assert events, [e.trigger.text for e in _events(text)]
    event = events[0]
    assert event.status == status
    assert event.date is not None and event.date.value == date


# Texts that report no happening: conditions, opinions, negations, the page's furniture.
NO_EVENTS = [
    "If the talks fail, the union will strike.",
    "Investors believe that the merger will fail.",
    "Investors believe the merger will fail.",
    "The minister did not resign.",
    "Subscribe to our newsletter for the latest updates.",
    "Share this article with your friends.",
    "This story will be updated.",
    "This is a developing story.",
    "Photo: Ana Ruiz",
    "Reporting by Ana Ruiz; editing by Tom Lee.",
    "Copyright 2022 Acme News. All rights reserved.",
    "Updated 3 hours ago",
    "This article was originally published on Monday.",
    "Follow us on Twitter for the latest news.",
    "Sign up for our daily newsletter.",
]


@pytest.mark.parametrize("text", NO_EVENTS)
def test_no_happening(text):
    assert [e.trigger.text for e in _events(text)] == []


def test_a_reporting_verb_gives_the_source_and_is_a_mention():
    event = _one("The Pentagon is preparing to send air defences to the region, two senior officials said.")
    assert event.trigger.text == "preparing"
    assert [m.text for m in event.mentions] == ["send", "said"]
    assert event.source is not None and event.source.name == "two senior officials"
    assert event.what.text == "preparing to send air defences to the region"
    assert event.who == ("Pentagon",)


def test_a_report_dated_apart_from_what_it_reports_is_a_happening_of_its_own():
    events = _events("The company said on Friday that its sales rose 12% in November.")
    assert [(e.trigger.text, e.date.value) for e in events] == [("said", "2022-12-09"), ("rose", "2022-11")]
    assert events[1].source is not None and events[1].source.name == "The company"
    assert events[0].source is None


def test_a_plan_announced_is_one_happening():
    event = _one("Officials said that the bridge would reopen in March.")
    assert (event.trigger.text, event.status, event.date.value) == ("reopen", "planned", "2023-03")
    assert event.source is not None and event.source.name == "Officials"


def test_a_clause_of_another_time_is_a_happening_of_its_own():
    events = _events("Rescuers searched the rubble after an earthquake struck the town on Sunday.")
    assert [e.trigger.text for e in events] == ["searched", "struck"]


def test_a_subordinate_clause_dated_to_another_day_is_a_happening_of_its_own():
    events = _events("The firm, which was founded in 1990, opened a new plant in Ohio on Friday.")
    assert [(e.trigger.text, e.date.value) for e in events] == [("founded", "1990"), ("opened", "2022-12-09")]
    assert [e.main for e in events] == [False, True]


def test_a_relative_clause_joins_its_happening():
    event = _one("Police arrested a man who had stolen a car in Leeds on Monday.")
    assert event.trigger.text == "arrested"
    assert "stolen" in [m.text for m in event.mentions]


def test_a_passive_subject_is_who_it_befell():
    assert _one("Two miners were trapped on Sunday.").who == ("Two miners",)
    assert _one("The bridge was closed by police on Monday.").who == ("police",)


def test_a_comparison_day_does_not_date_the_sentence():
    event = _one("Shares were 4% below their level of last Monday.")
    assert event.date.value == "2022-12-13" and event.rule == "published"


# Leads of made-up articles: (text, main trigger, when, who contains, where contains)
LEADS = [
    ("Storm hits coast\n\nPARIS — Thousands of people marched against the pension reform on Saturday, "
     "police said. Unions plan more strikes.", "marched", "2022-12-10", "people", "Paris"),
    ("SEOUL, Dec 13 (Reuters) - North Korea fired two ballistic missiles into the sea on Tuesday, "
     "the military said. The launch was the third this month.", "fired", "2022-12-13", "North Korea", "Seoul"),
    ("Acme to close plant\n\nAcme Corp said on Monday it would close its plant in Ohio next year, "
     "cutting 400 jobs. The union called the move a betrayal.", "close", "2023", "Acme Corp", "Ohio"),
    ("Flood\n\nHeavy rain flooded hundreds of homes in northern Leeds, officials said. "
     "Rescuers evacuated 50 people.", "flooded", "2022-12-13", "Heavy rain", "Leeds"),
    ("The city's mayor, who took office in May, resigned on Friday after a vote of no confidence. "
     "Her deputy will lead the council.", "resigned", "2022-12-09", "mayor", None),
]


@pytest.mark.parametrize("text,trigger,when,who,where", LEADS)
def test_the_main_event_is_what_the_lead_reports(text, trigger, when, who, where):
    events = _events(text)
    main = [e for e in events if e.main]
    assert len(main) == 1, [(e.trigger.text, e.main) for e in events]
    event = main[0]
    assert event.trigger.text == trigger
    assert event.date is not None and event.date.value == when
    assert any(who in w for w in event.who), event.who
    if where is not None:
        assert any(where.lower() in w.lower() for w in event.where), event.where


def test_a_headline_gives_no_events():
    events = _events("Acme buys Zeta\n\nAcme Corp bought Zeta Ltd for $2 billion on Monday.")
    assert [e.trigger.text for e in events] == ["bought"]


def test_records_are_schema_version_2():
    record = newsx.extract(HEADER + "Police arrested two men in Leeds on Monday, a spokesman said.").to_dict()
    assert record["schema_version"] == 2
    (event,) = record["events"]
    assert set(event) == {"text", "start", "end", "trigger", "what", "status", "date", "who", "where", "source",
                          "main", "mentions", "rule"}
    text = HEADER + "Police arrested two men in Leeds on Monday, a spokesman said."
    for span in [event, event["trigger"], event["what"], *event["mentions"]]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert event["main"] is True and event["status"] == "happened"


def test_sections_not_asked_for_are_null():
    record = newsx.extract(HEADER + "Police arrested two men.", sections=("events",)).to_dict()
    assert record["dates"] is None and record["quotes"] is None and record["officials"] is None
    assert record["figures"] is None and isinstance(record["events"], list)
    record = newsx.extract(HEADER + "No one said anything.", sections=("officials",)).to_dict()
    assert record["officials"] == [] and record["quotes"] is None


def test_the_reference_article_reads_as_a_careful_reader_lists_it():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "samples" / "patriot.txt").read_text(encoding="utf-8")
    events = newsx.extract(text).events
    assert 6 <= len(events) <= 10, [e.trigger.text for e in events]
    by_trigger = {e.trigger.text: e for e in events}
    main = [e for e in events if e.main]
    assert [e.trigger.text for e in main] == ["preparing"]
    assert main[0].source is not None and main[0].source.anonymous
    assert by_trigger["fired"].date.value == "2022-11-15" and by_trigger["fired"].who == ("Russia",)
    assert by_trigger["began"].date.value == "2022-02"
    assert by_trigger["presented"].date.value == "2022-11-15"
    assert "Volodymyr Zelensky" in by_trigger["presented"].who
    assert "updated" not in by_trigger  # "This story will be updated" is the page's own
    assert "reported" not in by_trigger  # "first reported by CNN" names a source


def test_clauses_before_a_clause_of_another_time_keep_their_happening():
    text = "After months of talks, the railway said that two bridges would be rebuilt before the season started."
    events = _events(text)
    assert [e.trigger.text for e in events] == ["rebuilt", "started"]
    first = events[0]
    assert first.start < first.end and first.text.startswith("After months of talks")
    assert "said" in [m.text for m in first.mentions]


@pytest.mark.parametrize("text,trigger", [
    ("Citing safety rules, the airline grounded its jets.", "grounded"),
    ("Speaking to reporters, the minister announced a new tax.", "announced"),
    ("Facing heavy losses, the bank cut 500 jobs on Monday.", "cut"),
])
def test_a_fronted_participle_is_the_circumstance(text, trigger):
    assert [e.trigger.text for e in _events(text)] == [trigger]


@pytest.mark.parametrize("text", [
    "The lender faces an April 30 deadline to present its rescue proposal.",
    "The council was given a deadline fixed for March 3 to approve its budget.",
])
def test_a_deadline_dates_no_happening(text):
    assert [e.date.value for e in _events(text)] == ["2022-12-13"]


def test_a_pronoun_inside_a_quote_is_not_its_speaker():
    events = _events('Senator John Smith criticised the governor. "He cut funding for schools," Smith said.')
    cut = [e for e in events if e.trigger.text == "cut"][0]
    assert cut.source is not None and cut.source.name == "John Smith"
    assert "John Smith" not in cut.who


def test_what_a_quote_says_keeps_its_speaker_as_source():
    event = _one('"The mayor has wrecked this city," said council member Ana Ruiz.')
    assert event.who == ("mayor",) and event.source is not None and event.source.name == "Ana Ruiz"


# (text, trigger, date value): a bare weekday placed by the tense of the event it dates.
WEEKDAYS = [
    ("Acme agreed to buy a games studio on Monday.", "agreed", "2022-12-12"),
    ("The union voted to strike on Friday.", "voted", "2022-12-09"),
    ("The minister will visit Kenya on Thursday.", "visit", "2022-12-15"),
]


@pytest.mark.parametrize("text,trigger,date", WEEKDAYS)
def test_a_weekday_is_placed_by_the_tense(text, trigger, date):
    event = _one(text)
    assert (event.trigger.text, event.date.value) == (trigger, date)


@pytest.mark.parametrize("text", [
    "Nobody was hurt in the blast.",
    "No one was injured.",
    "There were no immediate reports of casualties.",
])
def test_a_denied_happening_is_no_event(text):
    assert _events(text) == ()


def test_a_plan_takes_its_own_time_not_the_report_day():
    event = _one("The city will raise fares from January, officials said on Monday.")
    assert (event.trigger.text, event.status, event.date.value) == ("raise", "planned", "2023-01")


@pytest.mark.parametrize("text,what", [
    ("The company will hire 3,500 workers next year.", "hire 3,500 workers"),
    ("She will run for president in the 2024 election.", "run for president in the 2024 election"),
    ("A judge sentenced the man to 10 years in prison on Monday.", "sentenced the man to 10 years in prison"),
    ("Russia fired 85 missiles at cities in Ukraine on Tuesday.", "fired 85 missiles at cities"),
])
def test_the_predicate_phrase(text, what):
    assert _one(text).what.text == what


@pytest.mark.parametrize("text,who", [
    ("Police in Melbourne arrested two men.", "Police in Melbourne"),
    ("The mayor of Lisbon resigned on Friday.", "mayor of Lisbon"),
    ("India's top court ruled on Monday that the law was illegal.", "India's top court"),
])
def test_the_actor_keeps_its_head_noun(text, who):
    assert _one(text).who == (who,)


@pytest.mark.parametrize("text,where", [
    ("Lagos — Flooding forced thousands from their homes on Monday.", "Lagos"),
    ("Tulsa, Oklahoma - The museum opened an exhibit on Friday.", "Tulsa"),
])
def test_a_title_case_dateline_places_the_main_event(text, where):
    main = [e for e in _events(text) if e.main][0]
    assert where in main.where


@pytest.mark.parametrize("text,where", [
    ("Protesters set fire to a police station in the northern city of Monterrey on Saturday.", "Monterrey"),
    ("Hundreds of people marched through central Lima on Monday.", "Lima"),
    ("India's top court ordered the government to release data.", "India"),
    ("Fourteen people were killed when a river burst its banks in the state of Para.", "Para"),
])
def test_places(text, where):
    assert where in [e for e in _events(text) if e.main][0].where


def _content_words(text: str) -> set[str]:
    import re

    stop = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "s", "from", "by", "with"}
    return {w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)} - stop


def test_the_main_event_of_made_up_leads():
    """40 short articles written for this test (tests/data/leads.json: a careful reader's main
    event of each, with when, who, where and status); lenient matching as the scorer's: the
    main event's date equals, and who/where share a content word. Floors a little under what
    newsx gives, so that a rule change that costs an article or two is seen, not hidden."""
    import json
    from pathlib import Path

    leads = json.loads((Path(__file__).parent / "data" / "leads.json").read_text(encoding="utf-8"))
    when = who = who_n = where = where_n = 0
    for lead in leads:
        main = [e for e in _events(lead["text"]) if e.main]
        assert len(main) == 1, lead["text"]
        event = main[0]
        when += event.date is not None and event.date.value == lead["when"]
        if lead["who"]:
            who_n += 1
            who += any(_content_words(lead["who"]) & _content_words(w) for w in event.who)
        if lead["where"]:
            where_n += 1
            where += any(_content_words(lead["where"]) & _content_words(w) for w in event.where)
    assert when / len(leads) >= 0.80 and who / who_n >= 0.75 and where / where_n >= 0.70, (when, who, where)


def test_a_fronted_participle_shares_the_main_clause_subject():
    event = _one("Speaking in Paris, the minister announced new sanctions.")
    assert (event.trigger.text, event.who, event.where) == ("announced", ("minister",), ("Paris",))


def test_a_plural_noun_before_its_verb_is_no_trigger():
    event = newsx.extract("date 2023-06-01\n\nThe March 2023 floods damaged hundreds of homes.").events[0]
    assert (event.trigger.text, event.date.value, event.who) == ("damaged", "2023-03", ("March 2023 floods",))


def test_a_narrated_day_carries_within_its_paragraph_only():
    events = _events("The plant closed on December 3. Workers blocked the gates.\n\nThe union appealed to the court.")
    assert [(e.trigger.text, e.date.value) for e in events] == [
        ("closed", "2022-12-03"), ("blocked", "2022-12-03"), ("appealed", "2022-12-13")]


def test_an_announcement_on_its_own_day_is_a_happening_with_the_plan():
    events = _events("The carmaker announced on Friday that it plans to buy a rival next year.")
    assert [(e.trigger.text, e.status, e.date.value) for e in events] == [
        ("announced", "happened", "2022-12-09"), ("buy", "planned", "2023")]


def test_a_past_participle_before_the_verb_heads_no_subject():
    event = _one("Homes that were flooded were left without power.")
    assert "flooded" not in event.who
