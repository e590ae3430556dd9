"""Tables for the guards of newsx.figures (``newsx.figures.guards``): numbers that are no figure,
each row with the name of the guard that turns it down, and look-alikes that are figures."""
from __future__ import annotations

import pytest

from newsx.figures.guards import EARLY_GUARDS, LATE_GUARDS, MODEL_GUARDS, explain

from .helpers import figures_of as run


# Guards that run where pairs are joined or on the whole article, and leave no trace in ``explain``.
UNTRACED = {"score", "model_seen"}

# (guard, text, the number it turns down): no figure may overlap that number.
GUARDED = [
    # phone numbers in every common shape
    ("phone", "For tickets call +44 20 7946 0958 before noon.", "44 20 7946 0958"),
    ("phone", "The tip line, (555) 123-4567, is open daily.", "555"),
    ("phone", "Readers can reach the desk at 555.123.4567.", "555.123"),
    ("phone", "Tel: 212 555 0143", "212 555 014"),
    ("phone", "Dial 1-800-555-0199 for the recorded message.", "1"),
    ("phone", "Call 555-1234 to book a seat.", "555"),
    ("phone", "The embassy can be reached on +1 (202) 555-0143.", "1"),
    ("phone", "To donate, text or call 7946 0958.", "7946"),
    ("phone", "The hotline +33 1 45 67 89 10 takes calls at night.", "33"),
    ("phone", "The free line 0808 157 0192 opens later.", "0808"),
    ("zero_code", "His agent number was 007 in the film.", "007"),
    # IP addresses, versions and other dotted codes
    ("dotted_code", "The server at 192.168.1.1 went down.", "192.168"),
    ("dotted_code", "The patch moves the app to 4.2.1 this week.", "4.2"),
    ("dotted_code", "Firmware 10.4.7 fixed the battery drain.", "10.4"),
    # counters of photos, pages and slides
    ("counter", "Photo 1 of 4\nFirefighters work at the scene.", "1"),
    ("counter", "Slide 2/10: the route of the march", "2"),
    ("counter", "Page 3 of 12", "3"),
    ("counter", "Image: 5 of 20", "5"),
    ("counter", "A crowd gathers near the station.\n(1/4)", "1"),
    ("counter", "3 of 12\nThe mayor speaks to reporters.", "3"),
    ("counter", "Watch video 2 of 6 from the rally.", "2"),
    # names, brands and models with numbers
    ("name", "Leaders of the G-20 met in the capital.", "20"),
    ("name", "Apple released iOS 16.2 today.", "16.2"),
    ("name", "The update reaches macOS 13 first.", "13"),
    ("name", "The Airbus A350 landed safely.", "350"),
    ("name", "Traffic backed up on Interstate 95 for miles.", "95"),
    ("name", "Astronauts of Apollo 11 were honoured.", "11"),
    ("name", "Rescuers reached ward No. 12 by boat.", "12"),
    ("name", "Bug report #4419 was closed.", "4419"),
    ("name", "They launched a 5G network.", "5"),
    ("name_word", "Executives of the Big Four firms met.", "Four"),
    # identifiers
    ("long_id", "The story id is 4419111.", "4419111"),
    ("sequence", "The editors pulled story 4419111.", "4419111"),
    ("sequence", "He was charged under case 4512.", "4512"),
    ("sequence", "He upgraded to version 2.1 last week.", "2.1"),
    ("sequence", "Passengers on flight 370 were never found.", "370"),
    ("sequence", "Invoice 20931 was never paid.", "20931"),
    ("sequence", "Fans will queue for day three of the festival.", "three"),
    ("long_id", "Her account number was 88120413.", "88120413"),
    ("long_id", "They quoted 20230415 in the letter.", "20230415"),
    # dates, clock times, years and decades
    ("date_or_time", "Polls close at 8:30 tonight.", "8"),
    ("date_or_time", "The strike starts at 6pm sharp.", "6"),
    ("date_or_time", "The vote was held on 4 March.", "4"),
    ("date_or_time", "Markets opened at 0930 GMT.", "0930"),
    ("year", "The bridge opened in 1932.", "1932"),
    ("year", "The 2018 floods destroyed the crop.", "2018"),
    ("decade", "Rents doubled since the 1980s.", "1980"),
    ("period", "Profits fell in the second half.", "half"),
    # scores and votes
    ("score", "The vote was 7 to 2.", "7"),
    ("score", "The Senate voted 52 to 48 to confirm her.", "52"),
    ("score", "The home side won 3-1 on Sunday.", "3"),
    # model numbers: after "the" with a singular verb, and seen in a name earlier in the article
    ("elliptic_model", "The 747 was retired after decades of service.", "747"),
    ("elliptic_model", "Airlines still fly the 767, which is older.", "767"),
    ("elliptic_model", "Pilots say the 727 still flies well.", "727"),
    ("elliptic_model", "The 727, which first flew in 1963, is retired.", "727"),
    ("capitalised_name", "Shares of companies on the Fortune 500 list rose.", "500"),
    ("model_seen", "The Boeing 787 was delayed. Buyers said the 787 had wiring faults.", "787 had"),
    ("address", "Flowers were left outside 10 Downing Street.", "10"),
    ("model_name", "Regulators grounded the 737 MAX again.", "737"),
    ("model_name", "The carrier unveiled its first 350 Skylark on Friday.", "350"),
    ("model_seen", "The airline flies Boeing 737s. It bought five new 737 aircraft.", "737 aircraft"),
    ("model_seen", "Its 486 chips sold well. The new design is faster than the 486.", "486."),
    ("score", "Group C — Norway 3 – 1 Chile. The hosts led early.", "3 – 1"),
    ("sequence", "Lawyers filed day one motions in the bankruptcy court.", "one"),
    ("sequence", "The drug entered phase 3 trials last spring.", "3"),
    ("sequence", "Traffic queued back to junction 14 after the crash.", "14"),
    ("sequence", "Passengers waited at gate 22 for hours.", "22"),
    ("phone", "Residents made 1,500 calls to 911 overnight.", "911"),
    ("phone", "A neighbour dialled 999 at once.", "999"),
    ("named_group", "Ministers of the Group of 20 met.", "20"),
]


@pytest.mark.parametrize("guard,text,number", GUARDED)
def test_guard_turns_number_down(guard, text, number):
    start = text.index(number)
    end = start + len(number)
    assert not any(f.start < end and start < f.end for f in run(text)), run(text)
    if guard not in UNTRACED:
        assert any(rule == guard and (got in number or number in got) for got, rule in explain(text)), explain(text)


# Look-alikes that are figures: (text, the texts of its figures in order).
KEPT = [
    ("The census counted 1 212 034 500.", ["1 212 034 500"]),  # thousands, no phone number
    ("He scored 3 of 12 shots.", ["3", "12"]),  # no counter: nothing before, a noun after
    ("1 of 4 adults say they skip meals.", ["1", "4"]),
    ("Growth slowed to 3.5. In March it rose 4 percent.", ["3.5", "4 percent"]),  # a decimal, no dotted code
    ("The city has 4000000 residents.", ["4000000"]),  # a noun after a long number: a count
    ("Estimates range from 300 to 4500000.", ["from 300 to 4500000"]),
    ("Officials plan to build 2,000 homes.", ["2,000"]),  # a verb that is also an id noun
    ("They will order 500 tanks.", ["500"]),
    ("The court will release 300 prisoners.", ["300"]),
    ("Between 2000-3000 people marched.", ["2000-3000"]),  # paired with no year: no year either
    ("The firm lost 200-300 jobs.", ["200-300"]),  # a count after the pair: no score
    ("They won 20 to 30 seats.", ["20 to 30"]),
    ("Of 1,200 workers, the 400 that remain will be retrained.", ["1,200", "400"]),
    ("They caught 1,000 fish; the 430 that survived were released.", ["1,000", "430"]),
    ("About 300 Britons and 120 Americans were flown home.", ["300", "120"]),  # capitalised plurals count
    ("Police called 911 residents to warn them.", ["911"]),  # a count after a word of calling
    ("The exit poll gave them 40 seats.", ["40"]),
    ("The town has only one public hospital.", ["one"]),  # "only one" before a noun counts
    ("The index closed below 1900 and above 1700.", ["below 1900 and above 1700"]),  # no year after these
    ("Sales were at least 2010 units.", ["2010"]),
    ("He sold the 620 that were left.", ["620"]),  # a plural verb: a quantity, round or not
    ("The 430 that stayed were paid.", ["430"]),  # the main verb after the relative clause is plural
    ("The 310 who stayed were praised.", ["310"]),
    ("The firm will cut 1,500 jobs; the 1,100 that stay get a raise.", ["1,500", "1,100"]),
    ("The A380 carried 380 passengers.", ["380"]),  # a count after a model of the same digits
    ("They paid 500 USD cash.", ["500 USD"]),  # a currency before a noun that is no person
    ("Traders said 40 USD cattle prices rose.", ["40 USD"]),  # cattle are no people
    ("Tourists paid 40 EUR fees at the gate.", ["40 EUR"]),
    ("She handed over 500 USD notes.", ["500 USD"]),
    ("The club paid 90 GBP wages to each of 30 players.", ["90 GBP", "30"]),
    ("Nearly 50 PEN writers signed the letter.", ["50"]),  # initials before a plural of people
    ("Another 29 PLN employees were missing.", ["29"]),
    ("Phone sales rose 12 percent.", ["12 percent"]),  # a word of calling, no phone number
    ("Call centres hired 4,500 staff.", ["4,500"]),
    ("A magnitude 6.1 quake hit at 3.5 km depth.", ["6.1", "3.5 km"]),
]


@pytest.mark.parametrize("text,figures", KEPT)
def test_look_alike_is_a_figure(text, figures):
    assert [f.text for f in run(text)] == figures


def test_money_code_reading():
    """The code is money before a payment noun, initials before a plural noun of people."""
    cash = run("They paid 500 USD cash.")[0]
    assert (cash.kind, cash.unit, cash.counted) == ("money", "USD", "cash")
    staff = run("Another 29 PLN employees were missing.")[0]
    assert (staff.kind, staff.unit, staff.counted) == ("count", None, "PLN employees")


def test_guard_names_are_unique_and_documented():
    from newsx.figures import guards
    names = [n for n, _ in EARLY_GUARDS + LATE_GUARDS + MODEL_GUARDS]
    assert len(names) == len(set(names))
    for n in names + ["is_lone_one", "leads_to_duration"]:
        assert f"``{n}``" in guards.__doc__, n
    assert {g for g, _, _ in GUARDED} - UNTRACED <= set(names)


def test_unique_rows():
    texts = [t for _, t, _ in GUARDED] + [t for t, _ in KEPT]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("text", ["+" * 500 + "1", "(" * 300 + "555) 1", "1." * 3000, "1 of " * 2000,
                                  "call " + "12 " * 3000, "\n1/4\n" * 500])
def test_hostile_guard_inputs(text):
    run(text)
