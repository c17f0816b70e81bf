"""Tenth session, round i4: the title of a further event of a list named by its number and
kind word only ("The third meeting held in …"): the list's name with its own number, or its
own name when who meets follows ("the first meeting of the Finance Deputies of the … group").
The tests of a new title fail on the reader before the round; the one of two series guards
what stays. Invented texts, events in 2035 and later, in
the layouts of a wire's look back at a series and a newspaper's report (docs/importing.md,
"Tenth session, i4")."""

import pytest

from tests.events.reading import read_titles, records_facts

pytestmark = pytest.mark.django_db

OWN = (
    "Energy ministers meet in Da Nang\n\n"
    "DA NANG, Sept. 8, 2047 (Newswire) -- Energy ministers of the 21 APEC member economies "
    "opened the Ninth APEC Energy Ministers' Meeting in Da Nang on Wednesday, September 8, 2047."
    "\n\n"
)


def test_a_meeting_of_a_list_named_by_its_number_only_takes_the_lists_fullest_name():
    text = OWN + (
        "The first APEC energy ministerial meeting was held in Darwin, Australia, in March "
        "2035.\n\n"
        "The second ministerial meeting was held in Valparaiso in June 2037.\n\n"
        "The third meeting held in Canadian city Halifax in August 2039 welcomed a report."
    )
    facts = records_facts(text, "title", "city")
    assert ("third APEC energy ministerial meeting", "Halifax") in facts
    assert ("second ministerial meeting", "Valparaiso") in facts  # a name as written stays


def test_a_list_of_two_series_leaves_the_number_and_kind_word_as_written():
    text = OWN + (
        "The first APEC energy ministerial meeting was held in Darwin, Australia, in March "
        "2035.\n\n"
        "The second APEC Senior Officials Meeting was held in Valparaiso in June 2037.\n\n"
        "The third meeting held in Canadian city Halifax in August 2039 welcomed a report."
    )
    facts = records_facts(text, "title", "city")
    assert ("third meeting", "Halifax") in facts


def test_a_numbered_meeting_of_who_meets_keeps_who_meets_in_its_name():
    text = (
        "Thu, 14 Apr 2039\n\n"
        "Finance deputies agree on a plan\n\n"
        "KUCHING, Sarawak (Daily Post): The first meeting of the Finance Deputies of the "
        "Asia-Pacific Economic Cooperation (APEC) group yesterday agreed on a plan for the "
        "ministers' talks in October.\n\n"
        "The second APEC Senior Officials Meeting opens in Kuching today."
    )
    assert "first meeting of the Finance Deputies of the APEC group" in read_titles(text)
