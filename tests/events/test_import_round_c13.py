"""Sixth session, c13: further events of a page read as mentions (`events/reading/mentions.py`).

Under the sixth-session convention every other APEC event a page names with a day, a month or
a place of its own is a record of its own: the last SME ministerial meeting a speech recalls
by its month, the senior officials' meeting a host-year report places in a city, the past
ministerial meetings a newspaper lists in lower case with their cities and months. A name
that says nothing of its own (the page's meeting named again as "the 41st meeting", a series
"held every year since", a place inside a quoted brand) still gives none. Invented texts,
events in 2041 and later."""

import pytest

from tests.events.reading import read_records, record_facts

pytestmark = pytest.mark.django_db


def _facts(records, *names):
    return [record_facts(record, *names) for record in records]


def test_a_past_ministerial_meeting_recalled_by_its_month_is_a_further_record():
    text = (
        "44th APEC SME Ministerial Meeting\n\n"
        "Iquique, Chile, 6 September 2047\n\n"
        "Ministers, colleagues,\n\n"
        "I will report on what APEC has done for small firms since the last SME Ministerial "
        "Meeting in July 2046."
    )
    records = read_records(text)
    assert len(records) == 2
    further = records[1]
    assert further.value("title") == "SME Ministerial Meeting"
    assert further.value("date_precision") == "month"
    assert further.value("start_date").isoformat() == "2046-07-01"
    assert further.value("city") == ""


def test_a_further_meeting_placed_only_by_its_city_is_a_record_hosted_by_that_city():
    text = (
        "APEC tourism ministers meet in Puerto Montt\n\n"
        "The APEC Tourism Ministers' Meeting opened in Puerto Montt, Chile, on 4 June 2049.\n\n"
        "Officials said the 3rd Senior Officials' Meeting will take place in Arica, and the "
        "Agriculture Ministers' Meeting will be held in the northern city of Antofagasta."
    )
    facts = _facts(read_records(text), "title", "city", "host_economy")
    assert facts[1:] == [
        ("3rd Senior Officials' Meeting", "Arica", "CHL"),
        ("Agriculture Ministers' Meeting", "Antofagasta", "CHL"),
    ]


def test_a_newspaper_list_of_past_ministerial_meetings_in_lower_case_gives_each_a_record():
    text = (
        "The 60th APEC Ministerial Meeting opens here Tuesday with digital trade on its agenda.\n"
        "The first APEC ministerial meeting took place in Perth, Australia, in March 2041.\n"
        "The second ministerial meeting was held in Kuching in June 2042."
    )
    facts = _facts(read_records(text), "title", "city", "host_economy")
    assert facts[1:] == [
        ("first APEC ministerial meeting", "Perth", "AUS"),
        ("second ministerial meeting", "Kuching", "MYS"),
    ]


def test_a_place_said_before_the_names_of_a_sentence_is_theirs():
    text = (
        "APEC Leaders' Week opens in Lima\n\n"
        "The APEC Economic Leaders' Meeting will be held in Lima on 20-21 November 2045.\n\n"
        "Last year in Da Nang, the APEC Finance Ministers' Meeting was held on October 2-3, 2044."
    )
    facts = _facts(read_records(text), "title", "start_date", "city", "host_economy")
    assert ("APEC Finance Ministers' Meeting", "2044-10-02", "Da Nang", "VNM") in facts


def test_the_same_name_in_another_written_year_is_another_meeting():
    text = (
        "APEC ministers gather in Lima\n\n"
        "The APEC Ministerial Meeting will be held in Lima on 17-18 November 2045.\n\n"
        "In 2044 the ministers met in Da Nang, where the APEC Ministerial Meeting was held on "
        "November 8-9, 2044."
    )
    facts = _facts(read_records(text), "start_date", "city")
    assert facts == [("2045-11-17", "Lima"), ("2044-11-08", "Da Nang")]


def test_a_summit_to_be_held_in_an_economy_in_a_month_is_hosted_by_it():
    text = (
        "APEC 2049: first preparatory meeting under way\n\n"
        "19:00 | Antofagasta, Mar. 3.\n\n"
        "Preparatory work began today, March 3, as the year moves on towards the Leaders' "
        "Summit of the Asia-Pacific Economic Cooperation (APEC) forum, to be held in Chile in "
        "November.\n\n"
        "The Finance and Central Bank Deputies Meeting will run in Antofagasta until March 6."
    )
    facts = _facts(read_records(text), "title", "host_economy")
    assert sorted(facts) == [
        ("Finance and Central Bank Deputies Meeting", "CHL"),
        ("Leaders' Summit of the APEC", "CHL"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the page's own meeting named again by its number alone
        "Delegates said the 41st meeting, held on 2 May 2041, was the largest so far.",
        # a series, not one meeting
        "The SME Ministerial Meeting has been held every year since it began in 2031 in Osaka.",
        # a place inside a quoted brand is the name's
        'Side events including the Founders Forum will run under the banner "Startup Week in '
        'Busan."',
        # the groups of a process, not one event
        "The Secretariat reported on the APEC Fora from May 2040 to May 2041.",
    ],
)
def test_a_naming_with_nothing_of_its_own_gives_no_further_record(sentence):
    text = (
        "News\nThe 41st APEC SME Working Group Meeting was held in Busan, Korea on 2 May 2041.\n\n"
        + sentence
    )
    assert len(read_records(text)) == 1
