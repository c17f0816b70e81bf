"""Issue 15: every facet option reachable (no scroll box), the initiative chosen by title,
and the filters behind a "Filters (n active)" disclosure."""

import datetime
import re
from pathlib import Path

import pytest

from events.views import EventListView
from tests.factories import EventFactory, InitiativeFactory, economy

pytestmark = pytest.mark.django_db

CODES = ["AUS", "CAN", "CHL", "CHN", "IDN", "JPN", "KOR", "MYS", "MEX", "NZL", "PER", "PHL"]


def initiative_options(html):
    select = re.search(
        r'<select id="id_initiative" name="initiative"[^>]*>(.*?)</select>', html, re.S
    )
    return re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select.group(1))


def test_initiative_select_lists_initiatives_with_events_by_title_with_counts(client):
    local = InitiativeFactory(title="Local Innovation", slug="local")
    o2o = InitiativeFactory(title="O2O Initiative", slug="o2o")
    InitiativeFactory(title="No events yet", slug="quiet")
    draft = InitiativeFactory(title="Secret draft", slug="secret", publication_status="draft")
    for _ in range(2):
        EventFactory(initiative=local)
    EventFactory(initiative=o2o)
    EventFactory(initiative=draft)
    html = client.get("/events/").content.decode()
    assert initiative_options(html) == [
        ("", "", "Any initiative"),
        ("local", "", "Local Innovation (2)"),
        ("o2o", "", "O2O Initiative (1)"),
    ]
    assert "Secret draft" not in html


def test_initiative_options_follow_the_other_filters_and_the_chip_shows_the_title(client):
    local = InitiativeFactory(title="Local Innovation", slug="local")
    o2o = InitiativeFactory(title="O2O Initiative", slug="o2o")
    EventFactory(initiative=local, start_date=datetime.date(2019, 5, 1))
    EventFactory(initiative=o2o, start_date=datetime.date(2015, 5, 1))
    response = client.get("/events/", {"year": "2019", "initiative": "local"})
    html = response.content.decode()
    assert response.context["count"] == 1
    assert initiative_options(html) == [
        ("", "", "Any initiative"),
        ("local", " selected", "Local Innovation (1)"),
    ]
    assert 'aria-label="Remove filter Initiative: Local Innovation"' in html
    assert 'href="?year=2019"' in html  # removing the chip keeps the other filters


def test_a_chosen_initiative_without_matches_stays_chosen(client):
    local = InitiativeFactory(title="Local Innovation", slug="local")
    EventFactory(initiative=local, start_date=datetime.date(2019, 5, 1))
    response = client.get("/events/", {"year": "2015", "initiative": "local"})
    assert response.context["count"] == 0
    assert initiative_options(response.content.decode()) == [
        ("", "", "Any initiative"),
        ("local", " selected", "Local Innovation (0)"),
    ]


def test_the_initiative_options_are_capped_with_a_hint(client, monkeypatch):
    (facet,) = [f for f in EventListView.facets if f.param == "initiative"]
    monkeypatch.setattr(facet, "limit", 2)
    for number, events in enumerate([3, 1, 2]):
        initiative = InitiativeFactory(title=f"Initiative {number}", slug=f"i{number}")
        for _ in range(events):
            EventFactory(initiative=initiative)
    html = client.get("/events/").content.decode()
    assert initiative_options(html) == [
        ("", "", "Any initiative"),
        ("i0", "", "Initiative 0 (3)"),
        ("i2", "", "Initiative 2 (2)"),
    ]
    assert (
        '<p class="hint" id="id_initiative-hint">The 2 with the most matching events, of 3; '
        "narrow the other filters to list the rest.</p>"
    ) in html
    # The one past the cap, when chosen, is still shown chosen.
    html = client.get("/events/", {"initiative": "i1"}).content.decode()
    assert ("i1", " selected", "Initiative 1 (0)") in initiative_options(html)


def test_an_unknown_initiative_slug_is_a_400_with_a_message(client):
    response = client.get("/events/", {"initiative": "no-such-thing"})
    assert response.status_code == 400
    assert "No published initiative has this slug." in response.content.decode()


def economy_facet(html):
    start = html.index("<legend>Economy (host or co-host)</legend>")
    return html[start : html.index("</fieldset>", start)]


def test_long_facets_show_the_first_options_and_the_rest_behind_show_all(client):
    for code in CODES:
        EventFactory(host=economy(code))
    html = client.get("/events/").content.decode()
    first, more = economy_facet(html).split('<details class="facet-more">')
    # By name: the first eight, then the rest behind the disclosure.
    assert re.findall(r'value="([A-Z]{3})"', first) == [
        "AUS",
        "CAN",
        "CHL",
        "IDN",
        "JPN",
        "MYS",
        "MEX",
        "NZL",
    ]
    assert re.findall(r'value="([A-Z]{3})"', more) == ["CHN", "PER", "KOR", "PHL"]
    assert (
        '<summary><span class="facet-more-closed">Show all 12<span class="visually-hidden"> '
        "options of Economy (host or co-host)</span></span>"
    ) in more
    # No fixed-height scroll box hides options.
    css = (Path(__file__).resolve().parents[2] / "static/css/portal.css").read_text()
    rule = css.split(".facet-options {")[1].split("}")[0]
    assert "max-height" not in rule
    assert "overflow" not in rule


def test_a_chosen_option_past_the_first_opens_the_disclosure(client):
    for code in CODES:
        EventFactory(host=economy(code))
    html = client.get("/events/", {"economy": "phl"}).content.decode()
    assert '<details class="facet-more" open>' in economy_facet(html)


def test_short_facets_have_no_disclosure(client):
    for code in CODES[:9]:
        EventFactory(host=economy(code))
    # Nine options: all shown (a disclosure for one more option would only add a click).
    assert "facet-more" not in economy_facet(client.get("/events/").content.decode())


def test_the_filters_disclosure_counts_active_filters_and_opens_on_errors(client):
    EventFactory(host=economy("THA"), start_date=datetime.date(2019, 1, 1))
    html = client.get("/events/", {"year": "2019", "economy": "tha"}).content.decode()
    assert (
        '<details class="list-filters">\n      <summary class="filters-toggle">Filters '
        '<span class="filters-active">(2 active)</span></summary>'
    ) in html
    html = client.get("/events/").content.decode()
    assert '<summary class="filters-toggle">Filters</summary>' in html
    response = client.get("/events/", {"year": "abc"})
    assert response.status_code == 400
    assert '<details class="list-filters" open>' in response.content.decode()
