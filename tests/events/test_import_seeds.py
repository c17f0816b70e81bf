"""The two news-release seeds give exactly the demo's five events.

DEMO_EVENTS is what the demo loader wrote by hand before the importer existed (the demo
content must not change). The importer reads apec_portal/demo/news/, the corrections
content.SEED_EVENTS keeps as data are applied, and the records must equal those events,
both as read and as saved in the demo database.
"""

import datetime
from pathlib import Path

from apec_portal.demo import content
from apec_portal.demo.content import CSIE, LIE, SOURCE_CSIE_NEWS, SOURCE_LIE_NEWS
from events.importer import event_document_read
from events.models import DatePrecision, Event, EventKind

NEWS = Path(content.__file__).parent / "news"

# The five seed events as the demo content gave them before this importer (copied from
# apec_portal/demo/content.py at the commit that introduced it).
DEMO_EVENTS = [
    {
        "slug": "apec-local-innovation-ecosystem-forum-tomsk-2019",
        "source_url": SOURCE_LIE_NEWS,
        "title": "APEC Local Innovation Ecosystem Forum in Tomsk",
        "kind": EventKind.FORUM,
        "start_date": "2019-06-01",
        "date_precision": DatePrecision.MONTH,
        "city": "Tomsk",
        "host": "RUS",
        "co_hosts": ["TWN"],
        "initiative": LIE,
        "themes": ["local-innovation-ecosystems", "innovation"],
        "summary": "One of the four forums of the APEC Local Innovation Ecosystem Initiative in 2019.",
    },
    {
        "slug": "apec-local-innovation-ecosystem-forum-taipei-2019",
        "source_url": SOURCE_LIE_NEWS,
        "title": "APEC Local Innovation Ecosystem Forum in Taipei",
        "kind": EventKind.FORUM,
        "start_date": "2019-06-01",
        "date_precision": DatePrecision.MONTH,
        "city": "Taipei",
        "host": "TWN",
        "initiative": LIE,
        "themes": ["local-innovation-ecosystems", "innovation"],
        "summary": "One of the four forums of the APEC Local Innovation Ecosystem Initiative in 2019.",
    },
    {
        "slug": "apec-local-innovation-ecosystem-forum-bangkok-2019",
        "source_url": SOURCE_LIE_NEWS,
        "title": "APEC Local Innovation Ecosystem Forum in Bangkok",
        "kind": EventKind.FORUM,
        "start_date": "2019-08-01",
        "date_precision": DatePrecision.MONTH,
        "city": "Bangkok",
        "host": "THA",
        "co_hosts": ["TWN"],
        "initiative": LIE,
        "themes": ["local-innovation-ecosystems", "innovation"],
        "summary": "One of the four forums of the APEC Local Innovation Ecosystem Initiative in 2019.",
    },
    {
        "slug": "apec-local-innovation-ecosystem-forum-philippines-2019",
        "source_url": SOURCE_LIE_NEWS,
        "title": (
            "APEC Local Innovation Ecosystem Forum: Enhancing Local Industry Clustering and Social "
            "Innovation with International Reach"
        ),
        "kind": EventKind.FORUM,
        "start_date": "2019-10-29",
        "host": "PHL",
        "co_hosts": ["TWN"],
        "initiative": LIE,
        "themes": [
            "local-innovation-ecosystems",
            "inclusive-growth",
            "womens-empowerment",
            "start-ups",
        ],
        "summary": (
            "Through panel discussions, best-practice sharing and mentoring activities, the Forum "
            "expects to accelerate knowledge accumulation and capacity building of SMEs, as well "
            "as development of local innovation ecosystems. It focuses on the themes of "
            "“Regional Inclusive Innovation Centers” and “From Local Action to Global Networks: "
            "Women’s Empowerment, Innovations and Inclusive Growth”, and start-ups present their "
            "practices at a showcase session. It is the fourth and the last event of the "
            "initiative for the year 2019."
        ),
        "officials": [
            (
                "Ms. Wen-Ling SU",
                "Deputy Director General, Small and Medium Enterprise Administration (SMEA)",
            ),
            (
                "Mr. Jerry Clavesillas",
                "Director, Bureau of SME Development, Department of Trade "
                "and Industry (DTI), the Philippines",
            ),
        ],
    },
    {
        "slug": "apec-cross-sector-innovation-ecosystem-conference-2020",
        "source_url": SOURCE_CSIE_NEWS,
        "title": (
            "APEC Cross-Sector Innovation Ecosystem Conference: Strengthening Networks of SMEs "
            "Co-Innovation for Better Future"
        ),
        "kind": EventKind.CONFERENCE,
        "start_date": "2020-08-12",
        "city": "Taipei",
        "venue": "NTUH International Convention Center",
        "host": "TWN",
        "initiative": CSIE,
        "themes": ["innovation", "digital-transformation", "inclusive-growth"],
        "summary": (
            "The conference sets “collaborative innovation”, “value-added technology”, and "
            "“cross-sector platform” as the main theme, focuses on the importance of continuous "
            "innovation in the digital era, and helps explore cross-sector cooperation "
            "opportunities through leveraging the keystone and niche industries. Representatives "
            "from multiple APEC member economies, experts on cross-sector innovation, MNCs, and "
            "outstanding demonstration teams attended."
        ),
        "officials": [("Mr. Chen Chern-Chyi", "Deputy Minister of Economic Affairs")],
    },
]


def read_seed_events():
    """(demo slug, record with the corrections applied) for each of content.SEED_EVENTS."""
    documents = {}
    for data in content.SEED_EVENTS:
        if data["file"] not in documents:
            text = (NEWS / data["file"]).read_text(encoding="utf-8")
            documents[data["file"]] = event_document_read(text, source_url=data["source_url"])
        record = documents[data["file"]].records[data["record"]]
        for name, value in data["corrections"].items():
            record.fact(name, value, None, "staff")
        yield data, record


def as_demo(record, themes):
    """A record in the demo's shape (event_upsert's arguments, empty ones left out)."""
    value = record.value
    shaped = {
        "source_url": value("source_url"),
        "title": value("title"),
        "kind": value("kind"),
        "start_date": value("start_date").isoformat(),
        "end_date": value("end_date").isoformat() if value("end_date") else None,
        "date_precision": value("date_precision"),
        "city": value("city"),
        "venue": value("venue"),
        "host": value("host_economy"),
        "co_hosts": value("co_host_economies"),
        "initiative": value("initiative"),
        "themes": themes,
        "summary": value("summary"),
        "officials": value("officials"),
        "virtual": value("virtual"),
    }
    return shaped


def expected_shape(demo):
    return {
        "source_url": demo["source_url"],
        "title": demo["title"],
        "kind": demo["kind"],
        "start_date": demo["start_date"],
        "end_date": demo.get("end_date"),
        "date_precision": demo.get("date_precision", DatePrecision.DAY),
        "city": demo.get("city", ""),
        "venue": demo.get("venue", ""),
        "host": demo.get("host"),
        "co_hosts": demo.get("co_hosts", []),
        "initiative": demo.get("initiative", ""),
        "themes": demo["themes"],
        "summary": demo["summary"],
        "officials": demo.get("officials", []),
        "virtual": False,
    }


def test_the_seed_table_covers_exactly_the_demo_seed_events():
    assert sorted(d["slug"] for d in content.SEED_EVENTS) == sorted(d["slug"] for d in DEMO_EVENTS)
    assert not {d["slug"] for d in content.EVENTS} & {d["slug"] for d in DEMO_EVENTS}


def test_the_seeds_read_with_their_corrections_give_the_demo_events(demo):
    demo_by_slug = {d["slug"]: d for d in DEMO_EVENTS}
    for data, record in read_seed_events():
        assert as_demo(record, data["themes"]) == expected_shape(demo_by_slug[data["slug"]])


def test_the_corrections_are_only_what_the_seeds_omit_or_word_otherwise(demo):
    # Read without corrections, the releases give every other fact by themselves.
    corrected = {name for data in content.SEED_EVENTS for name in data["corrections"]}
    assert corrected == {"summary", "officials"}
    officials = [d for d in content.SEED_EVENTS if "officials" in d["corrections"]]
    assert [d["slug"] for d in officials] == [
        "apec-local-innovation-ecosystem-forum-philippines-2019"
    ]


def test_what_the_seeds_give_and_the_warnings_they_raise(demo):
    conference = event_document_read((NEWS / "000_2e5dc6006bca6a17.txt").read_text())
    (record,) = conference.records
    assert record.value("start_date") == datetime.date(2020, 8, 12)
    assert [w.code for w in record.warnings] == ["year-inferred"]
    assert (record.value("city"), record.facts["city"].line) == ("Taipei", 1)  # the headline
    assert record.value("initiative") == CSIE
    forums = event_document_read((NEWS / "001_1f50c5d5db447cfa.txt").read_text()).records
    assert [r.value("title") for r in forums[1:]] == [
        "APEC Local Innovation Ecosystem Forum in Tomsk",
        "APEC Local Innovation Ecosystem Forum in Taipei",
        "APEC Local Innovation Ecosystem Forum in Bangkok",
    ]
    assert [sorted({w.code for w in r.warnings}) for r in forums] == [
        ["host-inferred", "year-inferred"],
        ["co-hosts-inferred", "title-built", "year-inferred"],
        ["title-built", "year-inferred"],
        ["co-hosts-inferred", "title-built", "year-inferred"],
    ]
    assert {r.value("initiative") for r in forums} == {LIE}
    # The press contacts after "For further details … please contact:" are not officials.
    assert [name for name, _ in forums[0].value("officials")] == [
        "Ms. Wen-Ling SU",
        "Mr. Jerry Clavesillas",
    ]


def test_the_demo_database_holds_the_seed_events_as_the_demo_gave_them(demo):
    for expected in DEMO_EVENTS:
        event = Event.objects.get(slug=expected["slug"])
        saved = {
            "source_url": event.source_url,
            "title": event.title,
            "kind": event.kind,
            "start_date": event.start_date.isoformat(),
            "end_date": event.end_date.isoformat() if event.end_date else None,
            "date_precision": event.date_precision,
            "city": event.city,
            "venue": event.venue,
            "host": event.host_id,
            "co_hosts": sorted(event.co_hosts.values_list("code", flat=True)),
            "initiative": event.initiative.slug if event.initiative else "",
            "themes": sorted(event.themes.values_list("slug", flat=True)),
            "summary": event.summary,
            "officials": [(o.name, o.role) for o in event.officials.all()],
            "virtual": event.virtual,
        }
        shape = expected_shape(expected)
        shape["themes"] = sorted(shape["themes"])
        assert saved == shape
        assert event.is_published and event.format == "" and event.website == ""


def test_the_seed_news_files_are_the_seeds(demo):
    assert sorted(p.name for p in NEWS.glob("*.txt")) == [
        "000_2e5dc6006bca6a17.txt",
        "001_1f50c5d5db447cfa.txt",
    ]
