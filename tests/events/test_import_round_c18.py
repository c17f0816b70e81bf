"""Sixth session, c18: titles in newspapers, wires, speeches and ministry releases of
2017-2025 (second pass). One event a page writes several ways is one record: a headline's
short form ("… leads the first fully virtual APEC Senior Officials' Meeting") of the body's
qualified name ("the APEC Special Online Senior Officials' Meeting on Supply Chains"). APEC's
own name without its hyphen ("the Asia Pacific Economic Cooperation (APEC) Forum") is no
event. A speech's history of a series ("the first APEC CEO Summit was held in Manila") is
that first edition, not the page's summit of a later year. An economy that "chaired the APEC
…" meeting hosts it. Invented texts, events in 2046 and later."""

import pytest

from events.importer import event_document_read
from tests.events.reading import main_record, read_titles, record_facts

pytestmark = pytest.mark.django_db


def test_a_headline_short_form_of_the_body_qualified_name_is_one_record():
    text = (
        "Media Release – Chile leads the first fully virtual APEC Senior Officials’ Meeting\n\n"
        "Chile chaired the APEC Special Online Senior Officials’ Meeting (SOSOM) on Supply "
        "Chains yesterday, 14 June 2046. The SOSOM joined delegates from 21 economies on one "
        "platform for three hours."
    )
    assert read_titles(text) == ["APEC Special Online Senior Officials’ Meeting on Supply Chains"]
    assert record_facts(main_record(text), "start_date") == ("2046-06-14",)


def test_apec_written_without_its_hyphen_is_no_event():
    text = (
        "Press Briefing\n\n"
        "The President joins 20 other leaders of the economies of the Asia Pacific Economic "
        "Cooperation (APEC) Forum in Lima, Peru from the 12th to the 13th of November as they "
        "gather for the 53rd APEC Economic Leaders’ Meeting for 2046."
    )
    assert read_titles(text) == ["53rd APEC Economic Leaders’ Meeting"]


def test_the_first_edition_of_a_series_held_elsewhere_is_its_own_record():
    text = (
        "Speech by the Secretary at the opening of the APEC CEO Summit 2046: Regional Forum\n\n"
        "Following is the speech by the Secretary, Ms Wing Lam, today (March 9, 2046) at the "
        "opening of the APEC CEO Summit 2046: Regional Forum in Hong Kong, China:\n\n"
        "Good morning. I am glad to join today's APEC CEO Summit 2046: Regional Forum.\n\n"
        "More than three decades ago, the first APEC CEO Summit was held in Manila to bring "
        "business leaders and Leaders together."
    )
    records = event_document_read(text).records
    assert [(r.value("title"), r.value("city")) for r in records] == [
        ("APEC CEO Summit 2046: Regional Forum", "Hong Kong"),
        ("first APEC CEO Summit", "Manila"),
    ]


def test_an_economy_that_chaired_the_meeting_is_its_host():
    text = (
        "Media Release – Peru steers the first fully online APEC Senior Officials’ Meeting\n\n"
        "Peru successfully chaired the APEC Special Online Senior Officials’ Meeting (SOSOM) on "
        "Port Logistics yesterday, 19 March 2046. The SOSOM linked 21 economies on one platform."
    )
    assert record_facts(main_record(text), "host_economy") == ("PER",)
