"""Eighth session, d5: meetings of a series named by their time, not by their name.

Newspapers and wires recall or announce another meeting of the page's series with a common
noun and a word that says which one: "last year's gathering in Sydney", "the 2045 meeting in
Hanoi", "next year's summit in Auckland", "the previous summit in Bangkok". The word before the
noun (a year, "last/next year's", "previous", "next") makes it one meeting other than the
page's own, so with a town, a day or a month of its own it is one more record
(`QUALIFIED_NAME_RE`, `events/reading/mentions.py`). "This year's summit" is the page's own
meeting named again and gives none. Invented texts, events in 2045 and later."""

import pytest

from events.importer import event_document_read
from tests.events.reading import record_facts

pytestmark = pytest.mark.django_db


def _facts(text, *names):
    return [record_facts(record, *names) for record in event_document_read(text).records]


LEAD = (
    "Envoy named for APEC leaders' gathering\n\n"
    "TAIPEI, Oct. 3, 2047 (Newswire) -- The government will send an adviser to the APEC "
    "Economic Leaders' Meeting to be held in Lima, Peru on Nov. 20, 2047, the president said.\n\n"
)


def test_last_years_gathering_and_a_years_meeting_with_a_town_are_records():
    text = LEAD + (
        "Hou Pei-shan attended last year's gathering in Sydney, Australia, while Ko Jia-lin "
        "took part in the 2045 meeting in Hanoi, Vietnam."
    )
    facts = _facts(text, "title", "city", "host_economy")
    assert ("last year's gathering", "Sydney", "AUS") in facts
    assert ("2045 meeting", "Hanoi", "VNM") in facts


def test_next_years_and_the_previous_summit_with_a_town_are_records():
    text = LEAD + (
        "The president said next year's summit in Auckland would review the plan, which the "
        "previous summit in Bangkok had asked for."
    )
    facts = _facts(text, "title", "city", "host_economy")
    assert ("next year's summit", "Auckland", "NZL") in facts
    assert ("previous summit", "Bangkok", "THA") in facts


def test_this_years_summit_and_a_qualified_meeting_without_a_fact_give_none():
    text = LEAD + (
        "This year's summit in Lima will be the envoy's first. Last year's gathering was "
        "calm, the president said."
    )
    titles = [title for (title,) in _facts(text, "title")]
    assert titles == ["APEC Economic Leaders' Meeting"]
