"""The event reader's rules of the learning round i28l5 (event pages and meeting documents):
each test fails on the reader before it.

The texts are invented, in the layouts of real pages of the round's learning set
(docs/importing.md, "Events, eleventh round (i28l5)").
"""

import datetime

import pytest

from events.importer import event_document_read

pytestmark = pytest.mark.django_db


def _read(text):
    return event_document_read(text).records


def test_a_meeting_papers_glued_cover_line_gives_the_event_and_its_place():
    text = (
        "Transcript of Report on the APEC Survey of Port Safety Rules for...\n\n"
        "2044/SOM2/CD/007 Agenda Item: 5\n\n"
        "Report on the Survey of Port Safety Rules\n\n"
        "Purpose: Information Submitted by: Peru\n\n"
        "25th Chemical DialogueArequipa, Peru\n\n"
        "12 May 2044\n\n"
        "Peru presented the survey to the Dialogue, which agreed to share its results."
    )
    records = _read(text)
    (record,) = [r for r in records if "Chemical Dialogue" in r.value("title")]
    assert record.value("city") == "Arequipa"
    assert record.value("host_economy") == "PER"
    assert record.value("start_date") == datetime.date(2044, 5, 12)


def test_a_papers_symbol_holds_no_meeting_acronym():
    text = (
        "2044/SOM2/CD/007 Agenda Item: 5\n\n"
        "25th Chemical DialogueArequipa, Peru\n\n"
        "12 May 2044\n\n"
        "Peru presented the survey to the Dialogue, which agreed to share its results."
    )
    titles = [record.value("title") for record in _read(text)]
    assert "Second Senior Officials' Meeting" not in titles


def test_a_cover_line_naming_the_economy_alone_gives_the_host():
    text = (
        "Agenda Item: 3\n\n"
        "Report on APEC Developments\n\n"
        "70th APEC Transportation Working Group Meeting Papua New Guinea\n\n"
        "3-6 March 2045\n\n"
        "The Secretariat reports on the decisions of senior officials since the last meeting."
    )
    (record,) = _read(text)
    assert record.value("host_economy") == "PNG"
    assert record.value("start_date") == datetime.date(2045, 3, 3)


def test_a_speech_header_place_after_short_lines_and_its_day_beat_the_published_day():
    text = (
        "Remarks at the APEC Tourism Ministerial Meeting\n\n"
        "Published: Thu 9 Oct 2042 07:30 AM\n"
        "MINISTRY OF TRADE\n"
        "Speech Office (Cusco, Peru)\n"
        "Remarks by\n"
        "Vice Minister Tomas Alvear\n"
        "APEC Tourism Ministerial\n"
        "Meeting\n"
        "Cusco, Peru\n"
        "October 8, 2042\n"
        "VICE MINISTER ALVEAR: Colleagues, let me thank our hosts for this gathering in the "
        "old capital.\n"
    )
    (record,) = _read(text)
    assert record.value("city") == "Cusco"
    assert record.value("host_economy") == "PER"
    assert record.value("start_date") == datetime.date(2042, 10, 8)


def test_a_programme_of_labelled_meetings_gives_one_record_each_in_the_one_town_named():
    text = (
        "APEC 2046 week guide\n\n"
        "Here is what happens next week.\n\n"
        "APEC Energy Ministers' Meeting\n\n"
        "Date: 14-15 October 2046\n\n"
        "Location: Cebu\n\n"
        "What happens: ministers look at power grids.\n\n"
        "APEC Small Business Summit\n\n"
        "Date: 16 October 2046\n\n"
        "Location: Waterfront Convention Centre\n\n"
        "What happens: owners of small firms meet buyers."
    )
    records = _read(text)
    assert [r.value("title") for r in records] == [
        "APEC Energy Ministers' Meeting",
        "APEC Small Business Summit",
    ]
    assert [r.value("start_date") for r in records] == [
        datetime.date(2046, 10, 14),
        datetime.date(2046, 10, 16),
    ]
    assert [r.value("city") for r in records] == ["Cebu", "Cebu"]
    assert records[1].value("venue") == "Waterfront Convention Centre"


def test_a_programmes_meeting_is_named_by_its_heading_without_a_kind_word():
    text = (
        "APEC 2046 week guide\n\n"
        "Young Pacific Voices\n\n"
        "Date: 12 - 16 October 2046\n\n"
        "Location: Cebu\n\n"
        "APEC Energy Ministers' Meeting\n\n"
        "Date: 14-15 October 2046\n\n"
        "Location: Cebu\n\n"
        "What happens: ministers look at power grids."
    )
    records = _read(text)
    assert [r.value("title") for r in records] == [
        "Young Pacific Voices",
        "APEC Energy Ministers' Meeting",
    ]
    assert records[0].value("start_date") == datetime.date(2046, 10, 12)


def test_a_headline_name_keeps_its_hyphenated_apec_word_and_ordinal():
    text = (
        "3rd APEC-PPSTI APEC Centres Youth Forum – Oceans and Data\n\n"
        "Date: 9-10 March, 2045\n"
        "Venue: Tianjin, China\n\n"
        "The forum brings young researchers of the member economies together."
    )
    (record,) = _read(text)
    assert record.value("title").startswith("3rd APEC-PPSTI APEC Centres Youth Forum")


def test_a_body_day_without_year_takes_the_year_of_the_labelled_date():
    text = (
        "APEC Young Scientists Forum\n\n"
        "Date: 9-10 March, 2045\n"
        "Venue: Tianjin, China\n\n"
        "The first forum was held in Hangzhou, China in March 2043.\n\n"
        "The APEC Young Scientists Forum will be held in March 9-10."
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2045, 3, 9)


def test_a_name_with_a_hyphenated_apec_word_is_an_events_name():
    text = (
        "Workshop news\n\n"
        "We organise the APEC-EV Workshop in Lima on 5 May 2045 with the national committee."
    )
    (record,) = _read(text)
    assert record.value("title") == "APEC-EV Workshop"


def test_an_unknown_word_before_a_colon_is_no_dateline():
    text = (
        "Past Events\n\n"
        "KORPEC: Virtual Regional Dialogue on Green Shipping Corridors in Asia Pacific Towards "
        "Ports Ready for a Low Emission Future\n\n"
        "Organized by: Korea National Committee for Pacific Economic Cooperation (KORPEC)\n\n"
        "14 October 2043\n\n"
        "The dialogue looks at what the first corridors have taught ports and regulators."
    )
    (record,) = _read(text)
    assert not record.value("city")


def test_a_forums_possessive_ends_the_name_before_the_meeting_it_holds():
    text = (
        "Minister Ruiz Opens APEC 2046 Forum's First Senior Officials Meeting\n\n"
        "February 20, 2046\n\n"
        "Foreign Minister Ana Ruiz delivered remarks today to open the first Senior Officials "
        "Meeting (SOM) of the forum. The first SOM will take place February 22-23, 2046, in "
        "Valparaiso."
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2046, 2, 22)
    assert record.value("city") == "Valparaiso"


def test_a_speech_welcoming_its_audience_to_a_city_gives_the_city():
    text = (
        "Remarks at the Opening Session of the APEC Tourism Ministerial Meeting\n\n"
        "Fellow ministers, it is my pleasure to welcome you to this APEC Tourism Ministerial "
        "Meeting on 4 May 2044.\n\n"
        "I am especially glad to welcome you to this ancient Andean city of Cusco."
    )
    (record,) = _read(text)
    assert record.value("city") == "Cusco"
    assert record.value("host_economy") == "PER"


def test_a_meeting_papers_own_title_line_gives_no_record():
    text = (
        "apec workshop on safer industrial coatings post-workshop...\n\n"
        "31\n\n"
        "2043/SOM1/CD/011 Agenda Item: 4B APEC Workshop on Safer Industrial Coatings "
        "(CD022042S) – Post-Workshop Report Purpose: Information Submitted by: Chile 23 rd "
        "Chemical Dialogue Iquique, Chile 18 February 2043\n\n"
        "23rd Chemical DialogueIquique, Chile\n\n"
        "18 February 2043\n\n"
        "Chile reported to the Dialogue on the first phase of the project."
    )
    (record,) = _read(text)
    assert record.value("title") == "23rd Chemical Dialogue"
