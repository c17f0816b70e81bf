"""The initiative reader: invented descriptions in varied layouts, the seed, refusals,
matching an existing initiative and saving through `initiative_upsert`."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.importing import ImportRefused, apply_corrections
from initiatives.importer import (
    initiative_document_read,
    initiative_document_score,
    initiative_fact_fields,
    initiative_record_existing,
    initiative_record_json,
    initiative_record_save,
)
from initiatives.models import Initiative
from tests.factories import InitiativeFactory
from tests.initiatives.initiative_texts import DESCRIPTIONS, NOT_DESCRIPTIONS

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[2] / "apec_portal/demo/initiatives/002_0681f3e112c3d1bd.txt"

ACT, OUT = "activity", "output"
# name: (title, subtitle, proposer, co-implementers, first year, last year,
#        objectives, activities and outputs, themes, warning codes)
EXPECTED = {
    "seed_like": (
        "APEC MSME Digital Readiness Initiative",
        "Building Skills for the Platform Economy",
        "PER",
        ["CHL", "JPN"],
        None,
        None,
        [
            "To measure how ready micro and small enterprises are to trade online.",
            "To train business advisers who support MSMEs in rural areas.",
        ],
        [
            (ACT, "Two regional workshops for business advisers (Lima and Tokyo)"),
            (ACT, "1 survey of 2,000 MSMEs on digital readiness"),
            (OUT, "A readiness self-assessment toolkit"),
        ],
        [],
        ["proposer-guessed", "no-years"],
    ),
    "labelled": (
        "APEC Cross-Border E-Commerce Toolkit for Small Exporters",
        "",
        "MEX",
        ["CHL", "PER", "VNM"],
        2021,
        2023,
        [
            "to map the rules small exporters meet when they sell online abroad",
            "to share practical answers between customs agencies and exporters.",
        ],
        [
            (OUT, "An online toolkit in four languages"),
            (OUT, "A policy brief for trade ministries"),
        ],
        [],
        [],
    ),
    "colon_subtitle": (
        "Women Entrepreneurs Network Initiative",
        "Closing the Finance Gap",
        "PHL",
        ["AUS", "NZL"],
        None,
        None,
        [
            "To connect women-led businesses with lenders and investors.",
            "To collect data on the finance gap women entrepreneurs face.",
        ],
        [
            (ACT, "A mentoring programme for 200 women entrepreneurs"),
            (ACT, "An annual investor matchmaking day"),
            (OUT, "A report on lending to women-led SMEs"),
        ],
        ["finance"],
        ["no-years", "themes-suggested"],
    ),
    "prose_years": (
        "Green Supply Chain Partnership for SMEs",
        "",
        "THA",
        ["MYS", "IDN"],
        2020,
        2022,
        [
            "To help small suppliers meet the environmental standards of large buyers.",
            "To build a network of green supply chain advisers in the region.",
        ],
        [(ACT, "Site visits to model factories in each partner economy")],
        [],
        ["proposer-guessed", "years-from-text"],
    ),
    "roman": (
        "APEC Start-up Ecosystem Mapping Project",
        "",
        "SGP",
        ["MYS", "IDN", "THA"],
        None,
        None,
        [
            "To map the start-up support available in each participating economy.",
            "To identify gaps that regional cooperation could fill.",
        ],
        [
            (ACT, "A survey of incubators and accelerators"),
            (ACT, "A start-ups forum in Singapore"),
            (OUT, "An interactive map of start-up support"),
        ],
        ["start-ups"],
        ["no-years", "themes-suggested"],
    ),
    "continued_items": (
        "SME Resilience and Business Continuity Initiative",
        "",
        "JPN",
        ["KOR", "HKG"],
        2022,
        2023,
        [
            "To help SMEs prepare business continuity plans for natural disasters and "
            "pandemics, with tools they can use without consultants.",
            "To train trainers from chambers of commerce.",
        ],
        [
            (ACT, "Four webinars on continuity planning"),
            (OUT, "A guidebook on business continuity for small firms"),
        ],
        ["resilience-and-continuity"],
        ["themes-suggested"],
    ),
    "inline_headings": (
        "Business Integrity Dialogue for MSMEs",
        "",
        "TWN",
        [],
        2024,
        2024,
        ["To promote ethical business practices among MSMEs in the medical device sector."],
        [(OUT, "A handbook of integrity practices")],
        ["business-ethics"],
        ["themes-suggested"],
    ),
    "with_chrome": (
        "2018 APEC SME Financing Access Initiative",
        "Improving Credit for Small Enterprises",
        "CAN",
        ["USA", "KOR"],
        2018,
        2018,
        ["To review credit guarantee schemes for SMEs in member economies."],
        [(ACT, "One seminar on credit guarantee schemes")],
        [],
        ["proposer-guessed", "one-year"],
    ),
    "no_years": (
        "Digital Payments Adoption Network",
        "",
        "VNM",
        [],
        None,
        None,
        ["To encourage small retailers to accept digital payments."],
        [(ACT, "A forum of payment providers and retailers")],
        [],
        ["no-years"],
    ),
    "project_overview": (
        "APEC Women-Led MSME Export Readiness Programme",
        "Building Capacity for Cross-Border E-Commerce",
        "AUS",
        ["CHL", "IDN", "PNG", "VNM"],
        2022,
        2024,
        [
            "Assess the barriers women-led MSMEs face when exporting through online platforms.",
            "Train 300 entrepreneurs in export documentation and digital payments.",
        ],
        [
            (ACT, "Two regional workshops (Jakarta and Santiago)"),
            (ACT, "An online mentoring series"),
            (OUT, "A toolkit on cross-border e-commerce for women-led MSMEs"),
        ],
        ["capacity-building"],
        ["themes-suggested"],
    ),
    "initiative_description_dash": (
        "SME Green Finance Access Network",
        "Linking Small Firms with Sustainable Lenders",
        "KOR",
        ["JPN", "SGP", "THA"],
        2023,
        2024,
        [
            "To map green credit products available to SMEs in APEC economies.",
            "To connect SME associations with sustainable lenders.",
        ],
        [
            (ACT, "A regional matchmaking forum in Seoul"),
            (ACT, "Three webinars for SME associations"),
            (OUT, "A directory of green credit products for SMEs"),
        ],
        ["finance"],
        ["themes-suggested"],
    ),
    "proponent_timeframe": (
        "Digital Skills for Rural MSMEs",
        "",
        "MEX",
        ["PER", "CHL"],
        2021,
        2022,
        ["Give rural micro-enterprises basic skills in online selling."],
        [
            (ACT, "Train-the-trainer sessions in Oaxaca and Cusco"),
            (OUT, "A guide for rural extension officers"),
        ],
        [],
        [],
    ),
    "concept_note_implementation": (
        "APEC MSME Cyber Resilience Programme",
        "Safer Online Business for Small Firms",
        "AUS",
        ["CAN", "NZL", "SGP"],
        2021,
        2023,
        [
            "To raise awareness of common online threats among MSMEs.",
            "To share low-cost cyber hygiene practices between economies.",
        ],
        [
            (ACT, "A survey of 1,000 MSMEs on cyber incidents"),
            (ACT, "Two capacity-building workshops"),
            (OUT, "A cyber hygiene checklist for small businesses"),
        ],
        [],
        [],
    ),
    "about_economies_line": (
        "Women in Tourism MSME Network",
        "",
        "PHL",
        ["IDN", "MYS"],
        2024,
        2025,
        ["To help women-owned tourism businesses reach international visitors online."],
        [
            (ACT, "An online marketplace pilot"),
            (ACT, "A workshop in Cebu for women tour operators"),
            (OUT, "A report on women in tourism MSMEs"),
        ],
        [],
        ["proposer-guessed"],
    ),
    "overview_one_year_outcomes": (
        "SME Export Data Platform",
        "",
        "TWN",
        [],
        2025,
        2025,
        ["To give SMEs one place to find export statistics by market."],
        [
            (ACT, "Build a pilot data portal"),
            (ACT, "Train 50 SME advisers to use it"),
            (OUT, "A pilot export data portal"),
            (OUT, "A user manual"),
        ],
        [],
        [],
    ),
    "executive_summary_lead": (
        "APEC Start-up Finance Bridge",
        "Connecting Founders with Regional Investors",
        "PER",
        ["CHL", "MEX"],
        2019,
        2020,
        ["To introduce early-stage founders to angel networks in other economies."],
        [
            (ACT, "Investor roadshows in Lima and Santiago"),
            (OUT, "A compendium of start-up finance rules"),
        ],
        ["finance", "start-ups"],
        ["themes-suggested"],
    ),
    "labels_on_their_own_lines": (
        "Inclusive Trade Finance for Micro-Enterprises",
        "A Regional Learning Programme",
        "IDN",
        ["MYS", "PHL", "THA"],
        2020,
        2021,
        [
            "To review how trade finance reaches micro-enterprises in each co-sponsoring economy.",
            "To design a peer-learning course for bank officers.",
        ],
        [
            (ACT, "A peer-learning course for 40 bank officers"),
            (ACT, "Field visits to village credit cooperatives"),
            (OUT, "A casebook of trade finance practices for micro-enterprises"),
        ],
        ["finance"],
        ["themes-suggested"],
    ),
}


def _row(record):
    data = initiative_record_json(record)
    return (
        data["title"],
        data["subtitle"],
        data["proposer"],
        data["co_implementers"],
        data["start_year"],
        data["end_year"],
        data["objectives"],
        [(a["kind"], a["text"]) for a in data["activities"]],
        data["themes"],
        [w.code for w in record.warnings],
    )


def test_every_invented_description_gives_exactly_the_expected_record():
    assert set(EXPECTED) == set(DESCRIPTIONS)
    got = {}
    for name, text in DESCRIPTIONS.items():
        result = initiative_document_read(text)
        assert result.kind == "initiative"
        assert len(result.records) == 1
        got[name] = _row(result.records[0])
    assert got == EXPECTED


@pytest.mark.parametrize("name", sorted(DESCRIPTIONS))
def test_every_description_scores_above_zero(name):
    assert initiative_document_score(DESCRIPTIONS[name]) > 0


def test_each_fact_names_the_line_it_came_from():
    text = DESCRIPTIONS["labelled"]
    record = initiative_document_read(text).records[0]
    lines = text.splitlines()
    assert lines[record.facts["title"].line - 1].startswith("Project title:")
    assert lines[record.facts["proposer"].line - 1] == "Proposing economy: Mexico"
    assert lines[record.facts["start_year"].line - 1] == "Duration: 2021–2023"
    assert lines[record.facts["objectives"].line - 1].startswith("(a) to map")
    assert record.facts["proposer"].text == "Proposing economy: Mexico"


@pytest.mark.parametrize(
    ("text", "title", "subtitle"),
    [
        ("Project Overview\nSME Trade Hub: Opening Markets\nProposer: Peru", "SME Trade Hub", "Opening Markets"),
        ("Concept Note\nGreen Guide Project – A Handbook for Exporters\nLead economy: Chile", "Green Guide Project", "A Handbook for Exporters"),
        ("Background\nProject Summary\nSME Data Network\nLead economy: Chile", "SME Data Network", ""),
        # A short head is no name of its own ("Phase 2: …"), nor a one-word tail a subtitle.
        ("Phase 2: Digital Trade for Small Firms\nLead economy: Chile", "Phase 2: Digital Trade for Small Firms", ""),
        ("APEC SME Finance Initiative: 2024\nLead economy: Chile", "APEC SME Finance Initiative: 2024", ""),
    ],
)  # fmt: skip
def test_generic_headings_are_no_title_and_a_name_is_split_from_its_subtitle(text, title, subtitle):
    text += "\nCo-sponsors: Japan\n\nObjectives\n1. To help.\n"
    record = initiative_document_read(text).records[0]
    assert (record.value("title"), record.value("subtitle")) == (title, subtitle)
    assert record.facts["title"].text in text.splitlines()


@pytest.mark.parametrize(
    ("label_line", "years"),
    [
        ("Implementation: 2021–2023", (2021, 2023)),
        ("Project period: March 2023 to December 2024", (2023, 2024)),
        ("Timeframe: 2021-2022", (2021, 2022)),
        ("Schedule: 2020 – 2021", (2020, 2021)),
    ],
)
def test_years_under_other_labels(label_line, years):
    text = f"SME Data Network\nLead economy: Chile\n{label_line}\n\nObjectives\n1. To help.\n"
    record = initiative_document_read(text).records[0]
    assert (record.value("start_year"), record.value("end_year")) == years


def test_implementation_with_no_year_is_the_activities_heading():
    text = (
        "SME Data Network\nProponent: Chile\nCo-proponents: Peru\n\n"
        "Implementation: two workshops in Lima\n"
    )
    record = initiative_document_read(text).records[0]
    assert record.value("activities") == [("activity", "two workshops in Lima")]
    assert (record.value("proposer"), record.value("co_implementers")) == ("CHL", ["PER"])
    assert record.value("start_year") is None


def test_a_label_alone_on_its_line_takes_the_next_line_as_its_value():
    text = DESCRIPTIONS["labels_on_their_own_lines"]
    record = initiative_document_read(text).records[0]
    lines = text.splitlines()
    assert lines[record.facts["proposer"].line - 2] == "Proposing Economy"
    assert lines[record.facts["start_year"].line - 1] == "January 2020 – December 2021"
    # A label whose next line is no value of its kind is dropped, and the line is read as usual.
    text = "Proposing Economy\nSME Data Network\nLead economy: Chile\n\nObjectives\n1. To help.\n"
    record = initiative_document_read(text).records[0]
    assert (record.value("title"), record.value("proposer")) == ("SME Data Network", "CHL")


def test_the_seed_gives_what_the_description_says():
    record = initiative_document_read(SEED.read_text(encoding="utf-8")).records[0]
    data = initiative_record_json(record)
    assert data["title"] == "2019 APEC SME Local Innovation Ecosystem Initiative"
    assert data["subtitle"] == "Revitalization for Inclusive Growth and Sustainable Future"
    # The seed lists the four economies without saying who proposed: the first is taken, with a warning.
    assert (data["proposer"], data["co_implementers"]) == ("PHL", ["RUS", "TWN", "THA"])
    assert record.facts["proposer"].confidence == "low"
    assert (data["start_year"], data["end_year"]) == (2019, 2019)
    assert [o[:30] for o in data["objectives"]] == [
        "To encourage and facilitate th",
        "To build capacity on Local Inn",
        "To generate know-how on re-org",
    ]
    assert data["activities"] == [
        {
            "kind": "activity",
            "text": "1 APEC Local Innovation Ecosystem Forum in Taipei and 3 APEC Local "
            "Innovation Ecosystem Forums (Russia, Thailand, and the Philippines)",
        },
        {"kind": "output", "text": "1 report “APEC Local Innovation Ecosystem Best Practices”"},
    ]
    assert data["introduction"].startswith("In accordance with the Joint Ministerial Statement")
    assert data["introduction"].endswith(
        "solving the local challenges by local innovation ecosystems."
    )
    assert {"innovation", "inclusive-growth", "local-innovation-ecosystems"} <= set(data["themes"])


@pytest.mark.parametrize("name", sorted(NOT_DESCRIPTIONS))
def test_a_text_that_is_no_description_is_refused_with_its_line(name):
    with pytest.raises(ImportRefused) as refused:
        initiative_document_read(NOT_DESCRIPTIONS[name])
    assert refused.value.line >= 1
    assert "expected an initiative's description" in str(refused.value)
    assert initiative_document_score(NOT_DESCRIPTIONS[name]) == 0


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "Objectives",
                    "2. Objectives",
                    "Outputs:",
                    "1) To",
                    "- ",
                    "Peru; Chile",
                    "Proposing economy: ",
                    "Duration: 2030–2020",
                    "Hong Kong, China",
                    "\u200f",
                    "：",
                    "Co-sponsors: none",
                    "Title: ",
                    "I. Overview",
                    "2019",
                    "(a)",
                    "‘’“”",
                ]
            ),
        ),
        max_size=25,
    )
)
def test_any_text_is_read_or_refused_never_anything_else(lines):
    text = "\n".join(lines)
    assert initiative_document_score(text) >= 0
    try:
        result = initiative_document_read(text)
    except ImportRefused:
        return
    data = initiative_record_json(result.records[0])
    assert data["title"]
    if data["start_year"] and data["end_year"]:
        assert data["end_year"] >= data["start_year"]


def test_an_existing_initiative_is_found_by_slug_title_or_alias_in_any_case():
    by_alias = InitiativeFactory(
        slug="lie", title="Local Innovation", aliases=["APEC MSME Digital Readiness Initiative"]
    )
    record = initiative_document_read(DESCRIPTIONS["seed_like"]).records[0]
    assert initiative_record_existing(record) == by_alias
    by_title = InitiativeFactory(slug="other", title="apec msme digital readiness INITIATIVE")
    assert initiative_record_existing(record) == by_title  # the title wins over an alias
    by_slug = InitiativeFactory(slug="apec-msme-digital-readiness-initiative", title="Renamed")
    assert initiative_record_existing(record) == by_slug
    # A title with the year in front matches the initiative without it.
    with_year = initiative_document_read(DESCRIPTIONS["with_chrome"]).records[0]
    plain = InitiativeFactory(slug="fin", title="APEC SME Financing Access Initiative")
    assert initiative_record_existing(with_year) == plain


def test_saving_makes_a_draft_and_saving_again_updates_it_without_a_duplicate():
    record = initiative_document_read(
        DESCRIPTIONS["labelled"], source_url="https://example.org/d"
    ).records[0]
    first = initiative_record_save(record)
    assert not first.is_published
    assert first.slug == "apec-cross-border-e-commerce-toolkit-for-small-exporters"
    assert (first.proposer_id, first.start_year, first.end_year) == ("MEX", 2021, 2023)
    assert sorted(first.co_implementers.values_list("code", flat=True)) == ["CHL", "PER", "VNM"]
    assert list(first.activities.values_list("kind", "position")) == [(OUT, 1), (OUT, 2)]
    assert first.source_url == "https://example.org/d"
    Initiative.objects.filter(pk=first.pk).update(
        lead_agency="Kept agency", website="https://k.example"
    )
    apply_corrections(record, {"end_year": 2024}, initiative_fact_fields())
    second = initiative_record_save(record)
    assert second.pk == first.pk
    assert Initiative.objects.count() == 1
    second.refresh_from_db()
    assert (second.end_year, second.lead_agency, second.website) == (
        2024,
        "Kept agency",
        "https://k.example",
    )


def test_an_update_keeps_a_published_initiative_published():
    published = InitiativeFactory(slug="x", title="Digital Payments Adoption Network")
    assert published.is_published
    record = initiative_document_read(DESCRIPTIONS["no_years"]).records[0]
    saved = initiative_record_save(record)
    assert saved.pk == published.pk and saved.is_published
    assert saved.objectives.count() == 1


# --- Layouts of real project pages (docs/importing.md, "Initiative descriptions") ---------


def _read(text):
    from initiatives.importer import initiative_document_read

    return initiative_document_read(text).records[0]


def test_a_project_database_page_reads_labels_above_their_values():
    """Each label on its own line and its value on the next; the expected dates, not the
    project year (the year it was approved), give the years; two proposing economies: the
    second co-implements; the rows of codes, funds and contacts are no title or subtitle."""
    text = (
        "Project Title\n\nAPEC Seed Fund Clinics\n\nProject Year\n\n2021\n\n"
        "Project Number\n\nSME 01 2021A\n\nFund Account\n\nAPEC Support Fund\n\n"
        "Proposing Economy(ies)\n\nChile; Peru\n\nCo-Sponsoring Economies\n\nJapan; Mexico\n\n"
        "Expected Start Date\n\n01/03/2022\n\nExpected Completion Date\n\n31/01/2023\n\n"
        "Project Summary\n\nClinics for founders who look for their first investors.\n"
    )
    record = _read(text)
    assert record.value("title") == "APEC Seed Fund Clinics"
    assert record.value("subtitle") == ""
    assert (record.value("proposer"), record.value("co_implementers")) == (
        "CHL",
        ["PER", "JPN", "MEX"],
    )
    assert (record.value("start_year"), record.value("end_year")) == (2022, 2023)


def test_a_proposal_exported_from_a_table_reads_its_cells():
    text = (
        "- 2 -\nAPEC Project Proposal\n"
        "Project title and number: / SME 09 2020A – Trade Fairs Online: A Guide for Artisans"
        "Source of funds (Select one): / General Project Account\n"
        "Proposing APEC economy: / Viet Nam\nCo-sponsoring economies: / Thailand; Peru\n"
        "Expected start date: / April 2020\nExpected completion date: / May 2021\n"
        "Project summary: / A guide and two workshops for artisans who sell at fairs.\n"
    )
    record = _read(text)
    assert record.value("title") == "Trade Fairs Online"
    assert record.value("subtitle") == "A Guide for Artisans"
    assert (record.value("proposer"), record.value("co_implementers")) == ("VNM", ["THA", "PER"])
    assert (record.value("start_year"), record.value("end_year")) == (2020, 2021)


def test_proposed_by_in_prose_gives_the_proposer_and_its_partners():
    text = (
        "APEC Market Days for Small Farmers\n"
        "Proposal by Indonesia and Malaysia, co-sponsored by Japan and Korea\n"
        "Objectives\n1. To bring small farmers to city markets during 2020 and 2021.\n"
        "Activities\n1. Four market days\n"
    )
    record = _read(text)
    assert record.value("subtitle") == ""
    assert record.facts["proposer"].cue == "proposed by"
    assert (record.value("proposer"), record.value("co_implementers")) == (
        "IDN",
        ["MYS", "JPN", "KOR"],
    )
    assert (record.value("start_year"), record.value("end_year")) == (2020, 2021)


def test_a_donor_project_profile_gives_title_years_and_the_funding_economy():
    text = (
        "Project profile — Mobile Payments for Market Vendors\n\n"
        "2023-01-01 - 2025-12-31\nMinistry of Foreign Affairs and Trade New Zealand\n\n"
        "The project helps vendors take payments on a phone.\n"
    )
    record = _read(text)
    assert record.value("title") == "Mobile Payments for Market Vendors"
    assert (record.value("start_year"), record.value("end_year")) == (2023, 2025)
    assert record.value("proposer") == "NZL" and record.facts["proposer"].confidence == "low"
    assert any(w.code == "proposer-from-organisation" for w in record.warnings)
