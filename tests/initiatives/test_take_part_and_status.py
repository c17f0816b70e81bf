"""Initiatives: taking part, outputs, provenance and a status that follows the years."""

import csv
import datetime
import io
import json

import pytest
from django.core.exceptions import ValidationError

from initiatives.models import (
    Initiative,
    InitiativeOutput,
    active_in_year,
    apec_project_url,
    derived_status,
)
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()
THIS_YEAR = TODAY.year


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (None, None, ""),
        (THIS_YEAR + 1, None, "planned"),
        (THIS_YEAR + 1, THIS_YEAR + 3, "planned"),
        (THIS_YEAR, None, "ongoing"),
        (THIS_YEAR - 2, THIS_YEAR, "ongoing"),
        (THIS_YEAR - 2, THIS_YEAR + 2, "ongoing"),
        (THIS_YEAR - 1, None, "completed"),  # one year only: that year is over
        (2019, 2020, "completed"),
        (None, THIS_YEAR - 1, "completed"),
    ],
)
def test_status_follows_the_years_and_the_sql_agrees(start, end, expected):
    assert derived_status(start, end) == expected
    initiative = InitiativeFactory(start_year=start, end_year=end)
    assert initiative.effective_status == expected
    assert initiative.status_source == ("years" if expected else "")
    # The filter's SQL gives the same answer as the page's Python.
    assert list(Initiative.objects.with_status(expected)) == [initiative]


def test_a_status_staff_set_wins_over_the_years():
    initiative = InitiativeFactory(start_year=2019, end_year=2019, status="ongoing")
    assert initiative.effective_status == "ongoing"
    assert initiative.status_source == "staff"
    assert list(Initiative.objects.with_status("ongoing")) == [initiative]
    assert list(Initiative.objects.with_status("completed")) == []


def test_derived_status_uses_the_date_it_is_given():
    assert derived_status(2021, None, today=datetime.date(2020, 12, 31)) == "planned"
    assert derived_status(2021, None, today=datetime.date(2021, 1, 1)) == "ongoing"
    assert derived_status(2021, None, today=datetime.date(2022, 1, 1)) == "completed"


def test_an_initiative_with_only_a_start_year_is_active_in_that_year_alone():
    only_start = InitiativeFactory(start_year=2017, end_year=None)
    ranged = InitiativeFactory(start_year=2016, end_year=2020)
    InitiativeFactory(start_year=None, end_year=None)
    active = {
        year: set(Initiative.objects.filter(active_in_year(year)).values_list("pk", flat=True))
        for year in (2016, 2017, 2018, 2021)
    }
    assert active == {
        2016: {ranged.pk},
        2017: {only_start.pk, ranged.pk},
        2018: {ranged.pk},
        2021: set(),
    }


def test_status_filter_and_year_facet_use_the_effective_status(client):
    InitiativeFactory(title="Done by its years", start_year=2019, end_year=2020)
    InitiativeFactory(title="Still planned", start_year=THIS_YEAR + 1)
    InitiativeFactory(title="Editors say ongoing", start_year=2015, end_year=2016, status="ongoing")
    InitiativeFactory(title="One year long ago", start_year=2017)

    def titles(query):
        response = client.get(f"/initiatives/?{query}&format=json")
        assert response.status_code == 200
        return sorted(row["title"] for row in json.loads(response.content)["results"])

    assert titles("status=completed") == ["Done by its years", "One year long ago"]
    assert titles("status=planned") == ["Still planned"]
    assert titles("status=ongoing") == ["Editors say ongoing"]
    assert titles(f"year={THIS_YEAR}") == []
    assert titles("year=2017") == ["One year long ago"]


def test_detail_page_says_where_the_status_comes_from(client):
    derived = InitiativeFactory(slug="derived", start_year=2019, end_year=2020)
    staff = InitiativeFactory(slug="by-staff", start_year=2019, end_year=2020, status="ongoing")
    html = client.get(derived.get_absolute_url()).content.decode()
    assert (
        '<dd class="status">Completed (2019–2020) <span class="meta-inline">— worked out from '
        "its years</span></dd>"
    ) in html
    html = client.get(staff.get_absolute_url()).content.decode()
    assert (
        '<dd class="status">Ongoing <span class="meta-inline">(set by the portal’s editors)'
        "</span></dd>"
    ) in html


def test_take_part_block_shows_what_there_is_and_nothing_else(client):
    full = InitiativeFactory(
        slug="full",
        website="https://example.org/lie",
        lead_agency="Small and Medium Enterprise Administration",
        contact_organisation="SMEA International Cooperation",
        contact_email="apec@example.org",
        apec_project_number="SME 01 2019A",
        source_url="https://apecmonitor.sme.gov.tw/initiative/detail/16",
    )
    InitiativeOutput.objects.create(
        initiative=full, position=1, title="Best Practices", year=2020, url="https://example.org/r"
    )
    InitiativeOutput.objects.create(initiative=full, position=2, title="Unlinked note")
    InitiativeFactory(slug="bare", lead_agency="")

    html = client.get("/initiatives/full/").content.decode()
    assert '<h2 id="take-part-heading">Take part</h2>' in html
    assert "<dt>Lead agency</dt><dd>Small and Medium Enterprise Administration</dd>" in html
    assert (
        "<dt>Contact</dt><dd>SMEA International Cooperation, "
        '<a href="mailto:apec@example.org">apec@example.org</a></dd>'
    ) in html
    url = apec_project_url("SME 01 2019A")
    assert url == (
        "https://aimp2.apec.org/sites/PDB/_layouts/15/osssearchresults.aspx?k=SME%2001%202019A"
    )
    assert f'<a href="{url}" rel="external">SME 01 2019A' in html
    assert (
        '<li><a href="https://example.org/r" rel="external">Best Practices</a> '
        '<span class="meta-inline">(2020)</span></li><li>Unlinked note</li>'
    ) in html
    assert (
        '<dt>Source</dt>\n    <dd><a href="https://apecmonitor.sme.gov.tw/initiative/detail/16" '
        'rel="external">apecmonitor.sme.gov.tw/initiative/detail/16</a></dd>'
    ) in html
    updated = full.updated_at.strftime("%-d %B %Y")
    assert "<dt>Last updated</dt>\n    <dd><time datetime=" in html
    assert f">{updated}</time>" in html

    html = client.get("/initiatives/bare/").content.decode()
    assert "take-part-heading" not in html
    assert "outputs-heading" not in html
    assert "<dd>Not recorded</dd>" in html  # no source link: said, not hidden


def test_take_part_is_find_out_more_when_nothing_is_actionable(client):
    InitiativeFactory(slug="agency-only", lead_agency="APEC SME Working Group")
    html = client.get("/initiatives/agency-only/").content.decode()
    assert '<h2 id="take-part-heading">Find out more</h2>' in html


@pytest.mark.parametrize("bad", ["SME-01-2019", "sme 01 2019A", "SME 1 2019", "2019"])
def test_a_project_number_in_another_shape_is_refused_with_the_expected_form(bad):
    initiative = InitiativeFactory.build(apec_project_number=bad, proposer=None)
    with pytest.raises(ValidationError) as error:
        initiative.full_clean(validate_unique=False)
    assert "looks like “SME 01 2019A”" in str(error.value.message_dict["apec_project_number"])


def test_project_link_pattern_can_be_changed_or_turned_off(settings):
    settings.APEC_PROJECT_URL = "https://projects.example/{number}"
    assert apec_project_url("SME 01 2019A") == "https://projects.example/SME%2001%202019A"
    settings.APEC_PROJECT_URL = ""
    assert apec_project_url("SME 01 2019A") == ""
    assert apec_project_url("") == ""


def test_detail_page_query_count_is_pinned(client, django_assert_num_queries):
    initiative = InitiativeFactory(slug="counted", start_year=2019)
    InitiativeOutput.objects.create(initiative=initiative, title="A report")
    client.get("/initiatives/counted/")  # warm the content version row
    # initiative, co-implementers, themes, objectives, activities, outputs (the one query
    # the outputs add), events, paragraphs
    with django_assert_num_queries(8):
        response = client.get("/initiatives/counted/")
    assert "A report" in response.content.decode()


def test_exports_carry_the_new_fields_and_the_effective_status(client):
    initiative = InitiativeFactory(
        slug="exported",
        title="Exported",
        start_year=2019,
        end_year=2020,
        website="https://example.org/x",
        lead_agency="SMEA",
        contact_organisation="SMEA desk",
        contact_email="desk@example.org",
        apec_project_number="SME 02 2020",
    )
    InitiativeOutput.objects.create(
        initiative=initiative, position=1, title="Report", year=2020, url="https://example.org/r"
    )
    InitiativeOutput.objects.create(initiative=initiative, position=2, title="Toolkit")
    InitiativeFactory(slug="staff-set", title="Staff set", status="planned")

    rows = {
        row["slug"]: row
        for row in csv.DictReader(
            io.StringIO(b"".join(client.get("/initiatives/?format=csv").streaming_content).decode())
        )
    }
    row = rows["exported"]
    assert (row["status"], row["status_source"]) == ("completed", "years")
    assert (rows["staff-set"]["status"], rows["staff-set"]["status_source"]) == (
        "planned",
        "staff",
    )
    assert row["website"] == "https://example.org/x"
    assert (row["lead_agency"], row["contact_organisation"], row["contact_email"]) == (
        "SMEA",
        "SMEA desk",
        "desk@example.org",
    )
    assert row["apec_project_number"] == "SME 02 2020"
    assert row["apec_project_url"].endswith("k=SME%2002%202020")
    assert row["outputs"] == "Report (2020) <https://example.org/r>; Toolkit"

    data = json.loads(client.get("/initiatives/?format=json").content)
    record = next(item for item in data["results"] if item["slug"] == "exported")
    assert record["outputs"] == [
        {"title": "Report", "year": 2020, "url": "https://example.org/r"},
        {"title": "Toolkit", "year": None, "url": ""},
    ]
    assert record["status_source"] == "years"


def test_data_page_documents_the_new_fields(client):
    html = client.get("/data/").content.decode()
    for name in (
        "status_source",
        "website",
        "lead_agency",
        "contact_organisation",
        "contact_email",
        "apec_project_number",
        "apec_project_url",
        "outputs",
        "format",
    ):
        assert f"<code>{name}</code>" in html, name


def test_contact_that_is_the_lead_agency_is_not_repeated(client):
    InitiativeFactory(slug="same", lead_agency="SMEA", contact_organisation="SMEA")
    html = client.get("/initiatives/same/").content.decode()
    assert '<h2 id="take-part-heading">Take part</h2>' in html
    assert "<dt>Lead agency</dt><dd>SMEA</dd>" in html
    assert "<dt>Contact</dt><dd>The lead agency</dd>" in html
