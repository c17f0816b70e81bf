import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count

from apec_portal.synthetic import database_label
from events.models import Event, EventOfficial
from initiatives.models import Economy, Initiative, InitiativeObjective, Theme
from statements.models import Paragraph, Section, Statement
from tests.factories import EventFactory

# Slow: generates hundreds of records per test.
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

SMALL = {"events": 400, "initiatives": 40, "statements": 12, "paragraphs": 6}


def generate(seed=3, **sizes):
    call_command("generate_synthetic_data", seed=seed, verbosity=0, **{**SMALL, **sizes})


@pytest.fixture(scope="class")
def generated(django_db_setup, django_db_blocker):
    """The default small dataset (seed 3), generated once for the class of tests that only
    read it: in a transaction rolled back after the class's last test, inside which each
    test's own transaction is a savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        generate()
        yield
        transaction.set_rollback(True)


def snapshot():
    """Every generated row, in key order, including the many-to-many links."""
    tables = [
        Initiative.objects.values_list(
            "id", "title", "subtitle", "slug", "introduction", "proposer", "start_year",
            "end_year", "status", "publication_status", "published_at", "created_at",
        ),
        Initiative.co_implementers.through.objects.values_list("initiative", "economy"),
        Initiative.themes.through.objects.values_list("initiative", "theme"),
        InitiativeObjective.objects.values_list("initiative", "position", "text"),
        Event.objects.values_list(
            "id", "title", "slug", "kind", "start_date", "end_date", "date_precision", "city",
            "venue", "host", "initiative", "summary", "publication_status", "updated_at",
        ),
        Event.co_hosts.through.objects.values_list("event", "economy"),
        Event.themes.through.objects.values_list("event", "theme"),
        EventOfficial.objects.values_list("event", "position", "name", "role"),
        Statement.objects.values_list("id", "title", "slug", "meeting", "chair", "publication_status"),
        Section.objects.values_list("id", "statement", "position", "heading", "number"),
        Paragraph.objects.values_list("id", "statement", "section", "number", "text"),
        Paragraph.initiatives.through.objects.values_list("paragraph", "initiative"),
    ]  # fmt: skip
    return [sorted(table) for table in tables]


@pytest.mark.usefixtures("generated")
class TestTheDefaultDataset:
    def test_generates_exactly_the_requested_numbers_of_records(self):
        assert Initiative.objects.count() == 40
        assert Event.objects.count() == 400
        assert Statement.objects.count() == 12
        assert Paragraph.objects.count() == 12 * 6
        per_statement = Statement.objects.annotate(n=Count("paragraphs")).values_list(
            "n", flat=True
        )
        assert set(per_statement) == {6}
        # Each statement's meeting is one of the events, and a ministerial meeting.
        assert Event.objects.filter(kind="ministerial_meeting").count() == 12
        assert (
            Event.objects.filter(kind="ministerial_meeting", statement__isnull=False).count() == 12
        )

    def test_spreads_over_every_economy_theme_and_year_range(self):
        hosts = set(Event.objects.values_list("host", flat=True))
        assert hosts == set(Economy.objects.values_list("code", flat=True))
        used_themes = set(Event.themes.through.objects.values_list("theme", flat=True))
        assert used_themes == set(Theme.objects.values_list("id", flat=True))
        years = {day.year for day in Event.objects.values_list("start_date", flat=True)}
        assert min(years) >= 1994
        assert max(years) <= 2026
        assert len(years) >= 25
        assert Event.co_hosts.through.objects.exists()
        assert EventOfficial.objects.exists()
        assert Section.objects.exists()

    def test_paragraph_links_point_at_initiatives_the_paragraph_names(self):
        links = Paragraph.initiatives.through.objects.select_related("paragraph", "initiative")
        assert links.exists()
        for link in links:
            assert link.initiative.title in link.paragraph.text


def test_leaves_a_small_share_of_every_record_type_unpublished():
    generate(events=2000, draft_share=0.05)
    for model in (Initiative, Event):
        unpublished = model.objects.exclude(publication_status="published").count()
        assert 0 < unpublished < model.objects.count() * 0.1
    assert Event.objects.filter(publication_status="draft").exists()
    assert (
        Event.objects.filter(publication_status="published", published_at__isnull=True).count() == 0
    )


def test_same_seed_gives_the_same_rows_and_another_seed_other_rows():
    generate(seed=5)
    first = snapshot()
    generate(seed=5, flush=True)
    assert snapshot() == first
    generate(seed=6, flush=True)
    assert snapshot() != first


def test_refuses_to_mix_with_existing_content_without_flush():
    EventFactory(title="A real forum")
    with pytest.raises(CommandError) as error:
        generate()
    assert str(error.value) == (
        "The database already holds initiatives, events or statements; "
        "use --flush to replace them with the synthetic dataset."
    )
    assert list(Event.objects.values_list("title", flat=True)) == ["A real forum"]


def test_refuses_statements_without_room_for_their_meetings():
    with pytest.raises(CommandError) as error:
        generate(events=5, statements=6)
    assert str(error.value) == (
        "Every statement needs its meeting event: --events must be at least --statements."
    )


def test_dry_run_saves_nothing():
    generate(dry_run=True)
    assert Event.objects.count() == 0
    assert Initiative.objects.count() == 0


def test_records_created_afterwards_get_fresh_keys():
    generate()
    event = EventFactory()
    assert event.pk == 401


def test_label_records_the_seed_and_sizes_on_the_database():
    generate(seed=9, label=True)
    assert database_label() == (
        "synthetic v1 seed=9 initiatives=40 events=400 statements=12 paragraphs=6 draft_share=0.03"
    )
