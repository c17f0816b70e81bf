"""Events, eleventh round (i28l8): layouts of apec.org and the APEC Secretariat's news and
media releases, meeting pages and host-year sites (all sectors), each read from an invented
text in that layout."""

import pytest

from events.importer import event_document_read
from tests.events.reading import record_facts

pytestmark = pytest.mark.django_db


def _facts(record):
    return record_facts(record, "title", "start_date", "city", "host_economy")


def test_the_days_of_a_meeting_whose_results_are_reported_are_not_the_events():
    text = (
        "APEC Senior Officials open their Second Meeting\n\n"
        "June 12, 2041, Hue, Viet Nam - This morning, the Second APEC Senior Officials' Meeting "
        "began the first of its two working days.\n\n"
        "At the meeting, the business council's chair reported the results of the ABAC Meeting "
        "in Lima, Peru, from 20 - 23 May 2041."
    )
    records = event_document_read(text).records
    # sixth session (c23): the meeting reported on is a further record with its own days
    assert [_facts(r) for r in records] == [
        ("Second APEC Senior Officials' Meeting", "2041-06-12", "Hue", "VNM"),
        ("APEC Business Advisory Council meeting", "2041-05-20", "Lima", "PER"),
    ]


def test_a_statement_pages_we_the_ministers_met_gives_its_days_over_the_date_line():
    text = (
        "Skip to main content\n\n2043 APEC Ministerial Meeting\n\n"
        "Valdivia, Chile | 19 November 2043\n\n"
        "  1. We, the APEC Ministers, met in Valdivia, Los Ríos, on November 16-17, 2043, "
        "chaired by the Minister of Foreign Affairs Ana Ruiz.\n\n"
        "  2. We reaffirm our commitment to the APEC vision."
    )
    records = event_document_read(text).records
    assert [_facts(r)[1:] for r in records] == [("2043-11-16", "Valdivia", "CHL")]


MEDIA_KIT = (
    "Skip to main content\n\nMedia kit: Coastal Economies Forum\n\n"
    "The APEC Coastal Economies Forum will bring together ministers and senior leaders on "
    "21 September to advance the blue economy across the region.\n\n"
    "The Tern Island Roadmap was developed in 2040 to guide policy across APEC. The Roadmap "
    "runs to 2048 and sets targets for coastal towns.\n\n"
    "The APEC Chile media team is ready to help you cover APEC 2042 remotely."
)


def test_the_year_a_roadmap_runs_to_is_no_year_of_the_event():
    (record,) = event_document_read(MEDIA_KIT).records
    assert record.value("start_date").isoformat() == "2042-09-21"


def test_a_host_years_own_name_gives_the_host_when_its_year_is_the_events():
    (record,) = event_document_read(MEDIA_KIT).records
    assert record.value("host_economy") == "CHL"
    assert "host-from-host-year" in {w.code for w in record.warnings}


def test_a_host_years_own_name_of_another_year_gives_no_host():
    text = MEDIA_KIT.replace("on 21 September", "on 21 September 2041")
    (record,) = event_document_read(text).records
    assert record.value("host_economy") is None


def test_their_meeting_in_a_town_places_the_event():
    text = (
        "APEC trade ministers issued a joint statement upon conclusion of their meeting in "
        "Trujillo on 14-15 May.\nThe statement reflects the outcomes of the 2043 APEC "
        "Ministers Responsible for Trade Meeting chaired by the trade minister, Lucia Campos."
    )
    (record,) = event_document_read(text).records
    assert _facts(record) == (
        "2043 APEC Ministers Responsible for Trade Meeting",
        "2043-05-14",
        "Trujillo",
        "PER",
    )


def test_a_ministers_responsible_for_trade_meeting_is_hosted_by_its_chairs_economy():
    text = (
        "APEC Trade Ministers issued a joint statement following their virtual meeting on "
        "6 June 2042.\n\nThe statement reflects the outcomes of the 2042 APEC Ministers "
        "Responsible for Trade Meeting chaired by Chile Minister for Trade Rosa Herrera."
    )
    (record,) = event_document_read(text).records
    assert record.value("kind") == "ministerial_meeting"
    assert record.value("host_economy") == "CHL"


def test_held_on_an_island_named_for_a_known_town_places_the_event_in_that_town():
    text = (
        "Trade Ministers' Meeting Concludes in Korea\n"
        "APEC Trade Ministers pledged support for the trade conference in December.\n"
        "At the conclusion of their annual meeting, this year held on Jeju Island in the South "
        "of Korea, Ministers endorsed a statement by the Chair."
    )
    (record,) = event_document_read(text).records
    assert (record.value("city"), record.value("host_economy")) == ("Jeju", "KOR")


def test_a_compass_point_of_an_economy_is_no_town():
    text = "The APEC Fishing Towns Forum was held in the South of Chile on 3 May 2042."
    (record,) = event_document_read(text).records
    assert record.value("city") == ""


MEETING_VIRTUALLY = (
    "Ministers: Open Trade Will Carry the Recovery\n\n"
    "Issued by the APEC Ministerial Meeting\n\nValdivia, Chile, 10 November 2042\n\n"
    "Ministers from the 21 APEC member economies are meeting virtually over the next two days "
    "to speed the region's recovery through trade policy.\n\n"
    "The 2042 APEC Ministerial Meeting is co-chaired by Chile's Minister of Foreign Affairs "
    "Ana Ruiz and Minister of Trade Pablo Serrano.\n\n"
    "The meeting precedes the APEC Economic Leaders' Meeting on 13 November and the 15th "
    "Global Trade Ministerial Conference (GTC15)."
)


def test_ministers_are_meeting_virtually_before_the_named_meeting_is_that_meeting_online():
    record = event_document_read(MEETING_VIRTUALLY).records[0]
    assert _facts(record) == ("2042 APEC Ministerial Meeting", "2042-11-10", "", "CHL")
    assert record.value("virtual") is True


def test_a_name_does_not_start_with_the_month_of_a_day_before_it():
    titles = [r.value("title") for r in event_document_read(MEETING_VIRTUALLY).records]
    assert not any(title.startswith("November") for title in titles)


def test_a_sentence_opening_on_meeting_as_part_of_goes_on_about_the_sentence_before():
    text = (
        "02/10/2042 | Press release | Distributed by Public on 02/09/2042 21:10\n"
        "APEC economies met in Kunming this week to take on a set of digital policy "
        "questions.\nMeeting as part of the first APEC Senior Officials' Meeting and Related "
        "Meetings of the year, delegates traded views on trust in digital systems."
    )
    (record,) = event_document_read(text).records
    assert (record.value("city"), record.value("host_economy")) == ("Kunming", "CHN")


def test_a_plan_endorsed_by_ministers_in_a_town_says_where_the_participants_are():
    text = (
        "Health Ministers from APEC economies have agreed a new set of responses to health "
        "threats.\n\nA plan setting out these steps was endorsed by Ministers in Hangzhou "
        "alongside the just concluded meeting of APEC Senior Officials here.\n\n"
        '"Trade has raised the need for health and the economy to grow together," said Dr Wen '
        "Hao during the 9th APEC High-Level Meeting on Health and the Economy."
    )
    (record,) = event_document_read(text).records
    assert (record.value("city"), record.value("host_economy")) == ("Hangzhou", "CHN")


def test_the_first_day_of_meetings_today_and_the_close_tomorrow_make_a_two_day_meeting():
    text = (
        "Skip to main content\n\nAPEC Trade Ministers Release Statement on Services\n\n"
        "Meeting of APEC Ministers Responsible for Trade Cairns, Australia | 08 May 2042\n"
        "The 48th Meeting of APEC Ministers Responsible for Trade has released a Statement on "
        "Services.\nThe statement was issued at the conclusion of their first day of meetings.\n"
        "The APEC Trade Ministers' Meeting concludes in Cairns tomorrow."
    )
    record = event_document_read(text).records[0]
    assert (record.value("start_date").isoformat(), record.value("end_date").isoformat()) == (
        "2042-05-08",
        "2042-05-09",
    )
