"""The event reader's rules of the tenth session's round i2 (the page's own event): each test
fails on the reader before it.

The texts are invented, in the layout of real broadcast and wire headlines (docs/importing.md,
"Tenth session, i2").
"""

import pytest

from tests.events.reading import read_records

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("headline", "city"),
    [
        ("APEC summit in Chilean port city Valparaiso gets underway", "Valparaiso"),
        ("APEC trade talks open in Peru's far northern coastal city Trujillo", "Trujillo"),
        ("Leaders gather in resort town Vina del Mar for APEC summit", "Vina del Mar"),
    ],
)
def test_a_headlines_city_without_article_or_of_is_the_events_city(headline, city):
    text = (
        f"{headline}\n\nPublished: November 14, 2043\n\n"
        "The APEC summit in Chile got underway Saturday with talks on supply chains.\n\n"
        "Pacific Rim leaders are set to discuss ways to ease trade in the region."
    )
    (record,) = read_records(text)
    assert record.value("city") == city
