"""Tables for newsx.dates: publication date and TIMEX3 values against a fixed date."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsx.dates import detect_published, extract_dates
from newsx.doc import read

PUB = dt.date(2022, 12, 13)  # a Tuesday


def run(text: str, published: dt.date | None = PUB):
    return extract_dates(read(text), published)


def one(text: str, published: dt.date | None = PUB):
    found = run(text, published)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start:d.end] == d.text
    return d.text, d.type, d.value, d.mod


PUBLISHED = [
    ("date 2022-12-13 The Pentagon said Tuesday.", ("2022-12-13", "2022-12-13", "header")),
    ("Title line\n\nSunday, March 8, 2015\n\nThe body.", ("2015-03-08", "Sunday, March 8, 2015", "dateline")),
    ("WASHINGTON, Dec. 13, 2022 (AP) — Officials said.", ("2022-12-13", "Dec. 13, 2022", "dateline")),
    ("Ukraine war\nPublished 10:42 AM EST, Tue December 13, 2022\nKYIV", ("2022-12-13", "Tue December 13, 2022", "byline")),
    ("By Jane Doe | December 13, 2022\nText.", ("2022-12-13", "December 13, 2022", "byline")),
    ("Updated Dec 13, 2022\nText.", ("2022-12-13", "Dec 13, 2022", "byline-updated")),
    ("NAIROBI, Kenya, Aug. 7, 1998 (AP) - Bombs exploded.", ("1998-08-07", "Aug. 7, 1998", "dateline")),
    ("Ukraine latest\nDecember 13, 2022 4:52 PM UTC\nNEW YORK (Reuters) - Stocks fell.",
     ("2022-12-13", "December 13, 2022", "dateline")),
    ("Posted: 12/13/2022 10:42 AM\nText.", ("2022-12-13", "12/13/2022", "byline")),
    ("Posted: 13/12/2022 10:42 AM\nText.", ("2022-12-13", "13/12/2022", "byline")),
    ("Published 2022-12-13T10:42\nText.", ("2022-12-13", "2022-12-13T10:42", "byline")),
    ("Updated: Dec. 13, 2022 4:00 PM\nText.", ("2022-12-13", "Dec. 13, 2022", "byline-updated")),
    ("WASHINGTON, Dec. 13 (Reuters) - Sales rose in 2022, after 2021 and the 2022 plan.",
     ("2022-12-13", "Dec. 13", "dateline-yearless")),
    ("Monday, Dec. 13\n\nThe plan set in 2022 and 2022 holds.", ("2021-12-13", "Monday, Dec. 13", "dateline-yearless")),
    ("KYIV, Tuesday (AP) \u2014 The strike of Dec. 10, 2022 killed two.", ("2022-12-13", "Tuesday", "dateline-weekday")),
    ("Title\n\nThursday, June 15, 2017\n\nKYIV, Tuesday (AP) - In 2016 it began.", ("2017-06-15", "Thursday, June 15, 2017", "dateline")),
]


@pytest.mark.parametrize("text,expected", PUBLISHED)
def test_published(text, expected):
    p = detect_published(read(text))
    assert p is not None
    assert (p.value, p.text, p.rule) == expected
    assert text[p.start:p.end] == p.text


@pytest.mark.parametrize("text", [
    "", "No date here at all.", "date 2022-02-30 impossible", "The year 1850 was long ago, February 31, 1999.",
    "x" * 700 + " December 13, 2022",
    "In Paris, the company said on March 3, 2020 that it would expand.",
    "WASHINGTON, Dec. 13 (Reuters) - No year in this dateline.",
    "KYIV, Tuesday (AP) - No full date anywhere.",
    "May 5 is the day we met in 2020.",
    "Tuesday\n\nOn Dec. 10, 2022 things happened.",
])
def test_published_none(text):
    assert detect_published(read(text)) is None


DATES = [
    ("Officials said Tuesday.", ("Tuesday", "DATE", "2022-12-13", None)),
    ("He said Monday that it would help.", ("Monday", "DATE", "2022-12-12", None)),
    ("The vote will be held Friday.", ("Friday", "DATE", "2022-12-16", None)),
    ("Russia fired missiles on November 15.", ("November 15", "DATE", "2022-11-15", None)),
    ("The war began in late-February.", ("late-February", "DATE", "2022-02", "END")),
    ("The war began in late February.", ("late February", "DATE", "2022-02", "END")),
    ("It opened Nov. 15, 2021.", ("Nov. 15, 2021", "DATE", "2021-11-15", None)),
    ("It opened 15 November 2021.", ("15 November 2021", "DATE", "2021-11-15", None)),
    ("The deal closed on 12/13/2022.", ("12/13/2022", "DATE", "2022-12-13", None)),
    ("The data is from 2022-10-01.", ("2022-10-01", "DATE", "2022-10-01", None)),
    ("Prices rose in the 1990s.", ("the 1990s", "DATE", "199", None)),
    ("Sales fell in 1998.", ("1998", "DATE", "1998", None)),
    ("Growth slowed in early 2020.", ("early 2020", "DATE", "2020", "START")),
    ("The plant was built in the mid-1990s.", ("the mid-1990s", "DATE", "199", "MID")),
    ("Profit rose in the third quarter.", ("the third quarter", "DATE", "2022-Q3", None)),
    # "of the year": of this year, a half or quarter as "of 2022" would give.
    ("The firm reported a loss for the first half of the year.", ("the first half of the year", "DATE", "2022-H1", None)),
    ("Growth slowed in the third quarter of the current year.",
     ("the third quarter of the current year", "DATE", "2022-Q3", None)),
    ("He scored twice in the first half of the match.", None),
    ("The park will reopen this summer.", ("this summer", "DATE", "2022-SU", None)),
    ("He arrived yesterday.", ("yesterday", "DATE", "2022-12-12", None)),
    ("She will speak tomorrow.", ("tomorrow", "DATE", "2022-12-14", None)),
    ("The game is tonight.", ("tonight", "TIME", "2022-12-13TNI", None)),
    ("They met last week.", ("last week", "DATE", "2022-W49", None)),
    ("Rates rise next month.", ("next month", "DATE", "2023-01", None)),
    ("It closed two years ago.", ("two years ago", "DATE", "2020", None)),
    ("They met Tuesday afternoon.", ("Tuesday afternoon", "DATE", "2022-12-13", None)),
    ("Fans will gather on Saturday night.", ("Saturday night", "DATE", "2022-12-17", None)),
    ("The meeting ended at 5:30 p.m.", ("5:30 p.m.", "TIME", "2022-12-13T17:30", None)),
    ("She landed at 10:45 a.m.", ("10:45 a.m.", "TIME", "2022-12-13T10:45", None)),
    ("The auction closes Friday.", ("Friday", "DATE", "2022-12-16", None)),
    ("The fair opened on 2 June.", ("2 June", "DATE", "2022-06-02", None)),
    ("Service resumes on Monday.", ("Monday", "DATE", "2022-12-19", None)),
    ("The polls shut at 21:30 Monday.", ("21:30 Monday", "TIME", "2022-12-12T21:30", None)),
    ("He served three years in prison.", ("three years", "DURATION", "P3Y", None)),
    ("It took several months to build.", ("several months", "DURATION", "PXM", None)),
    ("Prices jumped over the past 24 hours.", ("the past 24 hours", "DURATION", "PT24H", None)),
    ("The trial lasted about three weeks.", ("about three weeks", "DURATION", "P3W", "APPROX")),
    ("The talks lasted more than two years.", ("more than two years", "DURATION", "P2Y", "MORE_THAN")),
    ("The town has stood for about 4,000 years.", ("about 4,000 years", "DURATION", "P4000Y", "APPROX")),
    ("The walk took 1,200 days.", ("1,200 days", "DURATION", "P1200D", None)),
    ("It was a three-and-a-half-hour debate.", ("three-and-a-half-hour", "DURATION", "PT3H30M", None)),
    ("In the future, of course, costs will fall.", ("the future", "DATE", "FUTURE_REF", None)),
    ("The market opens every Monday.", ("every Monday", "SET", "XXXX-WXX-1", None)),
    ("The report is published annually.", ("annually", "SET", "P1Y", None)),
    ("Prices are now lower.", ("now", "DATE", "PRESENT_REF", None)),
    ("It recently changed.", ("recently", "DATE", "PAST_REF", None)),
    ("Plans for the future are unclear.", ("the future", "DATE", "FUTURE_REF", None)),
    ("More aid is likely in coming days.", ("coming days", "DATE", "FUTURE_REF", None)),
    ("Talks resume in the coming weeks.", ("the coming weeks", "DATE", "FUTURE_REF", None)),
    ("Sales fell in recent years.", ("recent years", "DURATION", "PXY", None)),
    ("Inflation rose this year.", ("this year", "DATE", "2022", None)),
    ("Stores opened on Thanksgiving Day.", ("Thanksgiving Day", "DATE", "2022-11-24", None)),
    ("The chapel was busy last Easter.", ("last Easter", "DATE", "2022-04-17", None)),
    ("The bridge opened in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996", None)),
    ("Music changed in the sixties.", ("the sixties", "DATE", "196", None)),
    ("It was built in the 19th century.", ("the 19th century", "DATE", "18", None)),
    ("Sales rose 5% from a year earlier.", ("a year earlier", "DATE", "2021", None)),
    ("Three days later, the talks collapsed.", ("Three days", "DURATION", "P3D", None)),
    ("The offer expires at 5 p.m. EST Dec. 20.", ("5 p.m. EST Dec. 20", "TIME", "2022-12-20T17:00", None)),
    ("The storm hit over the weekend.", ("the weekend", "DATE", "2022-W49-WE", None)),
    ("The firm expects to finish by year-end.", ("year-end", "DATE", "2022-12-31", None)),
    ("Shares fell in late afternoon trading.", ("late afternoon", "TIME", "2022-12-13TAF", "END")),
    ("The ferry left at 22:30 local time.", ("22:30 local time", "TIME", "2022-12-13T22:30", None)),
    ("In January this year, prices rose.", ("January this year", "DATE", "2022-01", None)),
    ("She ran a 6-year-old charity.", None),
    ("Children aged 8-10 years were tested.", None),
    ("He told Film Weekly that it hurt.", None),
    ("The fans saw Expo 2030 day five.", None),
    ("Critics attacked the now-cancelled deal.", None),
    ("For this second attempt at the title, she trained.", None),
    ("He owns Business Today magazines.", None),
    ("The song was released by 21st Century Records.", None),
    ("The club hopes to sell about a quarter, of the seats.", None),
    ("Business boomed in the 90\u2019s.", ("the 90\u2019s", "DATE", "199", None)),
    ("The boom of the 1980\u2019s faded.", ("the 1980\u2019s", "DATE", "198", None)),
    ("Bids closed ahead of the 3 p.m. ET cutoff.", ("3 p.m. ET", "TIME", "2022-12-13T15:00", None)),
    ("The foundation donates prints every ten years.", ("every ten years", "SET", "P10Y", None)),
    ("It has tried to buy the airline since January.", ("January", "DATE", "2022-01", None)),
    ("In the 20-minute demo, players fought.", ("20-minute", "DURATION", "PT20M", None)),
    ("The riots began in the summer of 2016.", ("the summer of 2016", "DATE", "2016-SU", None)),
    ("It posted a third-quarter loss.", ("third-quarter", "DATE", "2022-Q3", None)),
    ("The company said its fourth quarter was weak.", ("fourth quarter", "DATE", "2022-Q4", None)),
    ("He signed the treaty last May.", ("last May", "DATE", "2022-05", None)),
    ("More recently it has grown.", ("More recently", "DATE", "PAST_REF", None)),
    ("The deal closes around Nov. 1.", ("around Nov. 1", "DATE", "2022-11-01", "APPROX")),
    ("They trained for the two day race.", ("two day", "DURATION", "P2D", None)),
    ("Mines will shut during the next four years or so.", ("the next four years or so", "DURATION", "P4Y", "APPROX")),
    ("Bonds gained 2.5% on the previous Friday.", ("the previous Friday", "DATE", "2022-12-02", None)),
    ("A 1987 rule named for her is still in force.", ("1987", "DATE", "1987", None)),
    ("The town was founded by settlers in 1872.", ("1872", "DATE", "1872", None)),
    ("The farm sells about three-quarters of the wheat it grows.", None),
    ("The future of the mill is in doubt.", None),
    ("Talks end in the next day or two.", ("the next day", "DURATION", "P1D", None)),
    ("The following day, the mayor quit.", ("The following day", "DATE", None, None)),
    ("She appeared on the \"This Week\" show.", None),
    ("Sales are expected in December.", ("December", "DATE", "2022-12", None)),
    ("The bonus is payable on Jan. 2 to staff.", ("Jan. 2", "DATE", "2023-01-02", None)),
    ("The wait is almost three and a half years.", ("almost three and a half years", "DURATION", "P3Y6M", "LESS_THAN")),
    ("Leases that expire before October of next year stay.", ("October of next year", "DATE", "2023-10", None)),
    ("The plane landed at 14:40 UTC Monday.", ("14:40 UTC Monday", "TIME", "2022-12-12T14:40Z", None)),
    ("NATO decided to admit three states in early March.", ("early March", "DATE", "2023-03", "START")),
    ("The team might arrive as soon as Thursday.", ("Thursday", "DATE", "2022-12-15", None)),
    ("On Thursday, Ahmed and his sister are to meet her.", ("Thursday", "DATE", "2022-12-15", None)),
    ("The case is argued in March before three judges.", ("March", "DATE", "2023-03", None)),
    ("Fans were planning to march downtown on Saturday.", ("Saturday", "DATE", "2022-12-17", None)),
    ("Fans marched downtown on Saturday.", ("Saturday", "DATE", "2022-12-10", None)),
    ("The case was argued in March before three judges.", ("March", "DATE", "2022-03", None)),
    ("A hearing is set for the week of Jan. 9.", ("the week of Jan. 9", "DATE", "2023-W02", None)),
    ("They met the week of June 12, 2017.", ("the week of June 12, 2017", "DATE", "2017-W24", None)),
    ("The week of rallies ended.", None),
    # "that day", "that morning" with no day told before: a generic day, no time the text gives.
    ("That day changed everything.", None),
    ("He arrived that morning, she said.", None),
    ("Traders who sell that day take heavy losses.", None),
    ("The coach said that day three training starts early.", None),
    ("The same day 2 shares were sold.", None),
    ("The paper is printed daily.", ("daily", "SET", "P1D", None)),
    ("Lawyers said they would fight Monday's verdict.", ("Monday", "DATE", "2022-12-12", None)),
    ("Crowds will gather ahead of Friday's vote.", ("Friday", "DATE", "2022-12-16", None)),
    ("She will attend Thursday's summit.", ("Thursday", "DATE", "2022-12-15", None)),
    ("Crews have searched since shortly after the June 1 flood.", ("June 1", "DATE", "2022-06-01", None)),
    ("Crews have searched since the March 3 flood.", ("March 3", "DATE", "2022-03-03", None)),
    ("On Friday, the national union of dock and harbour workers plans to hold a rally.", ("Friday", "DATE", "2022-12-16", None)),
    ("On Friday, the national union of dock and harbour workers held a large rally.", ("Friday", "DATE", "2022-12-09", None)),
    ("The judge postponed the hearing until Monday.", ("Monday", "DATE", "2022-12-19", None)),
    ("The council has given the traders until 11 a.m. Friday to move.", ("11 a.m. Friday", "TIME", "2022-12-16T11:00", None)),
    ("The crowd stayed until Monday.", ("Monday", "DATE", "2022-12-12", None)),
    ("The bank extended the loans through March.", ("March", "DATE", "2023-03", None)),
    # "effective DATE": the day a change takes effect, after the news of it.
    ("The board named a new chief, effective April 3.", ("April 3", "DATE", "2023-04-03", None)),
    ("Dockers won a pay deal effective July 15.", ("July 15", "DATE", "2023-07-15", None)),
    ("The cut in rates, effective as of March 15, was approved.", ("March 15", "DATE", "2023-03-15", None)),
    ("The pay deal took effect July 15.", ("July 15", "DATE", "2022-07-15", None)),
    ("The strike lasted through March.", ("March", "DATE", "2022-03", None)),
    ("The repairs are supposed to end by May.", ("May", "DATE", "2023-05", None)),
    ("The launch is set for 3:45 p.m. EST Friday.", ("3:45 p.m. EST Friday", "TIME", "2022-12-16T15:45", None)),
    ("The launch is set for 3:45 p.m. EST.", ("3:45 p.m. EST", "TIME", "2022-12-13T15:45", None)),
    ("They met at noon.", ("noon", "TIME", "2022-12-13T12:00", None)),
    # A capitalised time word inside a title or a name is no time; at a sentence start it is one.
    ("She starred in the remake of High Noon.", None),
    ("She quoted the film “High Noon” again.", None),
    ("He boarded the Midnight Express to the coast.", None),
    ("The band played After Midnight twice.", None),
    ("For the union, high noon has come.", None),
    ("Noon came and the square filled.", ("Noon", "TIME", "2022-12-13T12:00", None)),
    ("The vote closes at noon Friday.", ("noon Friday", "TIME", "2022-12-16T12:00", None)),
    ("Revenue rose in fiscal 2023.", ("fiscal 2023", "DATE", "2023", None)),
    ("The Sun reported the story.", None),
    ("The Baltimore Sun said it would appeal.", None),
    ("She sat on the bench.", None),
    ("Officials sat through March without pay.", ("March", "DATE", "2022-03", None)),
    ("He was the first to arrive.", None),
    ("The second was worse.", None),
    ("About 1,500 people came.", None),
    ("Case number 2882015 was closed.", None),
    # A fiscal year is one period, valued as the year it ends in.
    ("Revenue rose in FY2023.", ("FY2023", "DATE", "2023", None)),
    ("Margins improved 4% in FY23.", ("FY23", "DATE", "2023", None)),
    ("The budget for fiscal 2022-23 was cut.", ("fiscal 2022-23", "DATE", "2023", None)),
    ("Debt grew in the 2021-22 fiscal year.", ("the 2021-22 fiscal year", "DATE", "2022", None)),
    ("Spending rises in fiscal year 2024.", ("fiscal year 2024", "DATE", "2024", None)),
    ("Sales rose 4% in the latest fiscal year.", ("the latest fiscal year", "DATE", "2021", None)),
    ("Costs will fall in the next fiscal year.", ("the next fiscal year", "DATE", "2023", None)),
    ("The fy2023 tag is a typo.", None),
    ("The plant makes fiscal 23 units.", None),
    # A year that is a title, part of a copyright line or a year and a month is no year.
    ("\u00a9 2019 Northern Media Group. All rights reserved.", None),
    ("Copyright 2015-2019 River Press", None),
    ("(c) 2021 The Daily Ledger", None),
    ("She reviewed the film \"1917\" for the paper.", None),
    ("The band named its album \u201c1989\u201d after a birth year.", None),
    ("He starred in the movie 2012 with her.", None),
    ("The novel 1984 is taught in schools.", None),
    ("\"In 1917 the war changed,\" she said.", ("1917", "DATE", "1917", None)),
    ("The clerk filed it as 2019-12 by mistake.", None),
    ("He paid $2015-2016 in fees.", None),
    # Ranges of lengths: one period after a determiner or in one word (two are in test_several).
    ("Rents may keep rising for the next 9 to 15 months.", ("the next 9 to 15 months", "DURATION", "PXM", None)),
    ("The job took 2-3 years.", ("2-3 years", "DURATION", "PXY", None)),
    ("The plan was approved three to five years ago.", ("five years ago", "DATE", "2017", None)),
    ("Children two to three years old play here.", None),
    ("He won two and three titles.", None),
    # Halves: of a unit ("half a century") or after it ("a year and a half"), in the next smaller unit.
    ("The feud lasted half a century.", ("half a century", "DURATION", "P50Y", None)),
    ("The drive takes half an hour.", ("half an hour", "DURATION", "PT30M", None)),
    ("A half-century of rule ended.", ("A half-century", "DURATION", "P50Y", None)),
    ("The shift lasts half a day.", ("half a day", "DURATION", "PT12H", None)),
    ("She lived there for a year and a half.", ("a year and a half", "DURATION", "P1Y6M", None)),
    ("The alarm rang for a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S", None)),
    ("The abbey stood for a century.", ("a century", "DURATION", "P100Y", None)),
    ("The rivalry lasted two decades.", ("two decades", "DURATION", "P20Y", None)),
    ("Half the staff left.", None),
    ("He ate half a pie.", None),
    # "one day" after a modal is some day ahead; a length of time elsewhere.
    ("The city could one day host the games.", ("one day", "DATE", "FUTURE_REF", None)),
    ("She hopes to one day run the firm.", ("one day", "DATE", "FUTURE_REF", None)),
    ("The trial lasted one day.", ("one day", "DURATION", "P1D", None)),
    # A length without its unit.
    ("The plant has been closed for some time.", ("some time", "DURATION", "PXX", None)),
    ("Talks stalled after a while.", ("a while", "DURATION", "PXX", None)),
    ("It was his first win in a long time.", ("a long time", "DURATION", "PXX", None)),
    ("While he waited, it rained.", None),
    # The decade or century up to or from now is a length, not the calendar decade.
    ("Investment will grow over the coming decade.", ("the coming decade", "DURATION", "P10Y", None)),
    ("Wages stalled over the past decade.", ("the past decade", "DURATION", "P10Y", None)),
    ("Sea levels will rise over the next century.", ("the next century", "DURATION", "P100Y", None)),
    ("Ten years from now the city will look different.", ("Ten years from now", "DATE", "2032", None)),
    ("Revenue over the full year was flat.", ("the full year", "DATE", "2022", None)),
    # A noun of time after an adjectival length makes the phrase the period, with its article.
    ("Costs were spread across a four-year period.", ("a four-year period", "DURATION", "P4Y", None)),
    ("He served his one-year term in full.", ("one-year term", "DURATION", "P1Y", None)),
    ("The 10-year plan failed.", ("10-year", "DURATION", "P10Y", None)),
    ("The loan may run for an additional year.", ("an additional year", "DURATION", "P1Y", None)),
    ("They gave him an extra week to pay.", ("an extra week", "DURATION", "P1W", None)),
    ("The firm needs two additional years.", ("two additional years", "DURATION", "P2Y", None)),
    ("They rested two half days.", None),
    # A unit made an adjective of length without a count; the article is the noun's.
    ("Talks followed a day-long meeting.", ("day-long", "DURATION", "P1D", None)),
    ("Police ended a yearlong inquiry.", ("yearlong", "DURATION", "P1Y", None)),
    ("The decades-long feud ended.", ("decades-long", "DURATION", "PXDE", None)),
    ("An hour-long speech bored them.", ("hour-long", "DURATION", "PT1H", None)),
    ("The long day ended.", None),
    # A year with "pre-" or "post-" is a year before or after which.
    ("Prices are back at pre-2008 levels.", ("pre-2008", "DATE", "2008", "BEFORE")),
    ("The post-1990 order collapsed.", ("post-1990", "DATE", "1990", "AFTER")),
    # A year with "or later", "and beyond" is that year and what follows; not after a month.
    ("The mine will not reopen until 2025 or later.", ("2025 or later", "DATE", "2025", "ON_OR_AFTER")),
    ("Forecasts for 2030 and beyond are grim.", ("2030 and beyond", "DATE", "2030", "ON_OR_AFTER")),
    ("She joined the party in May 1979 and later became its leader.", ("May 1979", "DATE", "1979-05", None)),
    ("Sales rose in 1998 and after that fell.", ("1998", "DATE", "1998", None)),
    # Kinds of days are days; two vague lengths joined are one.
    ("The index lagged for eight trading days.", ("eight trading days", "DURATION", "P8D", None)),
    ("Refunds take five business days.", ("five business days", "DURATION", "P5D", None)),
    ("The bridge could reopen within weeks or months, engineers said.", ("weeks or months", "DURATION", "PXW", None)),
    ("Lenders have tightened terms over recent weeks and months.", ("recent weeks and months", "DURATION", "PXW", None)),
    ("Prices climbed during recent months.", ("recent months", "DURATION", "PXM", None)),
    # "over" a single unit is more than it; before a count it is mostly the preposition.
    ("The repairs should take over a week.", ("over a week", "DURATION", "P1W", "MORE_THAN")),
    ("He waited over an hour.", ("over an hour", "DURATION", "PT1H", "MORE_THAN")),
    ("Payments were spread over three years.", ("three years", "DURATION", "P3Y", None)),
    ("The wait was over half an hour.", ("half an hour", "DURATION", "PT30M", None)),
    # "last" before a length is the verb unless a preposition or article stands before it.
    ("The talks will last two years.", ("two years", "DURATION", "P2Y", None)),
    ("The drought may last a year.", ("a year", "DURATION", "P1Y", None)),
    ("Such deals last several months.", ("several months", "DURATION", "PXM", None)),
    ("Prices rose in last two years.", ("last two years", "DURATION", "P2Y", None)),
    ("The last two years were hard.", ("The last two years", "DURATION", "P2Y", None)),
    # "quarter-to-quarter" compares two quarters and names none.
    ("Margins widened on a quarter-to-quarter basis.", None),
    ("Prices fell on a year-over-year basis.", None),
    ("Sales slipped 2% month-on-month.", None),
    ("Sales rose 2% in a year.", ("a year", "DURATION", "P1Y", None)),
    # An unknown number of a unit, with its article: "over the years", "the weeks ahead".
    ("Over the years the town grew.", ("the years", "DURATION", "PXY", None)),
    ("Prices may fall in the weeks ahead.", ("the weeks ahead", "DURATION", "PXW", None)),
    ("Few firms survive in the early years.", ("the early years", "DURATION", "PXY", None)),
    ("Rescuers reached the village in the first hours after the quake.", ("the first hours", "DURATION", "PTXH", None)),
    ("The river froze over, a sight not seen in years.", ("years", "DURATION", "PXY", None)),
    ("The index hit its lowest level in decades, traders said.", ("decades", "DURATION", "PXDE", None)),
    ("Over the past years, the town changed.", ("the past years", "DURATION", "PXY", None)),
    ("The plan was done in days of talks.", None),
    # "future years", "past quarters": the future or the past, as TimeBank values them.
    ("The tax cut will help in future years.", ("future years", "DATE", "FUTURE_REF", None)),
    ("There were sell-offs in past years, too.", ("past years", "DATE", "PAST_REF", None)),
    ("In the days of the empire, roads were built.", None),
    ("Police made the arrest in the early hours of the night.", None),
    # Sets: plural weekdays recur; "hourly" before workers is their kind of pay.
    ("The market is open on Tuesdays.", ("Tuesdays", "SET", "XXXX-WXX-2", None)),
    ("The club meets Saturday mornings.", ("Saturday mornings", "SET", "XXXX-WXX-6TMO", None)),
    ("The festival is held every year.", ("every year", "SET", "P1Y", None)),
    ("The lake freezes each winter.", ("each winter", "SET", "XXXX-WI", None)),
    ("Average hourly pay rose.", ("hourly", "SET", "PT1H", None)),
    ("The firm pays hourly and salaried workers alike.", None),
    ("Hourly workers got a raise.", None),
    ("The mill hired daily-wage labourers.", None),
    ("The motto of this years fair is unity.", ("this years", "DATE", "2022", None)),
    ("Over the next years prices rose.", None),
    ("The coach in last years received praise.", None),
]


@pytest.mark.parametrize("text,expected", DATES)
def test_dates(text, expected):
    if expected is None:
        assert run(text) == []
    else:
        assert one(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The fair on May 14 and 15 was busy.", [("May 14", "2022-05-14"), ("15", "2022-05-15")]),
    ("Talks on Nov. 15-16, 2021 ended.", [("Nov. 15", "2021-11-15"), ("16, 2021", "2021-11-16")]),
    ("She will depart at 5 in the morning.", [("5 in the morning", "2022-12-13T05:00")]),
    ("They sold April 24 and 25,000 more shares later.", [("April 24", "2022-04-24")]),
    # A year range is two years, as TimeML writes "from 1998 to 1999".
    ("The club won the 2015-2016 league title.", [("2015", "2015"), ("2016", "2016")]),
    ("Exports fell in 1998-99.", [("1998", "1998"), ("99", "1999")]),
    ("Ticket sales for the 2019/20 season rose.", [("2019", "2019"), ("20", "2020")]),
    ("The treaty covered 1999-00 only.", [("1999", "1999"), ("00", "2000")]),
    # A range of lengths is two, the first taking the unit of the second.
    ("Repairs end within four to six weeks.", [("four", "P4W"), ("six weeks", "P6W")]),
    ("Shipping takes between 60 and 90 days.", [("60", "P60D"), ("90 days", "P90D")]),
    ("The review could take from one to two years.", [("one", "P1Y"), ("two years", "P2Y")]),
    ("Waits are about 10 or 15 minutes.", [("about 10", "PT10M"), ("15 minutes", "PT15M")]),
    ("Between two and three years passed.", [("two", "P2Y"), ("three years", "P3Y")]),
    ("The shops open on Tuesdays and Thursday nights.",
     [("Tuesdays", "XXXX-WXX-2"), ("Thursday nights", "XXXX-WXX-4TNI")]),
])
def test_several(text, expected):
    assert [(d.text, d.value) for d in run(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Acme posted third-quarter profit of $5 million. Its second quarter had been weak. "
     "Profit a year earlier was $4 million.", ("a year earlier", "2021-Q3")),
    ("Acme posted third-quarter profit of $5 million, up from the second quarter. In the year-earlier "
     "period it lost money.", ("the year-earlier period", "2021-Q3")),
    ("Acme lost money in the second quarter. Profit a year earlier was $4 million.", ("a year earlier", "2021-Q2")),
    # The whole year of the quarter reported on, published in the next year.
    ("Acme lost $3 million in the fourth quarter of 2021 and $9 million for the full year.", ("the full year", "2021")),
    ("Acme lost $3 million in the fourth quarter of 2021 and $9 million in the entire year.",
     ("the entire year", "2021")),
    ("Acme lost $3 million in the fourth quarter of 2021. It expects growth in the year ahead.", ("the year", "2022")),
    ("Acme expects a loss for the full year.", ("the full year", "2022")),
])
def test_the_quarter_reported_on(text, expected):
    # A passing mention of an earlier quarter does not move the quarter the report is about.
    assert expected in [(d.text, d.value) for d in run(text)]


# Years (and, in a narrated past, "the next month") counted from the year or month the story wrote
# last; else publication's ("next year" is deictic, "over the next year" ahead of publication).
YEAR_ANAPHORA = [
    ("She moved to the coast in 1995; the following year, she opened a shop.", ("the following year", "1996")),
    ("In 2011 the plant closed; the next year it reopened.", ("the next year", "2012")),
    ("The mine flooded in 2015, and the next year its owners sold it.", ("the next year", "2016")),
    ("The bridge opened in March 2008. The previous year, engineers had tested it.", ("The previous year", "2007")),
    ("The firm was founded in 1998. That same year it bought a rival.", ("That same year", "1998")),
    ("Prices fell sharply in May 2020 and recovered the next month.", ("the next month", "2020-06")),
    ("Workers struck on Oct. 3, 2019; the next month the factory closed.", ("the next month", "2019-11")),
    ("The ferry line ended in June 2016. Late the following year a new one began.",
     ("Late the following year", "2017")),
    # Negatives: publication's.
    ("In 2011 the plant closed. The company expects profits to rise next year.", ("next year", "2023")),
    ("In 2011 the plant closed. The firm will hire staff over the next year.", ("the next year", "2023")),
    ("Rents rose the next month.", ("the next month", "2023-01")),
    ("Sales will fall the following year.", ("the following year", "2023")),
    ("The dam was built in 1960." + " Crops grew." * 40 + " The next year it burst.", ("The next year", "2023")),
    # A past clause tells no year after publication: "the next year" after a plan's end year is ahead.
    ("The plan runs to 2030. Officials said the next year would be hard.", ("the next year", "2023")),
    ("The lease ends in May 2031. The tenant said the following month was too late.", ("the following month", "2023-01")),
    ("The lease ends in May 2031, and the following month the site will close.", ("the following month", "2031-06")),
]


@pytest.mark.parametrize("text,expected", YEAR_ANAPHORA)
def test_year_anaphora(text, expected):
    assert expected in [(d.text, d.value) for d in run(text)]


@pytest.mark.parametrize("text,expected", [
    ("In 2011 the plant closed; the next year it reopened.", ("the next year", "2012")),
    ("The firm was founded in 1998. That year it bought a rival.", ("That year", "1998")),
])
def test_year_anaphora_without_publication(text, expected):
    assert expected in [(d.text, d.value) for d in run(text, published=None)]


@pytest.mark.parametrize("published", [PUB, None])
def test_that_year_with_no_year_named_is_no_mention(published):
    assert [d.text for d in run("That year was hard for farmers.", published)] == []


# ISO days in metadata and stamps: one reader for pages, batch input and publication stamps.
@pytest.mark.parametrize("value,day", [
    ("2019-03-05", "2019-03-05"), ("  2019-03-05T12:34:00Z", "2019-03-05"), ("2019-03-05 12:34", "2019-03-05"),
    ("2019-03-05T12:34:00.000+01:00", "2019-03-05"),
    ("2019-02-30", None), ("2019-03-051", None), ("19-03-05", None), ("March 5, 2019", None), ("", None), (None, None),
])
def test_iso_day(value, day):
    from newsx.dates.isoday import iso_day
    found = iso_day(value)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize("text,expected", [
    ("Russia fired missiles on November 15.", ("November 15", "DATE", "XXXX-11-15", None)),
    ("They met yesterday.", ("yesterday", "DATE", None, None)),
])
def test_dates_without_publication(text, expected):
    assert one(text, published=None) == expected


@pytest.mark.parametrize("text", [
    "The G-20 summit drew leaders.",
    "Two F-16 jets flew over.",
    "COVID-19 spread fast.",
    "He may go to the meeting.",
    "May be it is true.",
    "They joined a protest march downtown.",
    "The team won 21-14.",
    "It costs $1999.",
    "About 2000 people came.",
    "He sold 1500 shares.",
    "",
])
def test_not_dates(text):
    assert run(text) == []


def test_no_duplicate_rows():
    texts = [t for t, _ in DATES]
    assert len(texts) == len(set(texts))


def test_reference_article():
    text = (Path(__file__).resolve().parents[1] / "samples" / "patriot.txt").read_text(encoding="utf-8")
    p = detect_published(read(text))
    assert (p.value, p.rule) == ("2022-12-13", "header")
    found = {(d.text, d.value, d.mod) for d in run(text, dt.date(2022, 12, 13))}
    for item in [("Tuesday", "2022-12-13", None), ("Monday", "2022-12-12", None),
                 ("November 15", "2022-11-15", None), ("late-February", "2022-02", "END")]:
        assert item in found


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("text", ["\x00\x01 May", "(" * 5000, "May " * 3000, "1999-" * 2000, "\ud800 Tuesday",
                                  "Dec. 31, 9999. The next day, Tuesday at 5 p.m. the following week.",
                                  "Jan. 1, 1900 at 4 p.m. (the day before) that morning, last week."])
def test_never_raises(text, published):
    for d in run(text, published):
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2, 1, 1)])
def test_extreme_publication_dates(published):
    text = "He left last week, returned Tuesday and leaves at Easter or next month, on Nov. 15 at 5 p.m."
    for d in run(text, published):
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text,expected", [
    ("The ferry sank on Dec. 2. The day after, divers found the wreck.", ("The day after", "2022-12-03")),
    ("The mayor quit on Friday; on the day before, he met donors.", ("the day before", "2022-12-08")),
    ("He was held on Dec. 2 and freed the next morning.", ("the next morning", "2022-12-03")),
    ("The vote was on Dec. 2; the previous evening, crowds gathered.", ("the previous evening", "2022-12-01")),
    # A week, month or year before or after: counted from the last one named, else publication's.
    ("The strike began on Oct. 10. The week before, talks had stalled.", ("The week before", "2022-W40")),
    ("The ferry line opened in May 2019 and shut the month after.", ("the month after", "2019-06")),
    ("Turnout reached 61 percent in 2018, up from the year before.", ("the year before", "2017")),
    ("In 2009 the club went bust. The year after, fans bought it.", ("The year after", "2010")),
    ("Enrolment is down from the year before, the school said.", ("the year before", "2021")),
])
def test_the_day_after_follows_the_day_named_before(text, expected):
    assert (run(text)[-1].text, run(text)[-1].value) == expected


@pytest.mark.parametrize("text", ["The day after the vote, he quit.", "The week before the final, he was hurt.",
                                  "Shares fell the month before the merger.", "The year after his death it sold."])
def test_the_day_after_an_event_is_no_day_here(text):
    assert run(text) == []


def test_the_next_day_follows_the_day_named_before():
    found = run("The ferry sank on Dec. 2. The next day, divers found the wreck.")
    assert [(d.text, d.type, d.value) for d in found] == [
        ("Dec. 2", "DATE", "2022-12-02"), ("The next day", "DATE", "2022-12-03")]


# Anaphora: days, weeks and months counted from the last the story named.
ANAPHORA = [
    ("The ferry sank on Dec. 2. Later that day, the owner spoke.", ("Later that day", "DATE", "2022-12-02", "END")),
    ("The ferry sank on Dec. 2. That same day a storm hit the port.", ("That same day", "DATE", "2022-12-02", None)),
    ("The ferry sank on Dec. 2. Divers reached it the same day.", ("the same day", "DATE", "2022-12-02", None)),
    ("The ferry sank on Dec. 2. Divers arrived that afternoon.", ("that afternoon", "DATE", "2022-12-02", None)),
    ("The ferry sank on Dec. 2. Divers left the next morning.", ("the next morning", "DATE", "2022-12-03", None)),
    ("The ferry sank on Dec. 2. They met the following evening.", ("the following evening", "DATE", "2022-12-03", None)),
    ("The plant shut in March 2019. The following month, workers sued.",
     ("The following month", "DATE", "2019-04", None)),
    ("The plant shut in March 2019. Later that month a judge ruled.", ("Later that month", "DATE", "2019-03", "END")),
    ("The talks began the week of June 12, 2017. The following week, they broke down.",
     ("The following week", "DATE", "2017-W25", None)),
    ("The mill burned down last October. Its owner was arrested that same day.",
     ("that same day", "DATE", "2022-10-XX", None)),
    ("Home sales dropped 12% in April, compared with the same month a year earlier.",
     ("the same month a year earlier", "DATE", "2021-04", None)),
    ("Exports slumped in March 2020, far below the same month last year.",
     ("the same month last year", "DATE", "2019-03", None)),
    ("Ticket sales rose 5% from the same week last year.", ("the same week last year", "DATE", "2021-W50", None)),
    ("Car sales fell in May. Vans sold well in the same month.", ("the same month", "DATE", "2022-05", None)),
    ("The ferry sank on Dec. 2. That day, one diver died.", ("That day", "DATE", "2022-12-02", None)),
    ("Rents will rise the following week.", ("the following week", "DATE", "2022-W51", None)),
]


@pytest.mark.parametrize("text,expected", ANAPHORA)
def test_anaphora(text, expected):
    found = {d.text: (d.text, d.type, d.value, d.mod) for d in run(text)}
    assert found[expected[0]] == expected


def test_a_bare_that_day_after_a_month_is_no_mention():
    # "that same day" after a month is a day of it; a bare "that day" may be any day.
    found = [d.text for d in run("Funds sold heavily in September. When bad news hits, they see big orders that day.")]
    assert found == ["September"]


def test_the_next_day_counts_from_a_time_the_story_gave_its_day():
    text = ("Villagers voted for a new council on Sunday.\n\n" + "Many came by bus. " * 40
            + "\n\nCounting began at 21:45, and the result came in on the next day.")
    assert [(d.text, d.value) for d in run(text)] == [
        ("Sunday", "2022-12-11"), ("21:45", "2022-12-11T21:45"), ("the next day", "2022-12-12")]


def test_the_next_day_counts_from_the_day_not_from_a_time_of_day():
    found = run("The ferry sank on Dec. 2 at 10 p.m. The next day, divers found the wreck.")
    assert [(d.text, d.value) for d in found] == [
        ("Dec. 2", "2022-12-02"), ("10 p.m.", "2022-12-02T22:00"), ("The next day", "2022-12-03")]


# ---------------------------------------------------------------- narrative anchoring
# Without a publication date, what is relative resolves against the latest full date written
# before it (rule name + "-narrative"); what comes before any full date stays unresolved.
STORY = [
    ("Monday, December 29, 2014\n\nOn Tuesday, the council voted to close the pool.",
     ("Tuesday", "DATE", "2014-12-23", "weekday-narrative")),
    ("Posted on the club page on 12/29/2014. The final will be played next Saturday.",
     ("next Saturday", "DATE", "2015-01-03", "weekday-narrative")),
    ("In a letter dated March 3, 2015, she said she would resign in June.",
     ("June", "DATE", "2015-06", "calendar-narrative")),
    ("The plant opened on June 1, 2010 and shut on Sept. 8, 2012. Workers were told on Friday.",
     ("Friday", "DATE", "2012-09-07", "weekday-narrative")),
    ("The report is dated 2016-04-12. Its authors met last week to sign it.",
     ("last week", "DATE", "2016-W14", "relative-narrative")),
    ("On Tuesday, the club said its season ended on May 2, 2015.", ("Tuesday", "DATE", "XXXX-WXX-2", "weekday")),
    ("Since May 5, 2019, the market opens every Monday.", ("every Monday", "SET", "XXXX-WXX-1", "set")),
    ("Since May 5, 2019, the market has grown for three years.", ("three years", "DURATION", "P3Y", "duration")),
    # A weekday with its time of day right after the date a story tells goes on from that date.
    ("The ferry left Dover on Monday 2 May 1960. On Thursday evening it reached Oslo.",
     ("Thursday evening", "DATE", "1960-05-05", "weekday-narrative")),
    ("Talks began on 4 March 2019. Late on Friday night a deal was struck.",
     ("Friday night", "DATE", "2019-03-08", "weekday-narrative")),
]


@pytest.mark.parametrize("text,expected", STORY)
def test_story_without_publication_date(text, expected):
    found = {d.text: (d.text, d.type, d.value, d.rule) for d in run(text, published=None)}
    assert found[expected[0]] == expected


def test_story_leaves_the_publication_date_unknown():
    import newsx
    text = "Flood damage\n\nThe pool shut for good on December 29, 2014. On Tuesday, the council voted to sell it."
    record = newsx.extract(text).to_dict()
    assert record["published"] is None
    assert ("Tuesday", "2014-12-23", "weekday-narrative") in [(d["text"], d["value"], d["rule"]) for d in record["dates"]]


# With or without a publication date, a time of day without its day takes the day written next to
# it, else the one day its sentence names.
ATTACHED = [
    ("The quake struck at 09:40 UTC, March 3rd, and aftershocks followed.",
     ("09:40 UTC", "TIME", "2022-03-03T09:40Z", "clock-narrative")),
    ("Voting ended on Sunday, Dec. 4, at 21:45.", ("21:45", "TIME", "2022-12-04T21:45", "clock-narrative")),
    ("The bridge gave way at about 9:10 a.m. (1410 GMT) Monday, police said.",
     ("about 9:10 a.m.", "TIME", "2022-12-12T09:10", "clock-narrative")),
    ("She will fly out at 6 in the morning (11 a.m. GMT Thursday).",
     ("6 in the morning", "TIME", "2022-12-15T06:00", "clock-narrative")),
    ("The mall reopens Friday at 5 p.m.", ("5 p.m.", "TIME", "2022-12-16T17:00", "clock-narrative")),
    ("The rocket lifted off Saturday from the coastal base at 09:40 GMT.",
     ("09:40 GMT", "TIME", "2022-12-10T09:40Z", "clock-narrative")),
    ("On Nov. 28 the rally ran into late afternoon.", ("late afternoon", "TIME", "2022-11-28TAF", "deictic-narrative")),
    ("The shop closes at 5 p.m.", ("5 p.m.", "TIME", "2022-12-13T17:00", "clock")),
    ("Sales ran from Monday to Wednesday and ended at 5 p.m.", ("5 p.m.", "TIME", "2022-12-13T17:00", "clock")),
    ("The vote closes at noon Friday.", ("noon Friday", "TIME", "2022-12-16T12:00", "clock")),
    # With "on" between them a time and its day are two expressions (TimeML keeps prepositions out).
    ("The polls shut at 21:30 on Monday.", ("21:30", "TIME", "2022-12-12T21:30", "clock-narrative")),
    ("The shuttle docked at 4.15pm on Monday.", ("4.15pm", "TIME", "2022-12-12T16:15", "clock-narrative")),
    ("Crews were called at about 2 a.m. on Sunday.", ("about 2 a.m.", "TIME", "2022-12-11T02:00", "clock-narrative")),
    # A past time whose sentence names no day: the day of the occasion the lead reports.
    ("Villagers voted for a new council on Sunday.\n\nCounting at the town hall began at 21:45.",
     ("21:45", "TIME", "2022-12-11T21:45", "clock-narrative")),
    ("Fire broke out in the mill on Saturday. Crews arrived at 4 a.m. and worked all day.",
     ("4 a.m.", "TIME", "2022-12-10T04:00", "clock-narrative")),
    ("Fire broke out in the mill on Saturday. The mayor will speak at 4 p.m.",
     ("4 p.m.", "TIME", "2022-12-13T16:00", "clock")),
    ("Fire broke out in the mill on Nov. 28. Crews arrived at 4 a.m. and worked all day.",
     ("4 a.m.", "TIME", "2022-12-13T04:00", "clock")),
]


# A weekday with its time of day that comes next after a full date over a week before publication
# (in the same paragraph): the first such weekday from that date on.
TOLD_WEEKDAYS = [
    ("The first storm hit the coast on Nov. 15. Tuesday afternoon, a second one flooded the port.",
     ("Tuesday afternoon", "DATE", "2022-11-15", "weekday-narrative")),
    ("The first storm hit the coast on Nov. 15. On Friday at 4 p.m., a second one flooded the port.",
     ("Friday", "DATE", "2022-11-18", "weekday-narrative")),
    ("Rebels took the airport on Oct. 3, and by Thursday night they held the city.",
     ("Thursday night", "DATE", "2022-10-06", "weekday-narrative")),
    ("The first storm hit the coast on Dec. 9. Tuesday afternoon, a second one flooded the port.",
     ("Tuesday afternoon", "DATE", "2022-12-13", "weekday")),
    ("The first storm hit the coast on Nov. 15. On Tuesday, a second one flooded the port.",
     ("Tuesday", "DATE", "2022-12-13", "weekday")),
    ("The first storm hit the coast on Nov. 15.\nTuesday afternoon, a second one flooded the port.",
     ("Tuesday afternoon", "DATE", "2022-12-13", "weekday")),
    ("The first storm hit the coast on Nov. 15. Last Tuesday afternoon, a second one came.",
     ("Last Tuesday afternoon", "DATE", "2022-12-06", "weekday")),
]


@pytest.mark.parametrize("text,expected", TOLD_WEEKDAYS)
def test_weekday_told_from_a_date(text, expected):
    found = {d.text: (d.text, d.type, d.value, d.rule) for d in run(text)}
    assert found[expected[0]] == expected


@pytest.mark.parametrize("text,expected", ATTACHED)
def test_time_of_day_takes_the_day_next_to_it(text, expected):
    found = {d.text: (d.text, d.type, d.value, d.rule) for d in run(text)}
    assert found[expected[0]] == expected


def test_time_of_day_attached_without_publication_date():
    found = {d.text: d.value for d in run("The quake struck at 09:40 UTC, March 3rd.", published=None)}
    assert found["09:40 UTC"] == "XXXX-03-03T09:40Z"


def test_narrative_tables_have_no_duplicate_rows():
    for table in (STORY, ATTACHED, ANAPHORA, TOLD_WEEKDAYS, YEAR_ANAPHORA):
        texts = [t for t, _ in table]
        assert len(texts) == len(set(texts))


# ---------------------------------------------------------------- the scan
def _every_position(doc, ctx):
    """Candidates with every rule tried at every position of its windows (what scan saves)."""
    from newsx.dates import scan
    from newsx.dates.rules import RULES
    text = doc.text
    header_end = doc.header.day_end if doc.header is not None else -1
    hits, _, _ = scan._runs(doc)
    found = []
    for rule in RULES:
        for lo, hi, _, _ in scan._windows(scan._anchored(hits, rule.anchors), text, text[::-1]):
            for m in rule.pattern.finditer(text, lo, hi):
                if m.start() >= header_end or rule.pattern is scan.RX_ISO:
                    scan._handle(rule, m, ctx, found)
    return [(c.start, c.end, c.type, c.value, c.mod, c.rule) for c in found]


def _scan_texts():
    import random
    from tests.adversarial import ADVERSARIAL, news
    rng = random.Random(5)
    words = """the a last next this early mid year years month week day ago later quarter half Tuesday May
    may March Dec. Sept 15 2022 1990s '90s \u201990s 12/13/2022 2022-12-13 5:30 p.m. noon noonday tonight
    morning spring fall every daily now future coming Christmas Christmasyear Mayor 20221 week weekend end
    fiscal nineteen ninety-six two twenty-four couple several century 20th sixties thousand 1,234 40 000
    year-end mid-1990s late-February third-quarter at about since until will \u017fpring \u0130n Kelvin
    \u0662\u0660\u0662\u0662 DECEMBER Noon 5PM 10:30:15 _year caf\u00e9""".split()
    seps = [" ", " ", " ", "-", "", "\n", ", ", ". ", "\u2019", "/", "("]
    texts = ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(2, 40))) for _ in range(300)]
    texts += [make(3000) for make in ADVERSARIAL.values()] + [news(20000)]
    return texts


@pytest.mark.parametrize("published", [PUB, None])
def test_scan_finds_what_every_position_finds(published):
    from newsx.dates.context import Context
    from newsx.dates.scan import candidates
    for text in _scan_texts():
        doc = read(text)
        fast = [(c.start, c.end, c.type, c.value, c.mod, c.rule)
                for c in candidates(doc, Context(text, published, doc.sentence_starts, doc.sentences))]
        assert fast == _every_position(doc, Context(text, published, doc.sentence_starts, doc.sentences)), text


def test_every_rule_has_starts():
    from newsx.dates.rules import RULES
    from newsx.dates.starts import starts
    for rule in RULES:
        assert starts(rule.pattern) is not None, rule.handler.__name__


@pytest.mark.parametrize("pattern,expected", [
    (r"\b(?:the|last)\s+year\b", ({"the", "last"}, (), set(), set())),
    (r"(?<![\w/.-])(?:early\s+)?\d{4}(?!\w)", ({"early"}, (), {4}, set())),
    (r"\b(?:noon|midnight)", (set(), ("midnight", "noon"), set(), set())),
    (r"(?<![\w/.-])['\u2019]\d0s\b", (set(), (), set(), {"'", "\u2019"})),
    (r"\w+day", None),  # a first run of any word characters: unreadable
    (r"\s*May", None),  # may start with a space
])
def test_starts(pattern, expected):
    import re
    from newsx.dates.starts import starts
    found = starts(re.compile(pattern, re.IGNORECASE))
    if expected is None:
        assert found is None
    else:
        assert (set(found.words), found.prefixes, set(found.digits), set(found.marks)) == expected


def test_alternation_prefers_the_longest_word():
    import re
    from newsx.dates.patterns import alternation
    rx = re.compile(f"(?:{alternation(['sep', 'sept', 'september', 'is to', 'is set for'])})")
    assert [rx.match(t).group() for t in ("september", "sept.", "sep", "is  set for", "is to")] == [
        "september", "sept", "sep", "is  set for", "is to"]


def test_a_word_no_lexicon_spells_so_is_no_date():
    # A long s matches "s" case-insensitively; the lexicons have no "\u017fpring": no date, no failure.
    assert [d.text for d in run("It rose in spring \u017fpring.")] == ["spring"]


# The direction of a bare weekday (publication Tuesday 2022-12-13: last Friday is the 9th, the next
# the 16th): a timetable verb in the simple present or a deadline with no tense cue looks ahead.
WEEKDAY_TENSE = [
    ("The board meets on Thursday to vote on the merger.", "2022-12-15"),
    ("Peace talks resume Friday in Geneva.", "2022-12-16"),
    ("The takeover offer expires Friday.", "2022-12-16"),
    ("Polls close on Sunday evening in most regions.", "2022-12-18"),
    ("Schools reopen Monday after the storm.", "2022-12-19"),
    ("Voting ends Sunday.", "2022-12-18"),
    ("The ceasefire holds until Sunday, the army says.", "2022-12-18"),
    ("The strike lasts until Friday.", "2022-12-16"),
    ("Bids must be submitted by Friday.", "2022-12-16"),
    ("Lawmakers have until Friday to file amendments.", "2022-12-16"),
    ("The payment is due Friday.", "2022-12-16"),
    ("The vote is set for Thursday.", "2022-12-15"),
    ("A ruling is expected before Thursday.", "2022-12-15"),
    # Negatives: a past clause keeps last week's day.
    ("The minister said Friday that talks had failed.", "2022-12-09"),
    ("Until Friday, he had refused to comment.", "2022-12-09"),
    ("The leaders met on Thursday in Paris.", "2022-12-08"),
    ("Markets were closed until Friday.", "2022-12-09"),
    ("Shares rose 3 percent by Friday.", "2022-12-09"),
    ("The shop remained open on Friday.", "2022-12-09"),
    ("Two soldiers were killed close to the border on Friday.", "2022-12-09"),
    ("The festival got a sunny opening day on Saturday.", "2022-12-10"),
    ("Investors tendered most shares by the Friday deadline, it said.", "2022-12-09"),
    # A plan in the past perfect was overtaken: its day is past. The simple past still looks ahead.
    ("The tender had been due to close on Friday but ran on.", "2022-12-09"),
    ("The hearing had been scheduled for Thursday.", "2022-12-08"),
    ("Organisers had planned to march on Saturday.", "2022-12-10"),
    ("Farmers were planning to block the roads on Monday.", "2022-12-19"),
]


@pytest.mark.parametrize("text,expected", WEEKDAY_TENSE)
def test_weekday_tense(text, expected):
    values = [d.value for d in run(text) if d.text.split()[0].endswith("day")]
    assert values == [expected]


# Clock times: a zone after the time is in the span (TimeML), "at" is not; a 24-hour time without
# its colon needs a zone, and a parenthesised gloss of the time before it is none.
CLOCK_FORMS = [
    ("The quake struck at 0130 GMT, officials said.", ("0130 GMT", "TIME", "2022-12-13T01:30Z", None)),
    ("The first blast came at 1430 UTC.", ("1430 UTC", "TIME", "2022-12-13T14:30Z", None)),
    ("Trading was halted at 9:25 after the glitch.", ("9:25", "TIME", "2022-12-13T09:25", None)),
    ("The launch is set for 9:25 a.m. Eastern.", ("9:25 a.m. Eastern", "TIME", "2022-12-13T09:25", None)),
    ("Polls close at 8 p.m. Pacific time.", ("8 p.m. Pacific time", "TIME", "2022-12-13T20:00", None)),
    ("The attack began at 4 a.m. Moscow time.", ("4 a.m. Moscow time", "TIME", "2022-12-13T04:00", None)),
    ("The speech starts at 8 p.m. ET.", ("8 p.m. ET", "TIME", "2022-12-13T20:00", None)),
    ("The flight landed at 6 p.m. Eastern Europe was quiet.", ("6 p.m.", "TIME", "2022-12-13T18:00", None)),
    ("It sold 1430 units.", None),
]


@pytest.mark.parametrize("text,expected", CLOCK_FORMS)
def test_clock_forms(text, expected):
    if expected is None:
        assert run(text) == []
    else:
        assert one(text) == expected


def test_a_parenthesised_gloss_of_a_time_is_no_second_time():
    found = run("The ferry sank at 6:20 p.m. (1520 GMT) near the harbour.")
    assert [d.text for d in found] == ["6:20 p.m."]


# A day word that opens a name, or stands inside a run of capitalised name words, is no date;
# a day word alone, after a preposition or before a title or given name, stays one.
DAY_NAMES = [
    ("The Sunday Times reported the deal.", []),
    ("A rival, the Sunday Telegraph, said on Monday the deal was off.", [("Monday", "2022-12-12")]),
    ("The Good Friday Agreement ended the conflict.", []),
    ("Members of the Tuesday Group met in the capital.", []),
    ("Sunday Times readers said Sunday that they liked it.", [("Sunday", "2022-12-11")]),
    ("Churches were full on Good Friday.", [("Good Friday", "2022-04-15")]),
    ("On Tuesday President Biden said no.", [("Tuesday", "2022-12-13")]),
    ("Tuesday Mary Smith said no.", [("Tuesday", "2022-12-13")]),
    ("The cardinal led his Sunday Mass.", [("Sunday", "2022-12-11")]),
    ("Markets fell on Black Monday.", [("Monday", "2022-12-12")]),
    ("The Christmas Market opened on Friday.", [("Friday", "2022-12-09")]),
    # A weekday abbreviation that ends a name before a date is the name's ("the Leeds Sun, May 4");
    # after a stamp word, a preposition or a name in capitals it is the date's weekday.
    ("First reported by the Leeds Sun, May 4, 2019, the story spread.", [("May 4, 2019", "2019-05-04")]),
    ("Harbour Sun, March 3, 2020", [("March 3, 2020", "2020-03-03")]),
    ("Sun, May 4, 2019 - Heavy rain fell.", [("Sun, May 4, 2019", "2019-05-04")]),
    ("Updated Sun, May 4, 2019", [("Sun, May 4, 2019", "2019-05-04")]),
    ("On Wed, Jan 5, 2011 the plant shut.", [("Wed, Jan 5, 2011", "2011-01-05")]),
    ("By ANNA BELL Sat, April 2, 2022", [("Sat, April 2, 2022", "2022-04-02")]),
]


@pytest.mark.parametrize("text,expected", DAY_NAMES)
def test_a_day_word_in_a_name(text, expected):
    assert [(d.text, d.value) for d in run(text)] == expected


# "today" and "tomorrow" in general (a possessive before a generic noun, "of" after one) are no day.
GENERIC_DAYS = [
    ("Schools must prepare today's teenagers for work.", []),
    ("Planners sketched the cities of tomorrow.", []),
    ("Tomorrow's workforce will need new skills.", []),
    ("Today's ruling surprised the parties.", [("Today", "2022-12-13")]),
    ("The board meets again as of tomorrow.", [("tomorrow", "2022-12-14")]),
    ("She called the talks of today a turning point.", [("today", "2022-12-13")]),
]


@pytest.mark.parametrize("text,expected", GENERIC_DAYS)
def test_generic_today(text, expected):
    assert [(d.text, d.value) for d in run(text)] == expected


# Forms of time expressions: each row a sentence and every (span, value) found in it.
FORMS = [
    # A timestamp keeps its zone in the span; UTC ("Z") is kept in the value.
    ("The log shows 2021-03-04T10:15:00Z as the time.", [("2021-03-04T10:15:00Z", "2021-03-04T10:15Z")]),
    ("It was stamped 2021-03-04T10:15:00.250Z.", [("2021-03-04T10:15:00.250Z", "2021-03-04T10:15Z")]),
    ("The file reads 2021-03-04T10:15:00+02:00 at the top.", [("2021-03-04T10:15:00+02:00", "2021-03-04T10:15")]),
    ("The code 2021-03-04Zeta is a part number.", []),
    # A length in several units, largest first, is one.
    ("She finished the course in 4 minutes 20 seconds.", [("4 minutes 20 seconds", "PT4M20S")]),
    ("The hearing lasted two hours and 15 minutes.", [("two hours and 15 minutes", "PT2H15M")]),
    ("He was jailed for three years, six months and 10 days.", [("three years, six months and 10 days", "P3Y6M10D")]),
    ("The flight took about 7 hours 40 minutes.", [("about 7 hours 40 minutes", "PT7H40M")]),
    ("Shifts were spread over 9 hours 30 minutes.", [("9 hours 30 minutes", "PT9H30M")]),
    # A quarter or half written short; a bare "H2" is hydrogen, "q2" and "Q5" no quarter.
    ("Profit fell in Q3 2024, the bank said.", [("Q3 2024", "2024-Q3")]),
    ("Sales rose in Q2, the retailer said.", [("Q2", "2022-Q2")]),
    ("Margins in 1H24 and 2Q 2023 were thin.", [("1H24", "2024-H1"), ("2Q 2023", "2023-Q2")]),
    ("Its Q4'21 results beat H2 2020.", [("Q4'21", "2021-Q4"), ("H2 2020", "2020-H2")]),
    ("The bus runs on H2 cells; see file q2 and item Q5.", []),
    # A numeric date is month first unless its first number cannot be a month.
    ("The deal was signed on 30/06/2014 in London.", [("30/06/2014", "2014-06-30")]),
    ("The deal was signed on 06/07/2014 in London.", [("06/07/2014", "2014-06-07")]),
    ("Forms dated 31/02/2014 and 13/13/2014 were void.", []),
    # A year in hundreds before 2000 is its century ("the 1800s"); "the 2000s" is the decade.
    ("Mills spread in the late 1800s and closed in the 1900s.", [("the late 1800s", "18"), ("the 1900s", "19")]),
    ("Prices doubled in the early 2000s.", [("the early 2000s", "200")]),
    # A day written first as an ordinal keeps its "the" (TimeML's span), not the one of a noun after it.
    ("The ruling is due on the 26th of May.", [("the 26th of May", "2023-05-26")]),
    ("The 4 July parade was cancelled.", [("4 July", "2022-07-04")]),
    # An anniversary is the day (week, month) so long before publication.
    ("The strike began 40 years ago today.", [("40 years ago today", "1982-12-13")]),
    ("A decade ago this week, the mine flooded.", [("A decade ago this week", "2012-W50")]),
    ("The plant opened two years ago this month.", [("two years ago this month", "2020-12")]),
    ("The levee broke six years ago, and today it holds.", [("six years ago", "2016"), ("today", "2022-12-13")]),
    # A clock time with a deictic day and its part is one time: "10:33pm last night".
    ("Sirens sounded at 10:40pm last night.", [("10:40pm last night", "2022-12-12T22:40")]),
    ("The ferry left at 6 a.m. this morning.", [("6 a.m. this morning", "2022-12-13T06:00")]),
    ("Talks resume at 9 a.m. tomorrow morning.", [("9 a.m. tomorrow morning", "2022-12-14T09:00")]),
    # A season across two years is one, of the year it begins in.
    ("Snow fell all through winter 2009-10.", [("winter 2009-10", "2009-WI")]),
    ("The winter of 1946-47 froze the canals.", [("The winter of 1946-47", "1946-WI")]),
    # A British financial year is a fiscal year, valued as the year it ends in.
    ("Debt rose in the 2021-22 financial year.", [("the 2021-22 financial year", "2022")]),
    ("Spending in financial year 2019-20 was cut.", [("financial year 2019-20", "2020")]),
    # Units out of order are a list of two.
    ("Trials ran 10 days, 3 years apart.", [("10 days", "P10D"), ("3 years", "P3Y")]),
]


@pytest.mark.parametrize("text,expected", FORMS)
def test_forms(text, expected):
    assert [(d.text, d.value) for d in run(text)] == expected


# A day of the month by its ordinal: alone it is of the month the paragraph named last, else of
# publication's (December 2022), past or future by tense; after no preposition of time, or before
# the noun it ranks, an ordinal is a rank.
ORDINAL_DAYS = [
    ("The council meets on the 8th to vote.", [("the 8th", "2023-01-08")]),
    ("The council met on the 8th to vote.", [("the 8th", "2022-12-08")]),
    ("Applications are due by the 21st.", [("the 21st", "2022-12-21")]),
    ("The road will stay shut until the 20th.", [("the 20th", "2022-12-20")]),
    ("Rent is due by the 31st.", [("the 31st", "2022-12-31")]),
    ("The strike began on the 2nd and ended on the 9th.", [("the 2nd", "2022-12-02"), ("the 9th", "2022-12-09")]),
    ("Polls opened on May 3. Results came on the 5th.", [("May 3", "2022-05-03"), ("the 5th", "2022-05-05")]),
    ("The flood hit on April 2, 2019. Aid arrived on the 6th.",
     [("April 2, 2019", "2019-04-02"), ("the 6th", "2019-04-06")]),
    ("The fair opens on the first of March.", [("the first of March", "2023-03-01")]),
    ("The mill closed on the twenty-first of June, 2021.", [("the twenty-first of June, 2021", "2021-06-21")]),
    ("The vote was held on March the 8th.", [("March the 8th", "2022-03-08")]),
    ("The law took effect on the 3rd of June 2021.", [("the 3rd of June 2021", "2021-06-03")]),
    # Ranks, not days.
    ("Her son is in the 8th grade.", []),
    ("The team took the 3rd place.", []),
    ("The skier finished 8th.", []),
    ("The town marked the 50th anniversary.", []),
    ("The office is on the 2nd floor.", []),
    ("The 1st Battalion moved north.", []),
    ("She came in on the 3rd lap.", []),
    ("He won on the first try.", []),
    ("It was the first of many.", []),
]


@pytest.mark.parametrize("text,expected", ORDINAL_DAYS)
def test_ordinal_days(text, expected):
    assert [(d.text, d.value) for d in run(text)] == expected


def test_ordinal_day_without_publication_date():
    assert [(d.text, d.value) for d in run("The council met on the 8th.", published=None)] == [("the 8th", "XXXX-XX-08")]


# A fortnight is two weeks: a length, with "ago" or "from now" the week that far away, and a
# recurrence as an adverb.
FORTNIGHTS = [
    ("The trial was adjourned for a fortnight.", [("a fortnight", "DURATION", "P2W")]),
    ("She stayed on for two fortnights.", [("two fortnights", "DURATION", "P4W")]),
    ("Prices climbed over the past fortnight.", [("the past fortnight", "DURATION", "P2W")]),
    ("It rained for nearly a fortnight.", [("nearly a fortnight", "DURATION", "P2W")]),
    ("The fortnight-long strike ended.", [("fortnight-long", "DURATION", "P2W")]),
    ("The vote came a fortnight later.", [("a fortnight", "DURATION", "P2W")]),
    ("He left the club a fortnight ago.", [("a fortnight ago", "DATE", "2022-W48")]),
    ("They met about a fortnight ago.", [("about a fortnight ago", "DATE", "2022-W48")]),
    ("Talks will resume a fortnight from now.", [("a fortnight from now", "DATE", "2022-W52")]),
    ("The magazine is published fortnightly.", [("fortnightly", "SET", "P2W")]),
    ("During the fortnight he rested.", []),
    # "a couple of" counts two, as it did before.
    ("They met a couple of weeks ago.", [("a couple of weeks ago", "DATE", "2022-W48")]),
    ("The repair took a couple of days.", [("a couple of days", "DURATION", "P2D")]),
]


@pytest.mark.parametrize("text,expected", FORTNIGHTS)
def test_fortnights(text, expected):
    assert [(d.text, d.type, d.value) for d in run(text)] == expected


# A year right before a make, a model or a vehicle noun is a model year, no date; after a
# preposition it stays a date even before a make.
MODEL_YEARS = [
    ("She bought a 2006 Ford at auction.", []),
    ("He drove his 1999 Honda Civic to work.", []),
    ("The firm sold the 2024 Model Y at a discount.", []),
    ("A 1967 Mustang was stolen overnight.", []),
    ("The 2021 Subaru was recalled.", []),
    ("Police found a red 2012 pickup.", []),
    ("The 2006 election was close.", [("2006", "2006")]),
    ("In 2006 Ford cut jobs.", [("2006", "2006")]),
    ("The 1999 season was poor.", [("1999", "1999")]),
    ("Since 2019 Tesla has grown.", [("2019", "2019")]),
    ("Prices rise for the 2025 model year, the maker said.", [("2025", "2025")]),
    ("Dealers cleared their 2023 model-year stock.", [("2023", "2023")]),
]


@pytest.mark.parametrize("text,expected", MODEL_YEARS)
def test_model_years(text, expected):
    assert [(d.text, d.value) for d in run(text)] == expected


# "the same week last year" is the week of the same ISO number a year back, not 52 weeks back
# (a week off after a 53-week ISO year: 2020 and 2026 have 53); a week 53 has the 52nd before it.
SAME_WEEK = [
    ("Sales rose 4% from the same week last year.", PUB, "2021-W50"),
    ("Sales rose 4% from the same week last year.", dt.date(2021, 1, 7), "2020-W01"),
    ("Claims fell from the same week a year earlier.", dt.date(2027, 1, 6), "2026-W01"),
    ("Claims fell from the same week a year ago.", dt.date(2021, 1, 3), "2019-W52"),
    ("Deaths were up on the same week the previous year.", dt.date(2026, 12, 31), "2025-W52"),
]


@pytest.mark.parametrize("text,published,expected", SAME_WEEK)
def test_the_same_week_a_year_back(text, published, expected):
    assert [d.value for d in run(text, published)] == [expected]


# A quarter without its year goes the way of its clause's tense: in a future clause a quarter
# already gone is next year's; the quarter under way and the one just ended (the one results are
# reported on) stay this year's.
QUARTER_TENSE = [
    ("The firm expects to close the deal in Q1.", PUB, "2023-Q1"),
    ("The company plans to open the plant in the second quarter.", PUB, "2023-Q2"),
    ("Profits rose in the first quarter.", PUB, "2022-Q1"),
    ("Profits will rise in the fourth quarter.", PUB, "2022-Q4"),
    ("Acme expects to report third-quarter profit of $5 million.", PUB, "2022-Q3"),
    ("The merger should close in next year's first quarter.", PUB, "2023-Q1"),
    ("Profits will rise in the fourth quarter.", dt.date(2023, 2, 10), "2023-Q4"),
    ("Profits rose in the fourth quarter.", dt.date(2023, 2, 10), "2022-Q4"),
    ("Sales will pick up in the third quarter.", dt.date(2023, 5, 3), "2023-Q3"),
]


@pytest.mark.parametrize("text,published,expected", QUARTER_TENSE)
def test_quarter_tense(text, published, expected):
    assert [d.value for d in run(text, published)] == [expected]


# "this quarter" is the quarter a report is about, the year as that quarter's own mention reads it;
# in a future clause it is the quarter under way.
@pytest.mark.parametrize("text,expected", [
    ("Output fell in the third quarter and is forecast to fall again this quarter.", ["2021-Q3", "2022-Q2"]),
    ("Margins widened in the third quarter. This quarter, costs rose.", ["2021-Q3", "2021-Q3"]),
    ("Sales jumped in the first quarter. This quarter, rents rose too.", ["2022-Q1", "2022-Q1"]),
])
def test_this_quarter(text, expected):
    assert [d.value for d in run(text, dt.date(2022, 4, 20))] == expected


# Holidays of the UK, Ireland, the Commonwealth, France and the US, each the one of the year the
# clause's tense points at (publication Tuesday 13 December 2022).
HOLIDAYS = [
    ("Crowds marched through Dublin on St Patrick's Day.", ("St Patrick's Day", "DATE", "2022-03-17", None)),
    ("The parade returns on St. Patrick\u2019s Day.", ("St. Patrick\u2019s Day", "DATE", "2023-03-17", None)),
    ("Fireworks lit the sky on Bonfire Night.", ("Bonfire Night", "DATE", "2022-11-05", None)),
    ("Councils cancelled displays for Guy Fawkes Night.", ("Guy Fawkes Night", "DATE", "2022-11-05", None)),
    ("Veterans laid wreaths on Remembrance Day.", ("Remembrance Day", "DATE", "2022-11-11", None)),
    ("The bells rang out on Armistice Day 1918.", ("Armistice Day 1918", "DATE", "1918-11-11", None)),
    ("The dawn service will be held on Anzac Day.", ("Anzac Day", "DATE", "2023-04-25", None)),
    ("Ottawa will host concerts on Canada Day.", ("Canada Day", "DATE", "2023-07-01", None)),
    ("Jets flew over Paris on Bastille Day.", ("Bastille Day", "DATE", "2022-07-14", None)),
    ("Unions rallied on May Day.", ("May Day", "DATE", "2022-05-01", None)),
    ("The city marked Juneteenth with a festival.", ("Juneteenth", "DATE", "2022-06-19", None)),
    ("Traffic was heavy over Labor Day.", ("Labor Day", "DATE", "2022-09-05", None)),
    ("The store will close on Labour Day.", ("Labour Day", "DATE", "2023-09-04", None)),
    ("The pool opens on Memorial Day.", ("Memorial Day", "DATE", "2023-05-29", None)),
    ("Turnout was high on Election Day.", ("Election Day", "DATE", "2022-11-08", None)),
    ("Florists were busy before Mother\u2019s Day.", ("Mother\u2019s Day", "DATE", "2022-05-08", None)),
    ("He will grill on Father's Day.", ("Father's Day", "DATE", "2023-06-18", None)),
    ("The first May day of sunshine was cold.", None),
    ("She sent a mayday call.", None),
]


@pytest.mark.parametrize("text,expected", HOLIDAYS)
def test_holidays(text, expected):
    if expected is None:
        assert [d.text for d in run(text)] == []
    else:
        assert one(text) == expected


# The hours after midnight are a TIME of that day's night (publication Tuesday 13 December 2022).
EARLY_HOURS = [
    ("The fire broke out in the early hours of Saturday.", [("the early hours of Saturday", "TIME", "2022-12-10TNI")]),
    ("Police were called in the small hours.", [("the small hours", "TIME", "2022-12-13TNI")]),
    ("Talks ran into the wee hours of the morning.", [("the wee hours of the morning", "TIME", "2022-12-13TNI")]),
    ("Counting will finish during the early hours of Friday.", [("the early hours of Friday", "TIME", "2022-12-16TNI")]),
    ("The storm hit in the early hours of yesterday.", [("the early hours of yesterday", "TIME", "2022-12-12TNI")]),
    # with its part of the day, the day and its part are the expression (as news corpora mark it)
    ("Troopers stopped the van during the early hours of Wednesday morning.", [("Wednesday morning", "DATE", "2022-12-07")]),
    ("She works long hours.", []),
    ("The early hours of the game were slow.", []),
]


@pytest.mark.parametrize("text,expected", EARLY_HOURS)
def test_early_hours(text, expected):
    found = run(text)
    assert [(d.text, d.type, d.value) for d in found] == expected
    assert all(text[d.start:d.end] == d.text for d in found)


# A 24-hour time without "at", where a word of time before it or a zone after it shows it is one.
CLOCK24 = [
    ("Bids must reach the council by 16:00.", [("16:00", "TIME", "2022-12-13T16:00")]),
    ("The curfew lasts until 05:30 Friday.", [("05:30 Friday", "TIME", "2022-12-16T05:30")]),
    ("Polls stay open from 07:00 to 22:00.", [("07:00", "TIME", "2022-12-13T07:00"), ("22:00", "TIME", "2022-12-13T22:00")]),
    ("Trading is halted between 12:00 and 13:30.", [("12:00", "TIME", "2022-12-13T12:00"), ("13:30", "TIME", "2022-12-13T13:30")]),
    ("Residents must leave before 06:00.", [("06:00", "TIME", "2022-12-13T06:00")]),
    ("Kick-off is 19:45 local time.", [("19:45 local time", "TIME", "2022-12-13T19:45")]),
    ("The launch is set for 14:45 GMT.", [("14:45 GMT", "TIME", "2022-12-13T14:45Z")]),
    ("City beat United 2:1 on aggregate.", []),
    ("The film is shot in 16:9.", []),
    ("The pastor read from John 3:16.", []),
    ("She won the marathon in 2:21:40.", []),
    ("The odds fell to 10:1.", []),
    ("The vote passed 12:10 in committee.", []),
]


@pytest.mark.parametrize("text,expected", CLOCK24)
def test_clock24(text, expected):
    found = run(text)
    assert [(d.text, d.type, d.value) for d in found] == expected
    assert all(text[d.start:d.end] == d.text for d in found)


# A quarter named by the month it ends in (Australian and Indian business style), and "quarterly"
# as the adverb of a verb: a SET every three months (publication Tuesday 13 December 2022).
MONTH_QUARTERS = [
    ("Iron ore exports fell in the March quarter.", [("the March quarter", "DATE", "2022-Q1")]),
    ("The miner lifted output in the September quarter.", [("the September quarter", "DATE", "2022-Q3")]),
    ("Profit rose 9% in the June quarter of 2021.", [("the June quarter of 2021", "DATE", "2021-Q2")]),
    ("The bank expects margins to widen in the March quarter.", [("the March quarter", "DATE", "2023-Q1")]),
    ("Spain won the June quarter-final.", [("June", "DATE", "2022-06")]),
    ("Rents are reviewed quarterly.", [("quarterly", "SET", "P3M")]),
    ("The board meets quarterly in Sydney.", [("quarterly", "SET", "P3M")]),
    ("Quarterly, the fund pays out.", [("Quarterly", "SET", "P3M")]),
    ("The firm raised its quarterly dividend.", []),
    ("It posted its first quarterly loss.", []),
]


@pytest.mark.parametrize("text,expected", MONTH_QUARTERS)
def test_month_quarters(text, expected):
    found = run(text)
    assert [(d.text, d.type, d.value) for d in found] == expected
    assert all(text[d.start:d.end] == d.text for d in found)


# A clock time in a clause that recurs is a time of any such day, not of the publication day.
GENERIC_TIMES = [
    ("The market is open 8.30am to 1pm on Saturdays.",
     [("8.30am", "TIME", "XXXX-XX-XXT08:30"), ("1pm", "TIME", "XXXX-XX-XXT13:00"), ("Saturdays", "SET", "XXXX-WXX-6")]),
    ("Trains leave at 6 a.m. every weekday.", [("6 a.m.", "TIME", "XXXX-XX-XXT06:00")]),
    ("On Sundays the museum opens at 10:00.", [("Sundays", "SET", "XXXX-WXX-7"), ("10:00", "TIME", "XXXX-XX-XXT10:00")]),
    ("The ferry sails daily at 7 p.m.", [("daily", "SET", "P1D"), ("7 p.m.", "TIME", "XXXX-XX-XXT19:00")]),
    ("The raid began at 6 a.m. Tuesday.", [("6 a.m. Tuesday", "TIME", "2022-12-13T06:00")]),
    ("He landed at 9 a.m. Flights leave daily.", [("9 a.m.", "TIME", "2022-12-13T09:00"), ("daily", "SET", "P1D")]),
    ("Police arrived at 9 p.m.; patrols run nightly.", [("9 p.m.", "TIME", "2022-12-13T21:00"), ("nightly", "SET", "P1D")]),
]


@pytest.mark.parametrize("text,expected", GENERIC_TIMES)
def test_generic_times(text, expected):
    found = run(text)
    assert [(d.text, d.type, d.value) for d in found] == expected
    assert all(text[d.start:d.end] == d.text for d in found)


# A present "is"/"are" naming an occasion's weekday schedules it: the next one (publication Tuesday
# 13 December 2022); a past "was" or a weekday after another word stays the last one.
SCHEDULED_WEEKDAYS = [
    ("The hearing is on Sunday.", "2022-12-18"),
    ("Game 5 is Tuesday.", "2022-12-13"),
    ("The vote is Friday, officials said.", "2022-12-16"),
    ("Officials said the funeral is on Saturday.", "2022-12-17"),
    ("The next rounds of talks are on Thursday.", "2022-12-15"),
    ("Talks resume on Thursday.", "2022-12-15"),
    ("His birthday was on Sunday.", "2022-12-11"),
    ("He is on leave since Sunday.", "2022-12-11"),
    ("The attack on Sunday is the worst in years.", "2022-12-11"),
]


@pytest.mark.parametrize("text,expected", SCHEDULED_WEEKDAYS)
def test_scheduled_weekdays(text, expected):
    assert [d.value for d in run(text) if d.rule == "weekday"] == [expected]


# Look-alikes that are no dates: a name opened by a capitalised "The" inside a sentence, a
# programme named by its year, "one-day" as a cricket format (a one-day strike lasts a day).
LOOK_ALIKES = [
    ("Fans cheered when The 1975 played Leeds.", []),
    ("Tickets for The 1975 sold out.", []),
    ("The 1975 election was close.", [("1975", "DATE", "1975")]),
    ("Leaders backed the 2030 Agenda for Sustainable Development.", []),
    ("The plan runs to 2030 under the agenda.", [("2030", "DATE", "2030")]),
    ("India won the one-day international by five wickets.", []),
    ("England lost the one-day series in Pune.", []),
    ("He was dropped from the one-day side.", []),
    ("Workers staged a one-day strike.", [("one-day", "DURATION", "P1D")]),
    ("A one-day summit opened in Rome.", [("one-day", "DURATION", "P1D")]),
]


@pytest.mark.parametrize("text,expected", LOOK_ALIKES)
def test_look_alikes(text, expected):
    found = run(text)
    assert [(d.text, d.type, d.value) for d in found] == expected
