"""The day a page's address gives, read as the release's date when the text gives none.

Staff paste a page's text and its address (the source URL). A newspaper's or a ministry's
page often keeps its date in the address only ("…/2016-11/09/content_….htm",
"…/news-releases/2004/1002_…", "…/t20260128_….html"): the copied text then names days with
no year ("met in Iloilo on October 3-4") and weekdays with no day. The texts here are
invented in those layouts.
"""

import datetime

import pytest

from apec_portal.import_accuracy import _addresses
from core.importing import AddressDate, address_date
from events.importer import event_document_read

D = datetime.date
TODAY = D(2026, 12, 7)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://paper.example.com/world/2016-11/09/content_2732.htm",
            AddressDate(D(2016, 11, 9), 2016),
        ),
        (
            "http://blogs.example.com/issues/2010/07/16/launch-of-a-host-committee/",
            AddressDate(D(2010, 7, 16), 2010),
        ),
        (
            "http://news.example.cn/business/2014/10-31/140880.shtml",
            AddressDate(D(2014, 10, 31), 2014),
        ),
        (
            "http://apec.example.org/Press/News-Releases/2004/1002_smeforum.aspx",
            AddressDate(D(2004, 10, 2), 2004),
        ),
        (
            "https://www.ministry.example.cn/eng/xw/202601/t20260128_1184.html",
            AddressDate(D(2026, 1, 28), 2026),
        ),
        ("http://archive.example.com/?date=19981115&slug=278", AddressDate(D(1998, 11, 15), 1998)),
        # a year alone: a path segment that is only a year
        (
            "https://apec.example.org/press/news-releases/2022/ministers-meet",
            AddressDate(None, 2022),
        ),
        ("https://trade.example.gov/press-releases/2012/june/statement", AddressDate(None, 2012)),
        ("http://blog.example.com/2010/03/apec-japan.html", AddressDate(None, 2010)),
    ],
)
def test_the_day_or_the_year_a_page_address_gives(url, expected):
    assert address_date(url, today=TODAY) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "not an address",
        # the host names a host year, not a day
        "https://www.apec2022.example.th/apec-economic-leaders-meeting/",
        # numbers that are no day: a story id, a month 13, a day after today
        "http://news.example.com/newsitem/apec-touts-growth-1447893297",
        "http://news.example.com/2019/1345_meeting",
        "http://news.example.com/story/20291231_1.html",
        "https://papers.example.org/Meeting-Papers/Small-and-Medium-Enterprise/2012_sme.aspx",
    ],
)
def test_no_day_where_an_address_gives_none(url):
    found = address_date(url, today=TODAY)
    assert found is None or found.date is None
    if found is not None:  # a year alone may stand in the path, never in the host
        assert str(found.year) in url.split("//", 1)[-1].split("/", 1)[-1]


YEARLESS = (
    "SME officials meet in Iloilo\n\n"
    "Officials of the APEC Small and Medium Enterprises Working Group met in Iloilo on "
    "October 3-4 to review a plan for digital trade by small firms.\n"
)


def test_a_day_without_its_year_takes_the_year_of_the_page_address(db):
    without = event_document_read(YEARLESS).records[0]
    assert without.value("start_date") is None

    record = event_document_read(
        YEARLESS, source_url="https://news.example.org/2019/1005_smewg"
    ).records[0]
    assert record.value("start_date") == D(2019, 10, 3)
    assert record.value("city") == "Iloilo"
    # the inferred year is said, with where it came from
    assert any("page's address" in str(warning) for warning in record.warnings)


def test_a_year_alone_in_the_address_dates_a_text_that_names_none(db):
    record = event_document_read(
        YEARLESS, source_url="https://apec.example.org/press/news-releases/2019/smewg-meets"
    ).records[0]
    assert record.value("start_date") == D(2019, 10, 3)
    inferred = [str(w) for w in record.warnings if "gives no year" in str(w)]
    assert inferred and "the year in the page's address" in inferred[0]


def test_the_text_s_own_release_date_wins_over_the_address(db):
    text = YEARLESS.replace("\n\n", "\n\nPublished: 5 October 2021\n\n", 1)
    record = event_document_read(
        text, source_url="https://news.example.org/2019/1005_smewg"
    ).records[0]
    assert record.value("start_date") == D(2021, 10, 3)


def test_a_dateline_day_is_read_in_the_year_of_the_address(db):
    text = (
        "Trade ministers gather in Arequipa\n\n"
        "AREQUIPA, May 12 (Newswire) -- The APEC Ministers Responsible for Trade Meeting "
        "will be held on May 17-18 in Arequipa to review a study on regional trade.\n"
    )
    record = event_document_read(
        text, source_url="https://wire.example.com/2016-05/12/content_77.htm"
    ).records[0]
    assert record.value("start_date") == D(2016, 5, 17)
    assert record.value("city") == "Arequipa"


def test_the_accuracy_command_passes_each_set_text_s_address():
    about = {
        "01_a.txt": "https://news.example.org/2019/1005_smewg | newspaper | 2019",
        "02_b.txt": "a page kept without its address | blog | 2019",
    }
    assert _addresses(about) == {"01_a.txt": "https://news.example.org/2019/1005_smewg"}
    # the devset's "_about" is a description: no addresses
    assert _addresses("Invented news releases and event pages") == {}


def test_a_day_read_against_the_address_says_where_the_release_date_came_from(db):
    text = (
        "APEC ministers hold talks\n\n"
        "The APEC Ministerial Meeting opened today in Lima with ministers of 21 economies.\n"
    )
    record = event_document_read(
        text, source_url="https://news.example.com/2016/11/17/apec-talks"
    ).records[0]
    assert record.value("start_date") == D(2016, 11, 17)
    relative = [str(w) for w in record.warnings if "“today”" in str(w)]
    assert relative and "the day in the page's address" in relative[0]
    # the same text with no address: no day, and no warning naming an address
    plain = event_document_read(text).records[0]
    assert plain.value("start_date") is None
    assert not any("page's address" in str(w) for w in plain.warnings)
