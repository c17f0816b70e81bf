"""Ninth session, h2: the page's day reaches the record.

A page names its event in the headline ("Chile to host 2044 Asia-Pacific Economic Cooperation
Summit") and again in the body with words put between the headline's ("The 2044
Asia-Pacific Economic Cooperation (APEC) Forum's Leaders Summit will be held in …"): the
body's naming, its year or ordinal first and its kind word last, is the headline's event, so
its days are the record's (`document._series_with_words_between`). Invented texts, events in
2040 and later."""

import pytest

from events.reading.document import _series_with_words_between
from tests.events.reading import dated_records

pytestmark = pytest.mark.django_db

TEXT = """Chile to host 2044 Asia-Pacific Economic Cooperation Summit

  • The 2044 Asia-Pacific Economic Cooperation (APEC) Forum's Leaders Summit will be held in
Valparaiso, Chile from November 14 to 15, 2044.
  • The theme of the summit is "Open Seas, Shared Growth".
"""


def test_the_bodys_longer_naming_gives_the_headline_events_days():
    assert dated_records(TEXT)[0][:2] == ("2044 APEC Summit", "2044-11-14"), dated_records(TEXT)


@pytest.mark.parametrize(
    ("series", "text", "same"),
    [
        (
            "2044 apec summit",
            "The 2044 Asia-Pacific Economic Cooperation (APEC) Forum's Leaders Summit opens.",
            True,
        ),
        (
            "first apec 2035 senior officials meeting",
            "The first Asia-Pacific Economic Cooperation (Apec) 2035 Senior Officials' meeting.",
            True,
        ),
        ("2044 apec summit", "The 2044 APEC trade ministers meeting before the summit.", False),
        ("2044 apec summit", "In 2044 APEC will hold many meetings and then a summit.", False),
        ("apec summit", "The APEC Forum's Leaders Summit opens.", False),
    ],
)
def test_a_numbered_series_with_words_between(series, text, same):
    assert _series_with_words_between(series, text) is same
