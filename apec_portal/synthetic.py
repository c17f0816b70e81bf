"""A large, realistic, reproducible dataset for measuring the portal at scale.

`synthetic_data_generate(seed=..., events=..., ...)` fills empty content
tables with initiatives (objectives, activities, co-implementers, themes),
events (co-hosts, themes, officials), and ministerial statements (each with its
meeting event, sections, numbered paragraphs and paragraph -> initiative links).
The prose comes from a word-pair chain trained on the real demo statements, so
the vocabulary and word frequencies look like APEC's own texts.

Everything is drawn from one `random.Random(seed)` in a fixed order, and
primary keys are assigned here (the tables must be empty), so the same seed
and sizes always produce the same rows. Rows go in with PostgreSQL's COPY,
batch by batch, which loads the default size (100,000 events, 200,000
paragraphs) in a few minutes on two cores.
"""

import datetime
import io
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, transaction
from django.utils.text import slugify

from core.models import PublicationStatus
from events.models import DatePrecision, Event, EventKind, EventOfficial
from initiatives.models import (
    ActivityKind,
    Economy,
    Initiative,
    InitiativeActivity,
    InitiativeObjective,
    InitiativeStatus,
    Theme,
)
from statements.models import Paragraph, Section, Statement

DEMO_STATEMENTS = Path(__file__).parent / "demo" / "statements"
SYNTHETIC_FIRST_YEAR, SYNTHETIC_LAST_YEAR = 1994, 2026
BATCH_ROWS = 20_000
# Part of the database label: bump it when a change here changes the rows.
GENERATOR_VERSION = 1

# Where each economy's events take place (capitals and the usual APEC host cities).
CITIES = {
    "AUS": ["Canberra", "Sydney", "Melbourne", "Brisbane"],
    "BRN": ["Bandar Seri Begawan"],
    "CAN": ["Ottawa", "Vancouver", "Toronto"],
    "CHL": ["Santiago", "Valparaíso", "La Serena"],
    "CHN": ["Beijing", "Shanghai", "Nanjing", "Xiamen"],
    "HKG": ["Hong Kong"],
    "IDN": ["Jakarta", "Bali", "Surabaya"],
    "JPN": ["Tokyo", "Osaka", "Niigata"],
    "KOR": ["Seoul", "Busan", "Daegu"],
    "MYS": ["Kuala Lumpur", "Penang"],
    "MEX": ["Mexico City", "Guadalajara", "Cancún"],
    "NZL": ["Wellington", "Auckland"],
    "PNG": ["Port Moresby"],
    "PER": ["Lima", "Arequipa", "Cusco"],
    "PHL": ["Manila", "Cebu", "Iloilo"],
    "RUS": ["Moscow", "Vladivostok", "Tomsk", "Kazan"],
    "SGP": ["Singapore"],
    "TWN": ["Taipei", "Kaohsiung", "Taichung"],
    "THA": ["Bangkok", "Chiang Mai", "Phuket"],
    "USA": ["Washington, D.C.", "San Francisco", "Honolulu", "Seattle"],
    "VNM": ["Hanoi", "Ho Chi Minh City", "Da Nang"],
}
VENUES = [
    "International Convention Centre",
    "Exhibition and Convention Center",
    "National Conference Hall",
    "Chamber of Commerce",
    "University Innovation Hub",
    "Trade and Investment Centre",
    "Grand Hotel Ballroom",
    "Science Park Auditorium",
]
TOPICS = [
    "SME Digital Transformation",
    "Women-led SMEs in Global Markets",
    "Start-up Ecosystems",
    "Local Innovation Ecosystems",
    "Cross-Border E-Commerce for MSMEs",
    "SME Access to Finance",
    "Business Ethics for SMEs",
    "SME Resilience and Business Continuity",
    "Green Growth and Sustainable SMEs",
    "Inclusive Growth through Innovation",
    "Global Value Chains and SMEs",
    "SME Internationalization",
    "Open Data for Small Businesses",
    "Intellectual Property for Innovative SMEs",
    "Cybersecurity for MSMEs",
    "Youth Entrepreneurship",
    "Industrial Clusters and SME Competitiveness",
    "Cooperative Business Models",
    "High Growth SMEs",
    "Accelerator Networks and Early-Stage Investment",
    "SME Capacity Building",
    "Online-to-Offline Business Models",
    "Agribusiness SMEs and Rural Innovation",
    "Circular Economy for SMEs",
    "Disaster Risk Reduction for SMEs",
    "Regulatory Reform for MSMEs",
    "Fintech and SME Payments",
    "Smart Manufacturing for SMEs",
    "Creative Industries and Micro-Enterprises",
    "Cross-Sector Innovation Ecosystems",
]
INITIATIVE_NOUNS = ["Initiative", "Project", "Programme", "Network", "Framework", "Partnership"]
EVENT_KIND_WORDS = {
    EventKind.FORUM: "Forum on",
    EventKind.CONFERENCE: "Conference on",
    EventKind.WORKSHOP: "Workshop on",
    EventKind.SEMINAR: "Seminar on",
    EventKind.SUMMIT: "Summit on",
    EventKind.DIALOGUE: "Policy Dialogue on",
    EventKind.TRAINING: "Training Course on",
    EventKind.OTHER: "Meeting on",
}
# How often each kind of event occurs (ministerial meetings come with statements).
EVENT_KIND_WEIGHTS = {
    EventKind.FORUM: 30,
    EventKind.CONFERENCE: 15,
    EventKind.WORKSHOP: 25,
    EventKind.SEMINAR: 10,
    EventKind.SUMMIT: 3,
    EventKind.DIALOGUE: 7,
    EventKind.TRAINING: 8,
    EventKind.OTHER: 2,
}
FIRST_NAMES = [
    "Wei", "Mei-Ling", "Nguyen", "Siti", "Hiroshi", "Ji-won", "Maria", "James", "Olga",
    "Carlos", "Ana", "Somchai", "Arief", "Li", "Sarah", "David", "Tran", "Kenji", "Rosa",
    "Ivan", "Aroha", "Michael", "Juan", "Nurul", "Chen",
]  # fmt: skip
LAST_NAMES = [
    "Chen", "Wang", "Tran", "Rahman", "Tanaka", "Kim", "Santos", "Smith", "Ivanova",
    "Garcia", "Lopez", "Suwan", "Wijaya", "Lin", "Brown", "Nguyen", "Sato", "Park",
    "Reyes", "Petrov", "Ngata", "Taylor", "Torres", "Hassan", "Huang",
]  # fmt: skip
ROLES = [
    "Minister of Industry and Trade",
    "Minister responsible for SMEs",
    "Vice Minister of Economic Affairs",
    "Director-General, SME Agency",
    "Chair, APEC SME Working Group",
    "Executive Director, APEC Secretariat",
    "Chair, APEC Business Advisory Council",
    "Deputy Secretary, Department of Trade and Industry",
]
SECTION_HEADINGS = [
    "Promoting SME Innovation",
    "Enhancing Access to Markets and Global Value Chains",
    "Strengthening Entrepreneurship in the Digital Age",
    "Financing for SMEs",
    "Building Resilient SMEs",
    "Inclusive Growth and Women-led Enterprises",
    "Business Ethics and a Fair Business Environment",
    "Green and Sustainable Growth",
    "Capacity Building and Cooperation",
    "The Way Forward",
]


def _demo_paragraphs():
    """The numbered paragraphs (not headings) of the real demo statements."""
    paragraphs = []
    for path in sorted(DEMO_STATEMENTS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^\s*\d{1,3}\.\s+(.*\S)\s*$", line)
            if match and len(match.group(1).split()) > 15:
                paragraphs.append(match.group(1))
    return paragraphs


class SyntheticDataError(ValueError):
    """The sizes asked for, or the database's state, do not allow generating."""


class ProseChain:
    """A word-pair chain: each word is followed by a word that followed it in the source."""

    def __init__(self, texts):
        self.followers = defaultdict(list)
        self.starts = []
        for text in texts:
            words = text.split()
            for index, word in enumerate(words):
                if index == 0 or words[index - 1].endswith("."):
                    self.starts.append(word)
                if index + 1 < len(words):
                    self.followers[word].append(words[index + 1])
        for word in list(self.followers):
            self.followers[word] = tuple(self.followers[word])
        self.starts = tuple(self.starts)

    def sentence(self, rng, min_words=8, max_words=32):
        word = rng.choice(self.starts)
        words = [word]
        while len(words) < max_words:
            followers = self.followers.get(word)
            if not followers or (word.endswith(".") and len(words) >= min_words):
                break
            word = rng.choice(followers)
            words.append(word)
        text = " ".join(words).rstrip(",;:")
        return text if text.endswith(".") else text + "."

    def paragraph(self, rng, sentences):
        return " ".join(self.sentence(rng) for _ in range(sentences))


@dataclass(frozen=True)
class Sizes:
    initiatives: int = 10_000
    events: int = 100_000  # ministerial meetings (one per statement) included
    statements: int = 5_000
    paragraphs: int = 40  # per statement
    draft_share: float = 0.03  # records left as draft or in review

    def check(self):
        if min(self.initiatives, self.events, self.statements, self.paragraphs) < 0:
            raise SyntheticDataError("Sizes cannot be negative.")
        if self.statements > self.events:
            raise SyntheticDataError(
                "Every statement needs its meeting event: --events must be at least --statements."
            )
        if not 0 <= self.draft_share <= 1:
            raise SyntheticDataError("--draft-share must be between 0 and 1.")


def _copy_value(value):
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, list | tuple):
        items = ('"' + str(item).replace("\\", "\\\\").replace('"', '\\"') + '"' for item in value)
        value = "{" + ",".join(items) + "}"
    elif isinstance(value, datetime.date):
        value = value.isoformat()
    else:
        value = str(value)
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    )


class CopyLoader:
    """Streams rows into one table with COPY, in batches.

    `columns` are the attnames this code supplies; any other concrete column
    (one a later migration adds) gets its field default (an optional text field:
    ""), so the loader keeps working when a model grows such a field.
    """

    def __init__(self, model, columns):
        self.table = model._meta.db_table
        fields = {field.attname: field for field in model._meta.concrete_fields}
        missing = [name for name in columns if name not in fields]
        if missing:
            raise ValueError(f"{self.table} has no column(s) {missing}")
        self.defaults = []
        extra = []
        for field in model._meta.concrete_fields:
            if field.attname in columns or field.primary_key or field.generated:
                continue
            if field.has_default():
                value = field.get_db_prep_save(field.get_default(), connection)
            elif field.null:
                value = None
            elif field.blank and field.empty_strings_allowed:
                value = ""  # an optional text field (a website, a contact) left empty
            else:
                raise ValueError(f"{self.table}.{field.column} needs a value and has no default")
            extra.append(field.column)
            self.defaults.append(_copy_value(value))
        self.columns = [fields[name].column for name in columns] + extra
        self.tail = "".join("\t" + value for value in self.defaults)
        self.buffer = io.StringIO()
        self.pending = 0
        self.rows = 0

    def add(self, *values):
        self.buffer.write("\t".join(_copy_value(value) for value in values) + self.tail + "\n")
        self.pending += 1
        if self.pending >= BATCH_ROWS:
            self.flush()

    def flush(self):
        if not self.pending:
            return
        self.buffer.seek(0)
        columns = ", ".join(connection.ops.quote_name(column) for column in self.columns)
        with connection.cursor() as cursor:
            cursor.cursor.copy_expert(
                f"COPY {connection.ops.quote_name(self.table)} ({columns}) FROM STDIN",
                self.buffer,
            )
        self.rows += self.pending
        self.pending = 0
        self.buffer = io.StringIO()


CONTENT_MODELS = (
    Initiative,
    InitiativeObjective,
    InitiativeActivity,
    Event,
    EventOfficial,
    Statement,
    Section,
    Paragraph,
)


def _content_tables():
    tables = []
    for model in CONTENT_MODELS:
        tables.append(model._meta.db_table)
        for field in model._meta.local_many_to_many:
            tables.append(field.remote_field.through._meta.db_table)
    return tables


def content_is_empty():
    return not (Initiative.objects.exists() or Event.objects.exists() or Statement.objects.exists())


def content_flush():
    """Empty every initiative, event and statement table (economies and themes stay)."""
    tables = ", ".join(connection.ops.quote_name(table) for table in _content_tables())
    with connection.cursor() as cursor:
        # Check the foreign keys of rows written earlier in this transaction now:
        # PostgreSQL refuses to truncate a table with checks still pending.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _reset_sequences():
    with connection.cursor() as cursor:
        for table in _content_tables():
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {connection.ops.quote_name(table)}), 0) + 1, false)",
                [table],
            )


def _drop_full_text_indexes():
    """Drop the GIN indexes of the content tables; returns their definitions."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = ANY(%s) AND indexdef LIKE '%% USING gin %%' ORDER BY indexname",
            [_content_tables()],
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    return [definition for _, definition in indexes]


def _create_indexes(definitions):
    with connection.cursor() as cursor:
        # As for TRUNCATE, PostgreSQL wants the foreign-key checks done first.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for definition in definitions:
            cursor.execute(definition)


def vacuum_content():
    """VACUUM ANALYZE the content tables (outside any transaction): fresh statistics, and a
    visibility map that lets index-only scans skip the table, as on a settled database."""
    with connection.cursor() as cursor:
        for table in _content_tables():
            cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(table)}")


def analyze_content():
    """Refresh the planner's statistics for the content tables after a bulk load."""
    with connection.cursor() as cursor:
        for table in _content_tables():
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")


class Generator:
    def __init__(self, *, seed, sizes, log):
        self.rng = random.Random(seed)
        self.sizes = sizes
        self.log = log
        self.chain = ProseChain(_demo_paragraphs())
        self.economies = list(Economy.objects.order_by("code").values_list("code", "name"))
        self.theme_ids = list(Theme.objects.order_by("slug").values_list("id", flat=True))
        if len(self.economies) != 21 or not self.theme_ids:
            raise SyntheticDataError("The economies and themes must be loaded (run migrate) first.")
        self.counts = {}

    # Small helpers, all drawing from the one seeded generator.
    def publication(self):
        # Row data for COPY, not a state change: these bulk rows bypass the models, so
        # the publication states are written as values here rather than through
        # core.publication (which changes one saved record at a time).
        roll = self.rng.random()
        if roll < self.sizes.draft_share * 2 / 3:
            return PublicationStatus.DRAFT
        if roll < self.sizes.draft_share:
            return PublicationStatus.REVIEW
        return PublicationStatus.PUBLISHED

    def year(self):
        # Later years hold more events, as the real record does.
        span = SYNTHETIC_LAST_YEAR - SYNTHETIC_FIRST_YEAR + 1
        return SYNTHETIC_FIRST_YEAR + int(span * self.rng.random() ** 0.7)

    def themes(self, most=3):
        return self.rng.sample(self.theme_ids, self.rng.randint(1, most))

    def economies_other_than(self, code, most):
        others = [c for c, _ in self.economies if c != code]
        return self.rng.sample(others, self.rng.randint(0, most))

    def stamps(self, day, status):
        created = datetime.datetime.combine(
            day - datetime.timedelta(days=self.rng.randint(10, 120)),
            datetime.time(self.rng.randint(0, 23), self.rng.randint(0, 59)),
            tzinfo=datetime.UTC,
        )
        updated = created + datetime.timedelta(days=self.rng.randint(0, 30))
        published = updated if status == PublicationStatus.PUBLISHED else None
        return published, created, updated

    def run(self):
        # Building the full-text indexes once at the end is much cheaper than
        # updating them row by row (the tables are empty, so nothing is lost).
        deferred = _drop_full_text_indexes()
        self.log("initiatives")
        self.initiatives()
        self.log("events")
        self.events()
        self.log("statements")
        self.statements()
        self.log("full-text indexes")
        _create_indexes(deferred)
        _reset_sequences()
        self.log("analyze")
        analyze_content()
        return self.counts

    def initiatives(self):
        loader = CopyLoader(
            Initiative,
            [
                "id", "title", "subtitle", "slug", "aliases", "introduction", "proposer_id",
                "start_year", "end_year", "status", "publication_status", "published_at",
                "source_url", "created_at", "updated_at",
            ],
        )  # fmt: skip
        co_implementers = CopyLoader(
            Initiative.co_implementers.through, ["initiative_id", "economy_id"]
        )
        themes = CopyLoader(Initiative.themes.through, ["initiative_id", "theme_id"])
        objectives = CopyLoader(InitiativeObjective, ["initiative_id", "position", "text"])
        activities = CopyLoader(InitiativeActivity, ["initiative_id", "position", "kind", "text"])
        self.initiative_titles = []
        for pk in range(1, self.sizes.initiatives + 1):
            rng = self.rng
            topic = rng.choice(TOPICS)
            title = f"APEC {topic} {rng.choice(INITIATIVE_NOUNS)}"
            if rng.random() < 0.5:
                title += f" {rng.choice(['Phase II', 'Phase III', 'for MSMEs', 'in the Digital Age', 'for Inclusive Growth'])}"
            start = self.year()
            end = min(start + rng.randint(0, 4), SYNTHETIC_LAST_YEAR + 2)
            status = (
                InitiativeStatus.COMPLETED
                if end < 2026
                else InitiativeStatus.PLANNED
                if start > 2026
                else InitiativeStatus.ONGOING
            )
            proposer = rng.choice(self.economies)[0]
            publication = self.publication()
            published, created, updated = self.stamps(datetime.date(start, 1, 15), publication)
            subtitle = rng.choice(["", "", self.chain.sentence(rng, 4, 10).rstrip(".")])[:300]
            loader.add(
                pk, title, subtitle, f"{slugify(title)[:180]}-{pk}", [],
                self.chain.paragraph(rng, rng.randint(3, 6)), proposer, start, end, status,
                publication, published,
                f"https://www.apec.org/projects/{start}/{pk}", created, updated,
            )  # fmt: skip
            self.initiative_titles.append(title)
            for code in self.economies_other_than(proposer, 4):
                co_implementers.add(pk, code)
            for theme in self.themes():
                themes.add(pk, theme)
            for position in range(1, rng.randint(2, 5) + 1):
                objectives.add(pk, position, self.chain.sentence(rng))
            for position in range(1, rng.randint(1, 3) + 1):
                kind = ActivityKind.OUTPUT if rng.random() < 0.3 else ActivityKind.ACTIVITY
                activities.add(pk, position, kind, self.chain.sentence(rng))
        for each in (loader, co_implementers, themes, objectives, activities):
            each.flush()
        self.counts.update(
            initiatives=loader.rows,
            initiative_co_implementers=co_implementers.rows,
            initiative_themes=themes.rows,
            objectives=objectives.rows,
            activities=activities.rows,
        )

    def _event_loaders(self):
        self.event_loader = CopyLoader(
            Event,
            [
                "id", "title", "slug", "kind", "start_date", "end_date", "date_precision",
                "city", "venue", "host_id", "initiative_id", "summary", "publication_status",
                "published_at", "source_url", "created_at", "updated_at",
            ],
        )  # fmt: skip
        self.co_host_loader = CopyLoader(Event.co_hosts.through, ["event_id", "economy_id"])
        self.event_theme_loader = CopyLoader(Event.themes.through, ["event_id", "theme_id"])
        self.official_loader = CopyLoader(EventOfficial, ["event_id", "position", "name", "role"])

    def _event(
        self, pk, *, kind, title, year=None, host=None, city=None, initiative=None, officials=None
    ):
        rng = self.rng
        year = year or self.year()
        host = host or rng.choice(self.economies)[0]
        city = city or rng.choice(CITIES[host])
        start = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
        precision = rng.choices(
            [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR], [90, 8, 2]
        )[0]
        if precision == DatePrecision.MONTH:
            start = start.replace(day=1)
        elif precision == DatePrecision.YEAR:
            start = start.replace(month=1, day=1)
        end = None
        if precision == DatePrecision.DAY and rng.random() < 0.4:
            end = start + datetime.timedelta(days=rng.randint(1, 3))
        publication = self.publication()
        published, created, updated = self.stamps(start, publication)
        self.event_loader.add(
            pk, title[:300], f"{slugify(title)[:180]}-{pk}", kind, start, end, precision, city,
            f"{city} {rng.choice(VENUES)}", host, initiative,
            self.chain.paragraph(rng, rng.randint(2, 4)), publication, published,
            f"https://www.apec.org/events/{year}/{pk}", created, updated,
        )  # fmt: skip
        for code in self.economies_other_than(host, 3):
            self.co_host_loader.add(pk, code)
        for theme in self.themes():
            self.event_theme_loader.add(pk, theme)
        for position in range(1, (officials or rng.randint(1, 3)) + 1):
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            role = f"{rng.choice(ROLES)}, {rng.choice(self.economies)[1]}"
            self.official_loader.add(pk, position, name, role)

    def events(self):
        self._event_loaders()
        kinds = list(EVENT_KIND_WEIGHTS)
        weights = list(EVENT_KIND_WEIGHTS.values())
        for pk in range(1, self.sizes.events - self.sizes.statements + 1):
            rng = self.rng
            kind = rng.choices(kinds, weights)[0]
            initiative = None
            if self.sizes.initiatives and rng.random() < 0.6:
                initiative = rng.randint(1, self.sizes.initiatives)
            topic = (
                self.initiative_titles[initiative - 1].removeprefix("APEC ")
                if initiative
                else rng.choice(TOPICS)
            )
            self._event(
                pk, kind=kind, title=f"APEC {EVENT_KIND_WORDS[kind]} {topic}", initiative=initiative
            )

    def statements(self):
        rng = self.rng
        first_meeting = self.sizes.events - self.sizes.statements + 1
        statements = CopyLoader(
            Statement,
            [
                "id", "title", "slug", "meeting_id", "meeting_number", "meeting_theme", "chair",
                "publication_status", "published_at", "source_url", "created_at", "updated_at",
            ],
        )  # fmt: skip
        statement_themes = CopyLoader(Statement.themes.through, ["statement_id", "theme_id"])
        sections = CopyLoader(Section, ["id", "statement_id", "position", "heading", "number"])
        paragraphs = CopyLoader(Paragraph, ["id", "statement_id", "section_id", "number", "text"])
        links = CopyLoader(Paragraph.initiatives.through, ["paragraph_id", "initiative_id"])
        section_pk = paragraph_pk = 0
        for pk in range(1, self.sizes.statements + 1):
            meeting_pk = first_meeting + pk - 1
            year = self.year()
            host = rng.choice(self.economies)[0]
            city = rng.choice(CITIES[host])
            title = f"{year} APEC Small and Medium Enterprises Ministerial Meeting, {city}"
            self._event(
                meeting_pk,
                kind=EventKind.MINISTERIAL_MEETING,
                title=title,
                year=year,
                host=host,
                city=city,
                officials=1,
            )
            publication = self.publication()
            published, created, updated = self.stamps(datetime.date(year, 12, 31), publication)
            minister = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            statements.add(
                pk, title, f"{year}-apec-sme-ministerial-meeting-{pk}", meeting_pk, pk,
                rng.choice(TOPICS), f"H.E. {minister}, {rng.choice(ROLES)}", publication,
                published, f"https://www.apec.org/meeting-papers/{year}/{pk}", created, updated,
            )  # fmt: skip
            for theme in self.themes():
                statement_themes.add(pk, theme)
            # Some years number their headings along with the paragraphs (2014 style).
            numbered_headings = rng.random() < 0.3
            starts = range(2, self.sizes.paragraphs + 1)
            headings = rng.sample(SECTION_HEADINGS, min(rng.randint(3, 6), len(starts)))
            breaks = set(rng.sample(starts, len(headings)))
            number = 0
            section = None
            position = 0
            for index in range(1, self.sizes.paragraphs + 1):
                if index in breaks and headings:
                    section_pk += 1
                    position += 1
                    heading_number = None
                    if numbered_headings:
                        number += 1
                        heading_number = number
                    sections.add(section_pk, pk, position, headings.pop(), heading_number)
                    section = section_pk
                number += 1
                paragraph_pk += 1
                text = self.chain.paragraph(rng, rng.randint(2, 4))
                if self.sizes.initiatives and rng.random() < 0.15:
                    named = rng.sample(
                        range(1, self.sizes.initiatives + 1),
                        min(rng.randint(1, 2), self.sizes.initiatives),
                    )
                    for initiative in named:
                        text += f" We welcomed the progress of the {self.initiative_titles[initiative - 1]}."
                        links.add(paragraph_pk, initiative)
                paragraphs.add(paragraph_pk, pk, section, number, text)
            if pk % 500 == 0:
                self.log(f"statements: {pk}")
        for each in (
            self.event_loader,
            self.co_host_loader,
            self.event_theme_loader,
            self.official_loader,
            statements,
            statement_themes,
            sections,
            paragraphs,
            links,
        ):
            each.flush()
        self.counts.update(
            events=self.event_loader.rows,
            event_co_hosts=self.co_host_loader.rows,
            event_themes=self.event_theme_loader.rows,
            officials=self.official_loader.rows,
            statements=statements.rows,
            statement_themes=statement_themes.rows,
            sections=sections.rows,
            paragraphs=paragraphs.rows,
            paragraph_initiative_links=links.rows,
        )


def synthetic_data_generate(*, seed, sizes, flush=False, log=lambda message: None):
    """Fill the content tables with the synthetic dataset; returns the row counts.

    The tables must be empty (or `flush=True` empties them first), so that the
    same seed and sizes always give the same rows, primary keys included.
    """
    sizes.check()
    with transaction.atomic():
        if flush:
            content_flush()
        elif not content_is_empty():
            raise SyntheticDataError(
                "The database already holds initiatives, events or statements; "
                "use --flush to replace them with the synthetic dataset."
            )
        return Generator(seed=seed, sizes=sizes, log=log).run()


def dataset_label(seed, sizes):
    """What a database filled with this seed and these sizes is labelled."""
    return (
        f"synthetic v{GENERATOR_VERSION} seed={seed} initiatives={sizes.initiatives} "
        f"events={sizes.events} statements={sizes.statements} paragraphs={sizes.paragraphs} "
        f"draft_share={sizes.draft_share}"
    )


def database_label():
    """The label of the current database (its PostgreSQL comment), or ''."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname = current_database()"
        )
        return cursor.fetchone()[0] or ""


def database_label_set(label):
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_database()")
        name = cursor.fetchone()[0]
        cursor.execute(f"COMMENT ON DATABASE {connection.ops.quote_name(name)} IS %s", [label])
