"""Sixth session, c14: titles of a page's own event. A name the page gives its event after
"called", "named", "dubbed" or "known as" ("a run of workshops … called APEC Data Fortnight:
…"), or a name glossed by a short form ("The annual APEC … Prize, known as the APEC FEE
Prize, …") beside the lower-case event it names ("this year's contest"), is the event's name;
the meeting the sentence places it in ("during the Third APEC Senior Officials' Meeting") is
a further record. Invented texts, events in 2046 and later."""

import pytest

from core.importing import ImportRefused
from events.importer import event_document_read
from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db


def test_a_series_called_by_its_name_is_the_page_event_not_the_meeting_it_sits_in():
    text = (
        "Opening Public Data to Small Firms\n\n"
        "As the heart of its host year, from 2 through 20 August 2047 during the Third APEC "
        "Senior Officials' Meeting (SOM3) in Antofagasta, Chile held a run of workshops and "
        "talks called APEC Data Fortnight: Public Data for Every Small Firm.\n\n"
        "APEC Data Fortnight gathered officials and founders for more than 30 sessions."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date") == (
        "APEC Data Fortnight: Public Data for Every Small Firm",
        "2047-08-02",
    )


def test_a_glossed_name_beside_a_dated_contest_is_read_not_refused():
    text = (
        "An APEC contest meant to honour family-owned small firms will take place "
        "14-15 November 2046.\n\n"
        "The annual APEC Family Enterprise Excellence Prize, known as the APEC FEE Prize, is "
        "an initiative of Peru with Chile and Mexico as co-sponsors of this year's contest."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date") == (
        "APEC Family Enterprise Excellence Prize",
        "2046-11-14",
    )


def test_a_name_after_called_with_no_gathering_before_it_names_no_event():
    text = (
        "Small firms and public data\n\n"
        "Chile released a handbook called APEC Data Basics for Small Firms on 3 May 2047."
    )
    with pytest.raises(ImportRefused):
        event_document_read(text)


def test_a_release_bylined_by_a_working_group_reports_its_meeting_in_the_byline_city():
    text = (
        "Shared Invoicing Rules Would Open Borders to Small Exporters\n\n"
        "APEC Small and Medium Enterprise Working Group Puerto Montt, Chile | 11 October 2047\n\n"
        "Small business officials from the 21 APEC economies want common rules for invoices.\n\n"
        "Officials weighed options during two days of talks with banks that closed in Puerto "
        "Montt on Friday."
    )
    record = main_record(text)
    assert record_facts(record, "title", "city", "host_economy") == (
        "APEC Small and Medium Enterprise Working Group meeting",
        "Puerto Montt",
        "CHL",
    )


def test_a_release_bylined_by_a_unit_that_reports_no_gathering_is_still_refused():
    text = (
        "Small Exporters Face Higher Invoicing Costs\n\n"
        "APEC Small and Medium Enterprise Working Group Puerto Montt, Chile | 11 October 2047\n\n"
        "Small exporters pay more to bill buyers abroad than at home, a new study finds.\n\n"
        "The study looked at firms in Puerto Montt and nine other cities."
    )
    with pytest.raises(ImportRefused):
        event_document_read(text)


def test_a_project_report_names_its_workshop_by_the_project_title():
    text = (
        "APEC Project Monitoring Report SECTION A: Project profile Project number & title: "
        "SCE 05 2046A (SMEWG) – Helping Micro and Small Enterprises Meet Food Labelling Rules "
        "Time period covered in report: January 2047 – June 2047 Date submitted: June 2047 "
        "Committee / WG / Fora: SMEWG. The workshop will be held in September according to the "
        "work plan."
    )
    record = main_record(text)
    assert record_facts(record, "title") == (
        "Helping Micro and Small Enterprises Meet Food Labelling Rules",
    )


def test_a_project_report_that_holds_no_gathering_is_still_refused():
    text = (
        "APEC Project Monitoring Report SECTION A: Project profile Project number & title: "
        "SCE 05 2046A (SMEWG) – Helping Micro and Small Enterprises Meet Food Labelling Rules "
        "Time period covered in report: January 2047 – June 2047 Date submitted: June 2047. "
        "The survey report will be ready in September."
    )
    with pytest.raises(ImportRefused):
        event_document_read(text)


def test_a_council_glossed_by_its_acronym_is_no_event_of_its_own():
    text = (
        "Business leaders meet in Lima\n\n"
        "The APEC Business Advisory Council, known as ABAC, held talks with trade officials. "
        "The 3rd APEC Digital Trade Forum was held in Lima on 4 May 2046."
    )
    record = main_record(text)
    assert record_facts(record, "title") == ("3rd APEC Digital Trade Forum",)


def test_a_body_said_to_be_meeting_in_a_city_is_read_as_its_meeting_there():
    text = (
        "APEC business advisers urge cheaper payments for small exporters\n"
        "Lower fees would open markets to small firms, according to the APEC Business "
        "Advisory Council. Meeting in Cusco, the Council urged economies to let small "
        "exporters settle invoices in local currencies."
    )
    record = main_record(text)
    assert record_facts(record, "title", "city") == (
        "APEC Business Advisory Council meeting",
        "Cusco",
    )


def test_a_participle_of_meeting_someone_is_no_gathering():
    text = (
        "Small exporters and payment fees\n"
        "Lower fees would open markets to small firms, according to the APEC Business "
        "Advisory Council. Meeting customers in Cusco, the Council heard about high fees."
    )
    with pytest.raises(ImportRefused):
        event_document_read(text)
