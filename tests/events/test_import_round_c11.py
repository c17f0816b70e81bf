"""The event reader's rules of the thirteenth round, wave 3 (c11): meetings named by an
acronym with a lower-case kind word, and the page's event when the headline speaks of a
coming one.

The texts are invented, in the layouts of real newspaper and ministry pages on APEC meetings
(docs/importing.md, "Thirteenth round, wave 3, c11"). The first tests of each class fail on
the reader before the round; those marked as guards hold on it and after.
"""

from pathlib import Path

import pytest

from events.importer import event_document_read
from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db

DEVSET = Path(__file__).parent / "devset"


# --- An acronym with a lower-case kind word ------------------------------------------------


def test_a_group_acronym_before_workshop_names_the_workshop():
    text = (DEVSET / "e651_c11_release_group_workshop_named_by_acronym.txt").read_text()
    assert record_facts(main_record(text), "title", "start_date", "city") == (
        "APEC PPWE Workshop",
        "2042-05-12",
        "Cusco",
    )


def test_isom_alone_names_the_informal_senior_officials_meeting():
    text = (
        "Officials gather in Hanoi\n\n"
        "The ISOM opened in Hanoi on 6 December 2044 to set the priorities of the host year."
    )
    assert record_facts(main_record(text), "title", "start_date", "city") == (
        "Informal Senior Officials' Meeting",
        "2044-12-06",
        "Hanoi",
    )


def test_guard_an_unknown_acronym_before_workshop_names_nothing():
    text = (
        "Training in Lima\n\n"
        "The XYZQ workshop opened in Lima on 3 March 2045. The APEC Digital Skills Forum "
        "opened in Lima on 4 March 2045."
    )
    titles = [r.value("title") for r in event_document_read(text).records]
    assert "APEC XYZQ Workshop" not in titles


# --- The headline's coming event and the lede's event held now -----------------------------


def test_the_lede_event_opened_yesterday_beats_the_headline_summit_to_come():
    text = (
        DEVSET / "e650_c11_newspaper_headline_coming_summit_lede_symposium_opened.txt"
    ).read_text()
    assert record_facts(main_record(text)) == (
        "APEC ISOM Symposium",
        "2041-12-03",
        "Kokopo",
        "",
        "PNG",
    )


def test_guard_a_headline_event_the_body_reports_stays_the_event():
    text = (
        "Minister promises a great APEC Economic Leaders' Meeting\n\n"
        "The APEC Economic Leaders' Meeting opened in Lima on 14 November 2046, the minister "
        "said at the opening of the media centre yesterday."
    )
    assert main_record(text).value("title") == "APEC Economic Leaders' Meeting"


# --- A known meeting's name written out, its kind word in lower case -----------------------


def test_a_written_out_name_before_lower_case_meeting_is_the_meeting():
    text = (
        DEVSET / "e652_c11_ministry_release_written_out_name_lower_case_meeting.txt"
    ).read_text()
    assert record_facts(main_record(text)) == (
        "50th Ministers Responsible for Trade Meeting",
        "2043-05-21",
        "Arequipa",
        "",
        "PER",
    )


def test_a_group_name_written_out_before_lower_case_meeting():
    text = (
        "Women and trade\n\n"
        "The Policy Partnership on Women and the Economy (PPWE) meeting opened in Lima on "
        "3 May 2043."
    )
    assert record_facts(main_record(text), "title", "start_date") == (
        "Policy Partnership on Women and the Economy Meeting",
        "2043-05-03",
    )


def test_guard_capitals_spelling_no_known_acronym_name_no_meeting():
    text = (
        "Port news\n\n"
        "The Harbour Users Group meeting opened in Lima on 3 May 2043. The APEC Ports Forum "
        "opened in Lima on 4 May 2043."
    )
    assert main_record(text).value("title") == "APEC Ports Forum"


# --- A gathering described before the name the sentence also gives ------------------------


def test_a_workshop_described_before_a_named_meeting_is_the_first_event():
    text = (DEVSET / "e653_c11_agency_page_described_workshop_before_group_meeting.txt").read_text()
    records = event_document_read(text).records
    assert [record_facts(r, "title", "start_date") for r in records] == [
        ("APEC Workshop on MSME Export Readiness", "2041-06-03"),
        ("62nd SME Working Group Meeting", "2041-06-05"),
    ]


def test_an_acronym_topic_goes_on_over_its_capitalised_words():
    text = (
        "Trade news\n\n"
        "An APEC workshop on the MSME Supply Chain Toolkit opened in Lima on 9 May 2044."
    )
    assert main_record(text).value("title") == "APEC Workshop on the MSME Supply Chain Toolkit"


def test_guard_a_topic_stops_at_the_place_after_in():
    text = "Trade news\n\nAn APEC workshop on MSME exports in Lima opened on 9 May 2044."
    assert main_record(text).value("title") == "APEC Workshop on MSME Exports"
