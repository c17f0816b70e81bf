"""The economy pages stay small and exact however many records an economy has.

`/economies/` counts every economy's published records in one grouped query;
`/economies/<code>/` shows, per section, the count and the newest `SHOWN` records
with a link to the filtered list for the rest. Both run a fixed number of queries.
"""

import datetime
import re

import pytest

from apec_portal.economies import SHOWN
from events.models import Event
from initiatives.models import Economy, Initiative
from tests.exports_helpers import csv_rows, json_data
from tests.factories import EventFactory, InitiativeFactory, StatementFactory, economy

pytestmark = pytest.mark.django_db

MORE = SHOWN + 3  # more than a section shows


def reference_counts():
    """{code: (initiatives, events, meetings)} counted in Python from every published
    record, the slow obvious way."""
    initiatives = Initiative.objects.published().prefetch_related("co_implementers")
    events = Event.objects.published().prefetch_related("co_hosts")
    counts = {}
    for member in Economy.objects.all():
        code = member.code
        counts[code] = (
            sum(
                1
                for i in initiatives
                if i.proposer_id == code or code in {e.code for e in i.co_implementers.all()}
            ),
            sum(
                1 for e in events if e.host_id == code or code in {c.code for c in e.co_hosts.all()}
            ),
            sum(1 for e in events if e.host_id == code and e.kind == "ministerial_meeting"),
        )
    return counts


@pytest.fixture
def mixed_records():
    """Ties of every kind, including an economy named twice on one record, records with
    no proposer or host, and drafts and records in review that must not count."""
    InitiativeFactory(proposer=economy("PHL"), co_implementers=[economy("PHL"), economy("THA")])
    InitiativeFactory(proposer=economy("THA"), co_implementers=[economy("PHL")])
    InitiativeFactory(proposer=None, co_implementers=[economy("VNM"), economy("PHL")])
    InitiativeFactory(proposer=economy("PHL"), publication_status="draft")
    InitiativeFactory(proposer=economy("VNM"), co_implementers=[economy("PHL")],
                      publication_status="review")  # fmt: skip
    EventFactory(host=economy("PHL"), co_hosts=[economy("PHL"), economy("THA")])
    EventFactory(host=economy("THA"), co_hosts=[economy("PHL"), economy("VNM")])
    EventFactory(host=None, co_hosts=[economy("PHL")])
    EventFactory(host=economy("PHL"), co_hosts=[economy("THA")], publication_status="draft")
    StatementFactory(meeting__host=economy("PHL"), meeting__co_hosts=[economy("THA")])
    StatementFactory(meeting__host=economy("THA"))
    EventFactory(host=economy("VNM"), kind="ministerial_meeting", publication_status="draft")


def list_counts(response):
    return {
        e.code: (e.initiative_count, e.event_count, e.meeting_count)
        for e in response.context["object_list"]
    }


def test_economy_list_counts_each_published_record_once(client, mixed_records):
    counts = list_counts(client.get("/economies/"))
    assert counts == reference_counts()
    assert counts["PHL"] == (3, 4, 1)
    assert counts["THA"] == (2, 4, 1)
    assert counts["VNM"] == (1, 1, 0)
    assert counts["AUS"] == (0, 0, 0)


def test_economy_exports_give_the_numbers_the_page_shows(client, mixed_records):
    page = list_counts(client.get("/economies/"))
    rows = csv_rows(client.get("/economies/", {"format": "csv"}))
    assert len(rows) == 21
    assert {
        row["code"]: (
            int(row["initiative_count"]),
            int(row["event_count"]),
            int(row["meeting_count"]),
        )
        for row in rows
    } == page
    records = json_data(client.get("/economies/", {"format": "json"}))["results"]
    assert {
        r["code"]: (r["initiative_count"], r["event_count"], r["meeting_count"]) for r in records
    } == page


def test_economy_list_sorts_by_its_counts(client, mixed_records):
    counts = reference_counts()
    names = dict(Economy.objects.values_list("code", "name"))
    for sort, index in [("-initiatives", 0), ("-events", 1)]:
        response = client.get("/economies/", {"sort": sort})
        codes = [e.code for e in response.context["object_list"]]
        assert codes == sorted(counts, key=lambda code: (-counts[code][index], names[code]))
        assert counts[codes[0]][index] > counts[codes[-1]][index]


def test_economy_list_counts_follow_edits_with_caches_on(client, caches_on):
    EventFactory(host=economy("PHL"))
    assert list_counts(client.get("/economies/"))["PHL"] == (0, 1, 0)
    EventFactory(host=economy("THA"), co_hosts=[economy("PHL")])
    assert list_counts(client.get("/economies/"))["PHL"] == (0, 2, 0)


def test_economy_list_counts_published_records_for_staff_too(
    client, publisher_client, caches_on, mixed_records
):
    """Staff look first; the list (and its exports) count published records for
    everyone, so nothing a draft adds reaches the anonymous reader after them."""
    expected = reference_counts()
    staff = publisher_client.get("/economies/")
    assert list_counts(staff) == expected
    anonymous = client.get("/economies/")
    assert list_counts(anonymous) == expected
    rows = csv_rows(client.get("/economies/", {"format": "csv"}))
    assert {row["code"]: int(row["event_count"]) for row in rows}["PHL"] == expected["PHL"][1]


# --- the economy's page ----------------------------------------------------------------------


def build_sections(number, code="PHL", other="THA"):
    """`number` records in each section of `code`'s page, one a year from 2000, so the
    newest is known; returns {section: titles newest first}."""
    here, there = economy(code), economy(other)
    titles = {key: [] for key in ("proposed", "co_implemented", "hosted", "co_hosted", "meetings")}
    for n in range(number):
        year = 2000 + n
        day = datetime.date(year, 5, 1)
        titles["proposed"].append(InitiativeFactory(proposer=here, start_year=year).title)
        titles["co_implemented"].append(
            InitiativeFactory(proposer=there, co_implementers=[here], start_year=year).title
        )
        titles["hosted"].append(EventFactory(host=here, start_date=day).title)
        titles["co_hosted"].append(EventFactory(host=there, co_hosts=[here], start_date=day).title)
        titles["meetings"].append(
            StatementFactory(meeting__host=here, meeting__start_date=day).meeting.title
        )
    return {key: list(reversed(value)) for key, value in titles.items()}


def shown_titles(groups):
    return [record.title for _, records in groups for record in records]


SECTION_CONTEXT = {
    "proposed": "initiatives_proposed",
    "co_implemented": "initiatives_co_implemented",
    "hosted": "events_hosted",
    "co_hosted": "events_co_hosted",
    "meetings": "meetings_hosted",
}
SEE_ALL = {
    "proposed": ("/initiatives/?economy=phl", "initiatives it proposed"),
    "co_implemented": ("/initiatives/?economy=phl", "initiatives it co-implements"),
    "hosted": ("/events/?economy=phl", "events it hosted"),
    "co_hosted": ("/events/?economy=phl", "events it co-hosted"),
    "meetings": (
        "/events/?economy=phl&amp;kind=ministerial_meeting",
        "SME Ministerial Meetings it hosted",
    ),
}


@pytest.mark.parametrize("number", [0, 1, 4, SHOWN, MORE, 2 * MORE])
def test_economy_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, number):
    titles = build_sections(number)
    # The economy, its five counts, one query per section, and the co-hosting network
    # (its partners and its events per year).
    with django_assert_num_queries(8):
        response = client.get("/economies/phl/")
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["counts"] == dict.fromkeys(SECTION_CONTEXT, number)
    for key, name in SECTION_CONTEXT.items():
        shown = shown_titles(response.context[name])
        assert shown == titles[key][:SHOWN]
        assert all(f">{title}</a>" in html for title in shown)
        assert not any(f">{title}</a>" in html for title in titles[key][SHOWN:])
        url, words = SEE_ALL[key]
        link = f'<a href="{url}">See all {number} {words}</a>'
        assert (link in html) == (number > SHOWN)
        # Newest year first, each year once (one record a year here).
        years = [year for year, _ in response.context[name]]
        assert years == sorted(set(years), reverse=True)
        assert len(years) == min(number, SHOWN)
    assert html.count('class="see-all"') == (5 if number > SHOWN else 0)


def test_see_all_links_lead_to_every_record_of_the_section(client):
    titles = build_sections(MORE)
    html = client.get("/economies/phl/").content.decode()
    for key, (url, _) in SEE_ALL.items():
        assert f'href="{url}"' in html
        listed = client.get(url.replace("&amp;", "&"))
        assert listed.status_code == 200
        everything = {r.title for r in listed.context["page_obj"].paginator.object_list}
        assert set(titles[key]) <= everything


def test_economy_page_orders_undated_initiatives_last_and_titles_within_a_year(client):
    for title, year in [("Beta", 2019), ("Alpha", 2019), ("Undated", None), ("Older", 2015)]:
        InitiativeFactory(title=title, proposer=economy("PHL"), start_year=year)
    groups = client.get("/economies/phl/").context["initiatives_proposed"]
    assert [(year, [i.title for i in items]) for year, items in groups] == [
        (2019, ["Alpha", "Beta"]),
        (2015, ["Older"]),
        (None, ["Undated"]),
    ]
    html = client.get("/economies/phl/").content.decode()
    assert "Year not given" in html


def test_drafts_are_counted_and_listed_for_staff_only(client, publisher_client, caches_on):
    """Staff look first, with the page cache and query cache on; the anonymous reader
    then sees neither the drafts' titles nor their counts."""
    build_sections(2)
    drafts = [
        InitiativeFactory(title="Marmalade draft plan", proposer=economy("PHL"),
                          start_year=2030, publication_status="draft"),
        InitiativeFactory(title="Marmalade review plan", proposer=economy("THA"),
                          co_implementers=[economy("PHL")], start_year=2030,
                          publication_status="review"),
        EventFactory(title="Marmalade draft forum", host=economy("PHL"),
                     start_date=datetime.date(2030, 1, 1), publication_status="draft"),
        EventFactory(title="Marmalade draft co-hosted", host=economy("THA"),
                     co_hosts=[economy("PHL")], start_date=datetime.date(2030, 1, 1),
                     publication_status="draft"),
        EventFactory(title="Marmalade draft meeting", host=economy("PHL"),
                     kind="ministerial_meeting", start_date=datetime.date(2030, 1, 1),
                     publication_status="draft"),
    ]  # fmt: skip
    staff = publisher_client.get("/economies/phl/")
    assert staff.context["counts"] == dict.fromkeys(SECTION_CONTEXT, 3)
    assert all(draft.title in staff.content.decode() for draft in drafts)
    for _ in range(2):  # the second from the anonymous page cache
        anonymous = client.get("/economies/phl/")
        html = anonymous.content.decode()
        assert "Marmalade" not in html
        assert "2030" not in html
    assert client.get("/economies/phl/").status_code == 200
    counts = re.findall(r"<dd>(\d+)</dd>", html)
    assert counts == ["2"] * 5


def test_economy_page_on_the_demo_content_shows_every_record(
    client, demo, django_assert_num_queries
):
    """The demo economies have fewer records than a section shows: their pages list
    every published record tied to them, grouped by year, with no "See all" link."""
    for member in Economy.objects.all():
        path = member.get_absolute_url()
        with django_assert_num_queries(8):
            response = client.get(path)
        assert response.status_code == 200
        html = response.content.decode()
        initiatives = Initiative.objects.published()
        events = Event.objects.published()
        expected = {
            "proposed": initiatives.filter(proposer=member),
            "co_implemented": initiatives.filter(co_implementers=member),
            "hosted": events.filter(host=member).exclude(kind="ministerial_meeting"),
            "co_hosted": events.filter(co_hosts=member),
            "meetings": events.filter(host=member, kind="ministerial_meeting"),
        }
        for key, records in expected.items():
            assert len(records) <= SHOWN, f"{member.code} {key}: the demo outgrew a section"
            assert response.context["counts"][key] == len(records)
            assert sorted(shown_titles(response.context[SECTION_CONTEXT[key]])) == sorted(
                record.title for record in records
            )
        assert 'class="see-all"' not in html
