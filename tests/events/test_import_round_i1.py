"""Tenth session, i1: further meetings named in lower case after APEC spelled out.

Wires and newspapers name a meeting in lower case after the forum's full name, its acronym
in brackets ("the 31st Asia-Pacific Economic Cooperation (APEC) ministerial meeting in …"),
or after the acronym glossed in brackets ("The APEC (Asia-Pacific Economic Cooperation)
summit conference … was held in …"). The reader read "APEC ministerial meeting" and "APEC
summit" so written, not these. Invented texts, events in 2043–2048."""

import pytest

from tests.events.reading import dated_records

pytestmark = pytest.mark.django_db

CAPTION = (
    "Pacific Rim leaders fly into Temuco\n\n"
    "TEMUCO, Chile (Wire) - Leaders began arriving on Thursday for the APEC Economic Leaders' "
    "Meeting, which opens in Temuco on November 19, 2048.\n\n"
    "Dancers greet delegates arriving for the 35th Asia-Pacific Economic Cooperation (APEC) "
    "ministerial meeting in Valdivia on November 16, 2048. (Wire / Photo Desk)\n\n"
    "Streets around the river were closed to traffic.\n"
)


def test_a_ministerial_meeting_after_the_spelled_forum_is_a_further_event():
    records = dated_records(CAPTION)
    assert ("35th APEC ministerial meeting", "2048-11-16", "Valdivia", "CHL") in records


def test_a_summit_after_the_glossed_acronym_is_a_further_event():
    text = (
        "Farmers' Trade Forum meets outside the summit\n\n"
        "Valley Weekly, 24 November 2046\n\n"
        "The Farmers' Trade Forum gathered in Wellington on 20 November 2046, as delegates "
        "arrived.\n\n"
        "The APEC (Asia-Pacific Economic Cooperation) summit conference of 21 economies was "
        "held in Auckland, New Zealand, on November 21 and 22, 2046.\n"
    )
    assert ("APEC summit", "2046-11-21", "Auckland", "NZL") in dated_records(text)


def test_the_spelled_forum_alone_is_no_meeting():
    text = CAPTION.replace(
        "Dancers greet delegates arriving for the 35th Asia-Pacific Economic Cooperation (APEC) "
        "ministerial meeting in Valdivia on November 16, 2048.",
        "The Asia-Pacific Economic Cooperation forum was founded in Canberra in November 1989.",
    )
    assert len(dated_records(text)) == 1
