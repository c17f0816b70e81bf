"""Seventh session, c37: a further event's facts said in the sentence after its name.

"… will also host the APEC Food Security Ministerial Meeting for the first time. It is
scheduled for Oct. 16 and 17 in Niigata."; "… the 52nd Meeting of the Tourism Working
Group. The meeting will take place at the Harbour Hotel in Cotai." The sentence after the
name goes on about that event only (it opens with "It" or "The meeting", "The forum", …, and
names no event of its own): its day, its town and its venue are the event's own
(`events/reading/mentions.py`, `_follow_up` in `reader.py`). Invented texts, events in 2046
and later."""

import pytest

from tests.events.reading import records_facts

pytestmark = pytest.mark.django_db


def test_it_is_scheduled_gives_a_further_event_its_day_and_town():
    text = (
        "Host sets out plans for its APEC year\n\n"
        "OSAKA, July 21, 2046 (Newswire) -- Japan will host the APEC Economic Leaders' "
        "Meeting in Osaka on Nov. 13-14, 2046, the government said.\n\n"
        "Japan will also host the APEC Food Security Ministerial Meeting for the first time. "
        "It is scheduled for Oct. 16 and 17 in Niigata, a rice-growing region."
    )
    facts = records_facts(text, "title", "start_date", "city", "host_economy")
    assert ("APEC Food Security Ministerial Meeting", "2046-10-16", "Niigata", "JPN") in facts


def test_the_forum_will_take_place_gives_a_further_event_its_venue():
    text = (
        "Tourism week set for Macau\n\n"
        "MACAU, May 2, 2047 (Newswire) -- The 12th APEC Tourism Ministerial Meeting will be "
        "held in Macau on September 12 and 13, 2047, the government said.\n\n"
        "The 52nd APEC Tourism Working Group Meeting will open on September 8, 2047. "
        "The meeting will take place at the Harbour Hotel in Macau."
    )
    facts = records_facts(text, "title", "start_date", "city", "venue")
    assert (
        "52nd APEC Tourism Working Group Meeting",
        "2047-09-08",
        "Macau",
        "Harbour Hotel",
    ) in facts


def test_a_following_sentence_naming_another_event_lends_nothing():
    text = (
        "Host sets out plans for its APEC year\n\n"
        "OSAKA, July 21, 2046 (Newswire) -- Japan will host the APEC Economic Leaders' "
        "Meeting in Osaka on Nov. 13-14, 2046, the government said.\n\n"
        "Japan will also host the APEC Food Security Ministerial Meeting for the first time. "
        "It will come after the APEC Energy Ministerial Meeting on Oct. 16 in Niigata."
    )
    facts = records_facts(text, "title", "start_date", "city")
    assert ("APEC Food Security Ministerial Meeting", "2046-10-16", "Niigata") not in facts


def test_a_further_event_named_again_with_its_venue_takes_it():
    text = (
        "Tourism week set for Macau\n\n"
        "MACAU, May 2, 2047 (Newswire) -- The 12th APEC Tourism Ministerial Meeting will be "
        "held on September 12 and 13, 2047, while the 52nd APEC Tourism Working Group Meeting "
        "will be held between September 8 and 11, 2047, the government said.\n\n"
        "The two-day APEC Tourism Ministerial Meeting will be held at the Cotai Dome, while "
        "the 52nd APEC "
        "Tourism Working Group Meeting, which usually comes first, will take place in the "
        "Lotus Hotel in Macau."
    )
    facts = records_facts(text, "title", "venue")
    assert ("52nd APEC Tourism Working Group Meeting", "Lotus Hotel") in facts
