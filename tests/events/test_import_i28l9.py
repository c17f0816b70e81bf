"""Events, eleventh round (i28l9): layouts of member governments' and host-year sites' pages
(speeches, ministers' remarks, releases of meetings hosted or attended), each read from an
invented text in that layout."""

import pytest

from events.importer import event_document_read
from tests.events.reading import record_facts as _facts

pytestmark = pytest.mark.django_db


def test_a_speechs_delivery_line_gives_its_venue_and_day():
    text = (
        "Speech of Secretary Ana Lucero at the APEC 2042 Informal Senior Officials' Meeting\n\n"
        "[Delivered at Iloilo Riverside Hotel on December 3, 2041]\n\n"
        "Good morning to every delegation, and thank you for coming despite the rain."
    )
    [record] = event_document_read(text).records
    assert _facts(record) == (
        "APEC 2042 Informal Senior Officials' Meeting",
        "2041-12-03",
        "Iloilo",
        "Iloilo Riverside Hotel",
        "PHL",
    )


def test_a_delivery_line_naming_a_town_gives_the_city():
    text = (
        "Remarks at the APEC SME Ministerial Meeting\n\n"
        "Delivered in Lima on 4 May 2041\n\n"
        "Thank you all for joining us for this meeting of ministers."
    )
    [record] = event_document_read(text).records
    assert _facts(record)[1:3] == ("2041-05-04", "Lima")


def test_a_host_year_without_a_year_gives_the_host_of_an_undated_event():
    text = (
        "Opening Remarks at the APEC Ministers Responsible for Trade Meeting\n\n"
        "• It is my privilege to welcome you all to this fully virtual APEC Ministers "
        "Responsible for Trade Meeting, today.\n\n"
        "• This meeting comes near the end of Chile's host year, and it has been a long one."
    )
    [record] = event_document_read(text).records
    assert record.value("host_economy") == "CHL"


def test_two_economies_host_years_give_an_undated_event_no_host():
    text = (
        "Remarks at the APEC Ministers Responsible for Trade Meeting\n\n"
        "• Welcome to this virtual APEC Ministers Responsible for Trade Meeting, today.\n\n"
        "• We thank Chile for its host year and wish Peru well for its host year."
    )
    [record] = event_document_read(text).records
    assert record.value("host_economy") is None


@pytest.mark.parametrize(
    "sentence, host",
    [
        ("Thank you to the Government of Papua New Guinea for hosting APEC 2043.", "PNG"),
        ("This is a fine result for Malaysia as the host of APEC 2043.", "MYS"),
        ("All agreed that Peru's hosting of APEC 2043 went well.", "PER"),
    ],
)
def test_hosting_apec_in_the_events_year_gives_its_host(sentence, host):
    text = (
        "APEC Ministerial Meeting\n\n14 November 2043\n\n"
        f"The ministers met for the APEC Ministerial Meeting today. {sentence}"
    )
    [record] = event_document_read(text).records
    assert record.value("host_economy") == host


def test_hosting_apec_in_another_year_gives_no_host():
    text = (
        "APEC Ministerial Meeting\n\n14 November 2043\n\n"
        "The ministers met for the APEC Ministerial Meeting today. Thank you to the "
        "Government of Papua New Guinea for hosting APEC 2018."
    )
    [record] = event_document_read(text).records
    assert record.value("host_economy") is None


def test_a_sentence_opening_in_a_town_places_the_event_in_it():
    text = (
        "Visit to Mexico for APEC Ministerial Meeting\n"
        "Today I begin a visit to Mexico.\n"
        "In Monterrey, I will take part in the APEC Ministerial Meeting – the last one this year."
    )
    [record] = event_document_read(text).records
    assert (record.value("city"), record.value("host_economy")) == ("Monterrey", "MEX")


def test_an_ordinal_glued_to_the_next_word_is_read_apart():
    text = (
        "Participation at the 52nd APEC Ministerial Meeting\n\n"
        "The minister joined the 52ndAPEC Ministerial Meeting (AMM) hosted by Chile on 12 and 13 "
        "November 2041."
    )
    [record] = event_document_read(text).records
    assert _facts(record)[:2] == ("52nd APEC Ministerial Meeting", "2041-11-12")


def test_an_annual_meeting_is_the_meeting_named_without_annual():
    text = (
        "Results of 2042\n\n"
        "Our delegation took part in the APEC Ministerial Meeting in Hue, Viet Nam this year.\n\n"
        "A. Annual APEC Ministerial Meeting\n\n"
        "The minister led our delegation to the Annual APEC Ministerial Meeting on November 12 "
        "and 13, and spoke on trade."
    )
    [record] = event_document_read(text).records
    assert _facts(record) == ("APEC Ministerial Meeting", "2042-11-12", "Hue", "", "VNM")


def test_an_apec_meeting_of_ministers_in_lower_case_is_their_meeting():
    text = (
        "12 March 2042\n\nI will represent our country at the Asia-Pacific Economic Cooperation "
        "(APEC) meeting of Ministers Responsible for Trade on 14 March in Valparaiso."
    )
    [record] = event_document_read(text).records
    assert _facts(record) == (
        "APEC Ministers Responsible for Trade Meeting",
        "2042-03-14",
        "Valparaiso",
        "",
        "CHL",
    )


def test_an_inaugural_meeting_after_another_in_a_list_shares_its_days_and_place():
    text = (
        "12 March 2042\n\nI will attend the APEC Digital Ministers Meeting, and the inaugural "
        "Joint Meeting of APEC Ministers Responsible for Tourism and Ministers Responsible for "
        "Trade, from 14 to 15 March in Valparaiso."
    )
    records = event_document_read(text).records
    assert [_facts(record)[1:3] for record in records] == [("2042-03-14", "Valparaiso")] * 2


def test_a_long_first_line_without_a_full_stop_is_the_headline_not_a_dateline():
    text = (
        "Canada – Minister Roy reports on APEC trade ministers meeting and highlights Canada’s "
        "support for the APEC fund for women in business and small exporters\n\n"
        "The minister took part in the APEC Ministers Responsible for Trade Meeting on May 9, "
        "2042."
    )
    [record] = event_document_read(text).records
    assert record.value("title") == "APEC Ministers Responsible for Trade Meeting"
    assert record.value("host_economy") is None  # "Canada" opened a headline, not a dateline


def test_a_spelled_out_event_name_after_in_is_no_place():
    text = (
        "Main Content\n\nThe Prime Minister today concluded her participation in the "
        "Asia-Pacific Economic Cooperation (APEC) Leaders’ Meeting hosted by Chile."
    )
    [record] = event_document_read(text).records
    assert (record.value("city"), record.value("host_economy")) == ("", "CHL")


def test_a_headline_counting_its_own_events_names_no_host_of_the_one_reported():
    text = (
        "Chinese Taipei set to host 15 APEC events in 2041\n\n"
        "The delegation reported on this year's first APEC Senior Officials' Meeting, which "
        "took place Feb. 10 to Feb. 22 in Lima, Peru."
    )
    [record] = event_document_read(text).records
    assert record.value("host_economy") == "PER"


def test_a_virtual_meeting_chaired_from_a_town_is_hosted_by_its_economy():
    # sixth session (c24): the town the chair sat in is the online meeting's town
    text = (
        "Small firms at the centre of recovery\n\n"
        "The minister today chaired a virtual summit from Auckland for the APEC Small and Medium "
        "Enterprises Ministerial Meeting (SMEMM)."
    )
    [record] = event_document_read(text).records
    assert (record.value("city"), record.value("host_economy")) == ("Auckland", "NZL")
