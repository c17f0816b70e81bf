"""The event reader's rules of the thirteenth round (c4): the first day of a single event.

The texts are invented, in the layouts of real wire-service, newspaper and ministry pages on
APEC meetings (docs/importing.md, "Thirteenth round, c4"). Each class of phrasing is read by
one rule: a wire's dateline naming its economy with "the", a closing verb with the event's
name between it and the day, a closing day whose length the text does not give, and a wire
wrapped at a fixed width with some paragraphs left whole. The first tests fail on the reader
before the round; those marked as guards hold on it and after.
"""

import pytest

from events.importer import event_document_read
from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db


def _codes(record):
    return [warning.code for warning in record.warnings]


# --- A dateline "CITY, the Economy, Month Day (Agency) --" ---------------------------------


def test_a_dateline_naming_its_economy_with_the_anchors_a_closing_weekday():
    text = (
        "APEC ocean ministers close their talks\n\n"
        "September 9, 2045\n\n"
        "MANILA, the Philippines, Sept 8 (Xinhua) -- Ocean ministers of the Asia-Pacific "
        "Economic Cooperation (APEC) agreed to share data on fish stocks as they ended the "
        "three-day 8th APEC Ocean-related Ministerial Meeting here on Friday.\n\n"
        "The ministers will report to their leaders in November."
    )
    record = main_record(text)
    # 8 September 2045 is a Friday: the dateline's day, not the release's (9 September)
    assert record_facts(record, "start_date", "end_date", "city") == (
        "2045-09-06",
        "2045-09-08",
        "Manila",
    )
    assert "date-counted-back" in _codes(record)
    relative = [w.message for w in record.warnings if w.code == "date-relative"]
    assert relative and "8 September 2045" in relative[0]  # the weekday as read


def test_a_closing_verb_with_the_events_name_before_the_day_counts_back():
    text = (
        "October 21, 2046\n\n"
        "LIMA, Oct 20 (Andina) -- Delegates praised the host city as they wrapped up the "
        "two-day 9th APEC Forum on Small Business Exports at the Pacific Trade Hall on "
        "Saturday."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "end_date") == (
        "9th APEC Forum on Small Business Exports",
        "2046-10-19",
        "2046-10-20",
    )


def test_a_closing_day_with_no_length_gives_no_first_day():
    text = (
        "APEC Tourism Working Group concludes its 95th meeting\n"
        "(CEBU CITY, Cebu) The APEC Tourism Working Group concluded its 95th meeting at the "
        "Harbour Convention Centre here Thursday, with economies comparing their support for "
        "small tour operators.\n"
        "17 March 2044"
    )
    record = main_record(text)
    assert record.value("start_date") is None
    assert record.value("end_date").isoformat() == "2044-03-17"  # the Thursday, its last day
    assert "last-day-only" in _codes(record)


def test_guard_a_closing_verb_then_another_event_opening_is_that_events_first_day():
    text = (
        "Officials concluded their preparatory talks, and the 30th APEC Startup Forum opened "
        "on 4 May 2047 in Hanoi."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date") == ("30th APEC Startup Forum", "2047-05-04")
    assert "last-day-only" not in _codes(record)


def test_guard_a_one_day_event_that_closed_keeps_its_day_when_the_length_is_said():
    text = (
        "HANOI, May 12 (VNA) -- The two-day APEC Workshop on Green Packaging for Small Firms "
        "concluded in Hanoi on 12 May 2048."
    )
    assert main_record(text).value("start_date").isoformat() == "2048-05-11"


# --- A wire wrapped at a fixed width, some paragraphs left whole ----------------------------


WRAPPED_WIRE = """From a Staff Reporter
SANTIAGO, Nov 14 (Bernama) -- The Minister of International Trade
and Industry arrived here Saturday night to attend the two-day 52nd
Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting (AMM),
starting tomorrow.
The AMM, themed 'Open Seas, Open Markets', will be chaired by the Foreign Minister of Chile, with trade ministers of all member economies taking part.
The minister, accompanied by senior officials of the ministry,
touched down at the international airport here about 10.15pm local
time.
He was met on arrival by the Malaysian Ambassador to Chile and embassy staff.
During the AMM, the minister is scheduled to raise the three
priorities of Apec 2048 -- market access for small exporters; lower
costs of payments across borders; and, cleaner growth for the
farming regions of the member economies.
"""


def test_a_wire_wrapped_with_a_paragraph_left_whole_is_read_as_its_sentences():
    record = main_record(WRAPPED_WIRE)
    # 14 November 2048 is a Saturday; "starting tomorrow" counts from the dateline's day
    assert record_facts(record, "title", "start_date", "city", "host_economy") == (
        "52nd APEC Ministerial Meeting",
        "2048-11-15",
        "Santiago",
        "CHL",
    )


def test_guard_a_page_of_headings_and_long_paragraphs_is_not_unwrapped():
    paragraph = (
        "The 12th APEC Dialogue on Women-led Small Firms was held in Lima on 3 June 2049, with "
        "officials of every member economy comparing their programmes for founders."
    )
    text = "\n".join(
        [
            "Latest news from the ministry of production and trade",
            paragraph,
            "Photo gallery of the dialogue and the field visit",
            "Speeches given at the opening session of the dialogue",
            "Documents adopted at the close of the dialogue today",
            "Contacts for the press office of the ministry of trade",
        ]
    )
    record = event_document_read(text).records[0]
    assert record_facts(record, "title", "start_date", "city") == (
        "12th APEC Dialogue on Women-led Small Firms",
        "2049-06-03",
        "Lima",
    )


# --- A page's date line glued to the paragraph under it -------------------------------------


def test_a_date_line_glued_to_the_paragraph_is_the_releases_date():
    text = (
        "Ocean ministers open their talks\n"
        "9 March 2046Ministers opened the 10th APEC Ocean-related Ministerial Meeting in "
        "Valparaiso on Friday with a call to protect small fishing firms.\n"
        "The meeting runs for two days."
    )
    # 9 March 2046 is a Friday: the weekday counts from the date line, split off the paragraph
    assert record_facts(main_record(text), "title", "start_date") == (
        "10th APEC Ocean-related Ministerial Meeting",
        "2046-03-09",
    )


# --- A label block: each label alone on its line, its value under it ------------------------


def test_a_date_label_alone_on_its_line_takes_the_value_under_it():
    text = (
        "APEC Seminar on Export Credit for Small Firms\n"
        "Dates:\n"
        "30 June - 2 July 2045\n"
        "Venue:\n"
        "Riverside Hall, Chiang Mai, Thailand\n\n"
        "The seminar will gather export credit agencies of APEC economies to compare their "
        "products for small exporters."
    )
    record = main_record(text)
    assert record_facts(record, "start_date", "end_date", "venue") == (
        "2045-06-30",
        "2045-07-02",
        "Riverside Hall",
    )
    assert "date-from-page" not in _codes(record)


# --- A wire's dateline with the agency's bare name, a site's numeric date line ---------------


def test_a_numeric_date_line_is_read_in_the_order_the_agency_dateline_gives():
    text = (
        "Thu, 03/05/2043 - 18:40\n"
        "Auther :\n"
        "Ministers meet on small exporters\n"
        "TOKYO, March 5 Kyodo -\n"
        "Trade ministers of the Asia-Pacific Economic Cooperation forum will open the 30th "
        "APEC Meeting of Ministers Responsible for Trade on Saturday in Tokyo, officials said."
    )
    # 5 March 2043 is a Thursday (month first, as the dateline says); Saturday is 7 March
    assert record_facts(main_record(text), "start_date", "city") == ("2043-03-07", "Tokyo")


# --- Numeric dates: read in the order the source writes them --------------------------------


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        ("Date: 30/06/2046 - 02/07/2046", "2046-06-30", "2046-07-02"),  # a day over 12
        ("Date: 06/30/2046 - 07/02/2046", "2046-06-30", "2046-07-02"),  # month first
        ("Date: 2046-06-30", "2046-06-30", None),
        ("Posted 25/05/2046\nDate: 05/06/2046", "2046-06-05", None),  # the page's order
    ],
)
def test_numeric_dates_are_read_in_the_order_the_text_shows(dates, start, end):
    text = f"{dates}\nThe APEC Workshop on Cold Chains for Small Firms will take place in Lima."
    assert record_facts(main_record(text), "start_date", "end_date") == (start, end)


def test_guard_a_numeric_date_that_could_be_either_day_is_not_read():
    text = "Date: 05/06/2046\nThe APEC Workshop on Cold Chains for Small Firms will meet in Lima."
    assert main_record(text).value("start_date") is None


# --- A span around the release's day is no day of the event ---------------------------------


@pytest.mark.parametrize("span", ["this week", "next week", "later this month"])
def test_an_event_dated_only_by_a_span_takes_no_first_day_from_the_release(span):
    text = (
        "Published: 19 May 2046\n\n"
        f"The 66th APEC Small and Medium Enterprises Working Group Meeting opens in Arequipa "
        f"{span}, with talks on payments for small exporters."
    )
    record = main_record(text)
    assert record.value("start_date") is None
    assert "date-from-page" not in _codes(record)
