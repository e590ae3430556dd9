"""Events extractor: tables of (text, expected) with hand-made date mentions and a fixed day.

Most tables check the event words (``event_words``: one per trigger, with the date, actors and
places the rules give it); the happenings they are grouped into are checked in
``test_happenings.py``."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from newsx.doc import read
from newsx.events import event_words
from newsx.model import DateMention

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def _mentions(text: str, dates: dict[str, str] | None = None) -> list[DateMention]:
    """Date mentions for the given (phrase -> TIMEX3 value) pairs, every occurrence."""
    mentions = []
    for phrase, value in (dates or {}).items():
        kind = "DURATION" if value.startswith("P") else "DATE"
        for m in re.finditer(re.escape(phrase), text):
            mentions.append(DateMention(phrase, m.start(), m.end(), kind, value, None, "test"))
    return mentions


def _events(text: str, dates: dict[str, str] | None = None, published: dt.date | None = PUBLISHED):
    """The event words of a text."""
    return event_words(read(text), _mentions(text, dates), published)


def _by_trigger(events, word):
    found = [e for e in events if e.trigger.text == word]
    assert found, f"no event with trigger {word!r}: {[e.trigger.text for e in events]}"
    return found[0]


# (text, dates, trigger, expected date value, who contains, where contains)
CASES = [
    ("The company announced on March 2 that it had closed two plants.", {"March 2": "2021-03-02"},
     "announced", "2021-03-02", None, None),
    ("Police arrested three men in Leeds on Monday.", {"Monday": "2021-03-08"},
     "arrested", "2021-03-08", None, "Leeds"),
    ("Acme Corp fired its chief executive.", {}, "fired", "2021-03-10", "Acme Corp", None),
    ("The storm hit Florida last week.", {"last week": "2021-W09"}, "hit", "2021-W09", None, "Florida"),
    ("The minister will visit Kenya on April 4.", {"April 4": "2021-04-04"}, "visit", "2021-04-04", None, "Kenya"),
    ("Maria Lopez, talking to farmers in Lima, criticised the plan.", {}, "criticised", "2021-03-10",
     "Maria Lopez", "Lima"),
    ("The talks collapsed in January.", {"January": "2021-01"}, "collapsed", "2021-01", None, None),
    ("Shares fell sharply after the bank said it lost money.", {}, "said", "2021-03-10", None, None),
    ("The rebels seized the town, the army said Tuesday.", {"Tuesday": "2021-03-09"}, "said", "2021-03-09", None, None),
    ("Prime Minister Jane Doe resigned today.", {"today": "2021-03-10"}, "resigned", "2021-03-10", "Jane Doe", None),
    ("José Müller opened a café in Zürich.", {}, "opened", "2021-03-10", "José Müller", "Zürich"),
    ("The merger was approved by regulators in Brussels.", {}, "approved", "2021-03-10", None, "Brussels"),
]


@pytest.mark.parametrize("text,dates,trigger,date,who,where", CASES)
def test_event(text, dates, trigger, date, who, where):
    event = _by_trigger(_events(text, dates), trigger)
    assert (event.date.value if event.date else None) == date
    if who is not None:
        assert any(who in w for w in event.who), event.who
    if where is not None:
        assert any(where in w for w in event.where), event.where
    assert text[event.start:event.end] == event.text
    assert text[event.trigger.start:event.trigger.end] == event.trigger.text
    assert event.start <= event.trigger.start and event.trigger.end <= event.end


# Texts without any event: no verbs or event nouns, names only, headers.
NEGATIVES = [
    "",
    "   ",
    "The red house.",
    "Photo: Reuters",
    "John Smith, Reuters, London",
    "(AP)",
    "1, 2, 3.",
    "\x00\x01\x02",
    '"""',
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text,absent", [
    ("The planned visit to Oslo is over.", "planned"),
    ("The planes of their individual owners were parked.", "planes"),
    ("Families lack access to iodised salt.", "iodised"),
    ("It has 149 confirmed orders.", "confirmed"),
    ("The move was unprecedented.", "unprecedented"),
    ("They themselves created it.", "themselves"),
    ("The meeting was well prepared.", "well"),
    ("An update is forthcoming.", "forthcoming"),
    ("Their individual claims were rejected.", "individual"),
    ("Northern Ireland is lovely.", "Northern"),
    ("Fans who had cheered went home.", "had"),
    ("They have lost a seat on the board.", "have"),
    ("The old building was sold.", "building"),
    ("A new funding round was announced.", "funding"),
    ("She lost the first two sets.", "sets"),
    ("He won the second set easily.", "set"),
    ("The firm has plants in 12 states.", "states"),
    ("The No. 3-ranked team lost.", "ranked"),
])
def test_not_triggers(text, absent):
    assert absent not in [e.trigger.text for e in _events(text)]


@pytest.mark.parametrize("text,trigger", [
    ("The company building a plant in Ohio hired staff.", "building"),
    ("The people working on the bridge were tired.", "working"),
    ("They are building a new plant.", "building"),
])
def test_participles_after_a_noun_stay_triggers(text, trigger):
    assert trigger in [e.trigger.text for e in _events(text)]


def test_narrative_date_carries_to_the_next_sentence():
    text = "The plane crashed on February 3 near Oslo. The pilot survived. Investigators said the cause is unclear."
    events = _events(text, {"February 3": "2021-02-03"})
    assert _by_trigger(events, "crashed").date.value == "2021-02-03"
    assert _by_trigger(events, "survived").date.value == "2021-02-03"
    # A report is dated by its own publication.
    assert _by_trigger(events, "said").date.value == "2021-03-10"
    assert _by_trigger(events, "said").date.text is None


def test_a_clause_without_action_is_a_state():
    events = _events("The company has 6,000 dealers.")
    assert [e.trigger.text for e in events] == ["has"]
    assert events[0].rule == "published"


def test_time_inside_a_quotation_does_not_date_the_report():
    text = 'The coach said, "Today we play for the title."'
    events = _events(text, {"Today": "2021-03-10"}, published=dt.date(2021, 3, 11))
    said = _by_trigger(events, "said")
    assert said.date.value == "2021-03-11" and said.date.text is None


def test_a_measured_period_does_not_date_the_report():
    text = "Acme posted a loss for the past year."
    events = _events(text, {"the past year": "2020"})
    assert _by_trigger(events, "posted").date.value == "2021-03-10"


def test_statements_of_a_recent_occasion_share_its_day():
    text = "Acme said on Monday that sales rose. Acme also said it would hire staff. It is a big step."
    events = _events(text, {"Monday": "2021-03-08"})
    assert _by_trigger(events, "said").date.value == "2021-03-08"
    also = [e for e in events if e.trigger.text == "said"][1]
    assert also.date.value == "2021-03-08" and also.rule == "occasion-date"


def test_a_day_elsewhere_in_the_sentence_dates_an_action_of_the_same_tense():
    text = "The pump failed when the crew ran its first test on 11 December. It will resume on April 2."
    events = _events(text, {"11 December": "2020-12-11", "April 2": "2021-04-02"})
    assert _by_trigger(events, "failed").date.value == "2020-12-11"
    assert _by_trigger(events, "failed").rule == "dated-sentence"


@pytest.mark.parametrize("text,trigger,who", [
    ("The contract was awarded by the Ports Authority.", "awarded", "Ports Authority"),
    ('"We won," said Maria Lopez.', "said", "Maria Lopez"),
    ("Louis Martin, the chief executive, said the plant will close.", "said", "Louis Martin"),
    ("Acme Corp opened a depot. The company said it hired 300 people.", "said", "Acme Corp"),
    ("The steering computer failed.", "failed", "steering computer"),
    ("Zeta's protest was upheld.", "protest", "Zeta"),
    ("Acme Corp sold a plant. Critics welcomed the firm's decision.", "decision", "Acme Corp"),
    ("Zeta unexpectedly defeated Acme.", "defeated", "Zeta"),
    ("At least some parts were made by hand; the finals saw Cloud9 win.", "saw", "finals"),
    ("The largest ferry, the Zeta Z9, has made its first trip.", "made", "Zeta Z9"),
    ("General Motors said it would cut jobs.", "said", "General Motors"),
    ("General Dynamics Corp. said it would cut jobs.", "said", "General Dynamics Corp"),
    ("General David Petraeus said the war would end.", "said", "David Petraeus"),
    ("Ann Lee, president and CEO of Acme Corp said the plant will close.", "said", "Ann Lee"),
    ("The plane is due to arrive in Lima.", "arrive", "plane"),
    ("Ryanair CEO, Michael O'Leary, justified the choice.", "justified", "Michael O'Leary"),
    ("Ana Diaz, speaking at a rally, promised new roads.", "promised", "Ana Diaz"),
    ("The airline, which was founded in 1990, announced a merger.", "announced", "airline"),
    ("Judge Ann Kaplan called the jurors into the courtroom and explained the rules.", "explained", "Judge Ann Kaplan"),
    ("The firm cut jobs in Ohio and closed two plants.", "closed", "firm"),
])
def test_who(text, trigger, who):
    assert who in _by_trigger(_events(text), trigger).who


def test_a_main_clause_resumed_after_a_relative_clause_keeps_its_date():
    text = "On March 5, Acme, which went bankrupt earlier today, announced a plan."
    events = _events(text, {"March 5": "2021-03-05", "earlier today": "2021-03-10"})
    assert _by_trigger(events, "announced").date.value == "2021-03-05"
    assert _by_trigger(events, "went").date.value == "2021-03-10"


def test_a_day_that_bounds_a_period_does_not_date_a_verb():
    text = "The firm has until March 31 to file its plan."
    events = _events(text, {"March 31": "2021-03-31"})
    assert _by_trigger(events, "file").date.value == "2021-03-10"


def test_a_new_subject_after_and_starts_a_clause():
    text = "The strikes started on June 3 and Lima says they will go on."
    events = _events(text, {"June 3": "2020-06-03"})
    assert _by_trigger(events, "started").date.value == "2020-06-03"
    assert _by_trigger(events, "says").date.value == "2021-03-10"


def test_a_past_action_placed_in_a_quarter_keeps_the_quarter():
    text = "Acme lost $2 billion in the second quarter of 2011."
    events = _events(text, {"the second quarter of 2011": "2011-Q2"})
    assert _by_trigger(events, "lost").date.value == "2011-Q2"


def test_tables_have_no_duplicate_rows():
    assert len(CASES) == len({(text, trigger) for text, _, trigger, *_ in CASES})
    assert len(NEGATIVES) == len(set(NEGATIVES))


def test_an_event_named_again_keeps_its_date():
    text = ("Observers found errors after the first vote. "
            "The errors went unreported when the council held its first vote on 11 December.")
    events = _events(text, {"11 December": "2020-12-11"})
    first = [e for e in events if e.trigger.text == "vote"][0]
    assert first.date.value == "2020-12-11" and first.rule == "same-event"


def test_a_report_after_a_quotation_is_its_own_clause():
    text = '"The depot is the best in the region," said Ann Park, chairman of Zeta Air.'
    said = _by_trigger(_events(text), "said")
    assert said.text.startswith("said") and said.who == ("Ann Park",)


def test_a_participle_after_a_place_does_not_take_the_place_as_subject():
    text = "Ana Diaz stood outside the hall in the park, waiting for a taxi."
    waiting = _by_trigger(_events(text), "waiting")
    assert "park" not in " ".join(waiting.who)


def test_a_base_form_that_is_also_a_participle_after_a_modal():
    assert _by_trigger(_events("Analysts said the costs could well run into millions."), "run")


def test_to_plus_a_base_form_that_looks_past_is_scheduled():
    events = _events("The firm is to cut 300 jobs on April 2.", {"April 2": "2021-04-02"})
    assert _by_trigger(events, "cut").date.value == "2021-04-02"


def test_a_present_perfect_is_not_dated_by_a_past_time():
    text = "The bridge, begun three years ago, has been delayed again."
    events = _events(text, {"three years ago": "2018"})
    assert _by_trigger(events, "delayed").date.value == "2021-03-10"


def test_no_publication_date_leaves_undated_events_undated():
    events = _events("The plane crashed.", {}, published=None)
    assert _by_trigger(events, "crashed").date is None


def test_pronoun_subject_takes_the_last_actor():
    text = "John Carter founded the firm in 1990. He sold it last year."
    events = _events(text, {"1990": "1990", "last year": "2020"})
    assert _by_trigger(events, "sold").who == ("John Carter",)


def test_reference_article():
    path = Path(__file__).resolve().parents[1] / "samples" / "patriot.txt"
    text = path.read_text(encoding="utf-8")
    dates = {"November 15": "2022-11-15", "late-February": "2022-02", "Tuesday": "2022-12-13",
             "Monday": "2022-12-12"}
    events = _events(text, dates, published=dt.date(2022, 12, 13))
    fired = _by_trigger(events, "fired")
    assert fired.date.value == "2022-11-15" and fired.date.text == "November 15"
    assert fired.who == ("Russia",) and "Ukraine" in fired.where
    presented = _by_trigger(events, "presented")
    assert "Volodymyr Zelensky" in presented.who and "Indonesia" in presented.where
    assert _by_trigger(events, "began").date.value == "2022-02"


def test_reference_article_through_the_pipeline():
    path = Path(__file__).resolve().parents[1] / "samples" / "patriot.txt"
    import newsx

    events = newsx.extract(path.read_text(encoding="utf-8")).events
    fired = _by_trigger(events, "fired")
    assert fired.date.value == "2022-11-15" and fired.who == ("Russia",) and "Ukraine" in fired.where
    presented = _by_trigger(events, "presented")
    assert "Volodymyr Zelensky" in presented.who and "Indonesia" in presented.where
    assert _by_trigger(events, "began").date.value == "2022-02"


def test_offsets_hold_on_odd_input():
    text = "“Unbalanced quote. He said; — it ended ((( 12,000 … and was killed.\n\nNew line: they voted."
    for event in _events(text, {"12,000": "P1D"}):
        assert text[event.start:event.end] == event.text
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text


@pytest.mark.parametrize("text", ["a" + "'" * 200_000, "1" + "," * 200_000, '"' * 200_000, "Mr. " * 50_000])
def test_pathological_input_gives_valid_spans(text):
    # Inputs on which a backtracking pattern would hang; their timing is measured in benchmarks/bench.py.
    for event in _events(text):
        assert text[event.start:event.end] == event.text


def test_long_input_finds_events_throughout():
    text = ("The council voted on Monday and the mayor resigned after the vote in Paris. " * 4000)
    events = _events(text, {"Monday": "2021-03-08"})
    assert events and events[-1].start > len(text) - 100


@pytest.mark.parametrize("text,trigger,where", [
    ("Editor in Chief Ana Ruiz said in a statement.", "said", []),
    ("The plant in Pidie Jaya was hit.", "hit", ["Pidie Jaya"]),
])
def test_a_titled_person_is_no_place(text, trigger, where):
    assert list(_by_trigger(_events(text), trigger).where) == where


def test_a_day_is_neither_owner_nor_place():
    events = _events("Friday's losses came after prices fell from Monday's highs.")
    assert _by_trigger(events, "losses").who == ()
    assert all("Monday" not in e.where for e in events)


def test_as_with_a_new_named_subject_starts_a_clause():
    events = _events("Banks rallied on Monday as Acme Corp sank 5%.")
    assert _by_trigger(events, "sank").text.startswith("as Acme Corp sank")
    known = _events("The jets, known as KC-9s, are based on a larger plane.")
    assert not _by_trigger(known, "are").text.startswith("as")


# Triggers that report no event: (text, word that must not be a trigger, word that must be one).
NOT_EVENTS = [
    ("The firm did not say when its depot would reopen.", "say", None),
    ("Regulators never approved the merger, the agency said.", "approved", "said"),
    ("A bigger plane could carry more fuel.", "carry", None),
    ("The rules would require extensive training.", "require", None),
    ("The firm said it would cut 300 jobs.", None, "cut"),
    ("The bank warned that it might miss its targets.", None, "miss"),
    ("The company, first reported by Reuters, would represent a big step.", "represent", "reported"),
    ("Investors believe the shares will rise.", "believe", "rise"),
    ("Union leaders want a better offer.", "want", None),
    ("He hoped the talks would resume.", "hoped", None),
    ("The carrier is in talks with two lenders.", "talks", None),
    ("It asked for $5 billion in aid.", "aid", "asked"),
    ("The board approved a major restructuring programme.", "restructuring", "approved"),
    ("A bankruptcy court approved the sale.", "bankruptcy", "approved"),
    ("Lee said help would come in coming days.", "coming", "said"),
]


@pytest.mark.parametrize("text,absent,present", NOT_EVENTS)
def test_what_is_not_an_event(text, absent, present):
    triggers = [e.trigger.text for e in _events(text)]
    if absent:
        assert absent not in triggers, triggers
    if present:
        assert present in triggers, triggers


def test_a_clause_whose_only_trigger_is_no_event_keeps_its_state():
    assert _by_trigger(_events("At present the fleet has 40 buses and 12 on order."), "has")


def test_has_given_is_a_perfect():
    assert _by_trigger(_events("The grant has given a lift to the town."), "given").date.value == "2021-03-10"


# Days counted from another event: (text, dates, trigger, expected day).
OFFSETS = [
    ("A day before the vote, the firm said it would cut jobs.", {"A day": "P1D"}, "said", "2021-03-09"),
    ("The strike starts a day after the union rejected a pay offer.", {"a day": "P1D"}, "rejected",
     "2021-03-09"),
    ("The strike starts a day after the union rejected a pay offer.", {"a day": "P1D"}, "starts", "2021-03-10"),
    ("Two days earlier, the firm had sold its plant.", {"Two days": "P2D"}, "sold", "2021-03-08"),
    ("The firm announced the cuts a week after the strike ended.", {"a week": "P1W"}, "ended", "2021-03-03"),
    ("A week after the vote, the party will meet again.", {"A week": "P1W"}, "meet", "2021-03-17"),
    ("A day after the vote, the party said it had won.", {"A day": "P1D"}, "said", "2021-03-10"),
]


@pytest.mark.parametrize("text,dates,trigger,day", OFFSETS)
def test_days_counted_from_another_event(text, dates, trigger, day):
    assert _by_trigger(_events(text, dates), trigger).date.value == day


# Places: (text, trigger, expected where).
PLACES = [
    ("Russia fired missiles at cities in Ukraine.", "fired", ("Ukraine",)),
    ("France banned the drug.", "banned", ("France",)),
    ("The team faced Brazil at Lusail Stadium.", "faced", ("Brazil", "Lusail Stadium")),
    ("Protesters marched in Asmara, Eritrea.", "marched", ("Asmara", "Eritrea")),
    ("The striker scored after a pass from Jane Doe.", "scored", ()),
]


@pytest.mark.parametrize("text,trigger,where", PLACES)
def test_places(text, trigger, where):
    assert _by_trigger(_events(text), trigger).where == where


def test_the_first_of_two_event_nouns_only_modifies_the_second():
    triggers = [e.trigger.text for e in _events("The board approved a restructuring plan.")]
    assert "restructuring" not in triggers and "plan" in triggers


@pytest.mark.parametrize("text,absent", [
    ("Union leaders want to avoid a strike.", "avoid"),
    ("The rules would require extensive training.", "training"),
    ("The firm did not announce a merger.", "merger"),
])
def test_what_an_unreported_verb_governs_is_no_event(text, absent):
    assert absent not in [e.trigger.text for e in _events(text)]


def test_an_event_noun_takes_the_date_of_its_dated_verb():
    events = _events("Acme has sold arms since the war began in February.", {"February": "2021-02"})
    war = _by_trigger(events, "war")
    assert war.date.value == "2021-02" and war.who == ()


def test_a_frame_noun_is_not_dated_by_the_day_of_its_clause():
    events = _events("It was the biggest attack of the war on March 2.", {"March 2": "2021-03-02"})
    assert _by_trigger(events, "attack").date.value == "2021-03-02"
    assert _by_trigger(events, "war").date.value == "2021-03-10"


def test_the_subject_after_with_does_a_participle():
    events = _events("The plan failed, with senior officials saying it was too late.")
    assert _by_trigger(events, "saying").who == ("senior officials",)


def test_we_is_the_organisation_named_before():
    events = _events('Acme Corp said on Monday it would cut jobs. "We have closed two plants," a spokesman said.',
                     {"Monday": "2021-03-08"})
    assert _by_trigger(events, "closed").who == ("Acme Corp",)


def test_the_name_before_an_acronym_and_an_apposition_is_the_actor():
    events = _events("Acme Aerospace Ltd (AAL), the parent company of Zeta Air, has won a contract.")
    assert _by_trigger(events, "won").who == ("Acme Aerospace Ltd",)


@pytest.mark.parametrize("text,trigger", [
    ("Senator Lee has been the plan's fiercest critic.", "been"),
    ("The fund bought a stake in 2012 and has since raised its share.", "raised"),
    ("Analysts had forecast a loss.", "forecast"),
])
def test_the_main_verb_is_the_trigger(text, trigger):
    assert trigger in [e.trigger.text for e in _events(text)]


@pytest.mark.parametrize("text,absent", [
    ("The agency opened Zeta's improved offer.", "improved"),
    ("The plane has three mixed classes.", "mixed"),
])
def test_a_participle_before_a_noun_is_an_adjective(text, absent):
    assert absent not in [e.trigger.text for e in _events(text)]


# Actors: (text, trigger, expected who).
ACTORS = [
    ("Citing safety rules, Acme Air cancelled the flights.", "Citing", ("Acme Air",)),
    ("Citing budget limits, U.S. officials refused the request.", "Citing", ("U.S. officials",)),
    ("Zeta Airways, which chose the Z3, also ordered ten jets.", "chose", ("Zeta Airways",)),
    ("Lee Park, the Director of Acme Motors, which sold its depot, spoke.", "sold",
     ("Acme Motors",)),
    ("The Zeta Airways order is worth $6 billion.", "order", ("Zeta Airways",)),
    ("Lee presented a plan after the announcement by Acme Motors.", "announcement", ("Acme Motors",)),
]


@pytest.mark.parametrize("text,trigger,who", ACTORS)
def test_actors(text, trigger, who):
    assert _by_trigger(_events(text), trigger).who == who


def test_the_places_of_an_aside_without_event_go_to_the_clause_before():
    text = "The ferry was greeted by guests, including the mayor, at Harbour Airport."
    assert "Harbour Airport" in _by_trigger(_events(text), "greeted").where


def test_a_trailing_participle_happens_with_its_clause():
    events = _events("The agency on March 2 called for a new vote, citing flaws in the count.",
                     {"March 2": "2021-03-02"})
    assert _by_trigger(events, "citing").date.value == "2021-03-02"


# The clause layer of the document (newsx/doc/clauses.py): clauses, verb forms, tense.
def test_the_clause_layer_is_built_on_first_use():
    doc = read("The council voted on Monday.")
    assert doc._clauses is None
    assert doc.clauses is doc.clauses and doc._clauses is not None


def test_clauses_are_ranges_of_document_words_with_the_clause_they_resume():
    doc = read("Ana Lee, who took over in March, said the plan would fail.")
    clauses = doc.clauses.clause_words()
    texts = [doc.text[doc.words.start[i]:doc.words.end[j - 1]] for i, j, _ in clauses]
    assert texts == ["Ana Lee,", "who took over in March,", "said the plan would fail"]
    assert [parent for _, _, parent in clauses] == [None, None, 0]  # "said ..." resumes "Ana Lee"


@pytest.mark.parametrize("text,word,form", [
    ("The firm cut 300 jobs.", "cut", "past"),
    ("The firm has cut 300 jobs.", "cut", "perfect"),
    ("The firm will cut 300 jobs.", "cut", "future"),
    ("The firm is to cut 300 jobs.", "cut", "future"),
    ("The firm could cut 300 jobs.", "cut", "nonfinite"),
    ("Acme cuts 300 jobs.", "cuts", "present"),
    ("They reshuffle the board.", "reshuffle", "present"),
    ("The vote was close.", "vote", "noun"),
    ("The planned visit was short.", "planned", None),
    ("Acme Corp sued Zeta.", "Acme", None),
])
def test_verb_forms(text, word, form):
    doc = read(text)
    k = doc.words.text.index(word)
    assert doc.clauses.form_of(k) == form


@pytest.mark.parametrize("text,at,tense", [
    ("The firm said on Monday that sales rose.", "Monday", "past"),
    ("The firm will open a depot on Monday.", "Monday", "future"),
    ("The firm says on Monday it is hiring.", "Monday", "present"),
    ("On Monday.", "Monday", None),
])
def test_the_tense_of_the_clause_around_an_offset(text, at, tense):
    doc = read(text)
    assert doc.clauses.tense_at(text.index(at)) == tense


# Word classes (newsx/doc/forms.py): bits cached per word type that stand for the tests they replace.
@pytest.mark.parametrize("word", ["said", "planned", "stopping", "won't", "never", "believes", "of", "for",
                                  "however", "them", "Tuesday", "and", "which", ",", ";", "U.S", "building",
                                  "hundred", "carries", "taken", "analyst"])
def test_word_classes_stand_for_their_tests(word):
    from newsx.doc import forms
    from newsx.doc.tokens import word_flags
    from newsx.lexicon.grammar import NEGATIONS
    from newsx.lexicon.names import NOT_NAMES
    from newsx.lexicon.verbs import IRREGULAR_PAST, OPINION
    low = word.lower()
    flags = word_flags(word, low)
    assert bool(flags & forms.AUX) == forms.is_aux(low)
    assert bool(flags & forms.REGULAR_PAST) == forms.is_regular_past(low)
    assert bool(flags & forms.PAST_FORM) == (low in IRREGULAR_PAST or forms.is_regular_past(low))
    assert bool(flags & forms.HAS_BASE) == (forms.base_of(low) is not None)
    assert bool(flags & forms.NEGATIVE) == (low in NEGATIONS or low.endswith("n't"))
    assert bool(flags & forms.OPINION_WORD) == (low in OPINION)
    assert bool(flags & forms.NOT_NAME) == (low in NOT_NAMES)
    assert bool(flags & forms.DOTTED) == ("." in word)


def test_the_clause_columns_read_an_abbreviation_without_its_period():
    doc = read("Shares of Acme Corp. rose after the U.S.-based firm said it would expand.")
    columns = doc.clauses.columns
    assert "corp" in columns.low and "corp." not in columns.low
    assert "u.s." in columns.low  # a dotted acronym before a hyphen keeps its period
    k = columns.low.index("corp")
    assert doc.text[columns.start[k]:columns.end[k]] == "Corp"
    assert [doc.words.low[i] for i in columns.words()][k] == "corp."


def test_a_clause_starts_after_a_quotation_before_its_reporting_verb():
    doc = read('"We will expand," said Ana Ruiz, who runs the firm.')
    clauses = doc.clauses.clause_words()
    texts = [doc.text[doc.words.start[i]:doc.words.end[j - 1]] for i, j, _ in clauses]
    assert texts[1].startswith("said Ana Ruiz")
