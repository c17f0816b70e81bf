import pytest
from django.apps import apps
from django.core.management import call_command

from events.models import Event
from initiatives.models import Economy, Initiative
from statements.models import Statement

pytestmark = pytest.mark.django_db

PORTAL_APPS = ["initiatives", "events", "statements"]


def snapshot():
    """Every row of every portal table, minus the timestamps and version counters a re-run
    refreshes (every save is a new version, even one that changes nothing)."""
    rows = {}
    for app in PORTAL_APPS:
        for model in apps.get_app_config(app).get_models(include_auto_created=True):
            if model._meta.label == "initiatives.ContentToken":
                continue  # bookkeeping for caches: changes with every write by design
            fields = [
                f.attname
                for f in model._meta.concrete_fields
                if f.attname not in {"id", "created_at", "updated_at", "published_at", "version"}
                and not f.attname.endswith("search_vector")
            ]
            rows[model._meta.label] = sorted(
                tuple(str(v) for v in row) for row in model.objects.values_list(*fields)
            )
    return rows


def test_load_demo_data_twice_gives_the_same_rows_as_once(demo):
    # `demo` is the content loaded once (at the start of the session); load it again.
    once = snapshot()
    call_command("load_demo_data", verbosity=0)
    assert snapshot() == once
    assert len(once["statements.Paragraph"]) == 70
    assert len(once["statements.Section"]) == 14


def test_demo_data_is_published_and_complete(demo):
    assert Economy.objects.count() == 21
    assert Initiative.objects.published().count() == Initiative.objects.count() == 12
    assert Event.objects.published().count() == Event.objects.count() == 16
    assert Statement.objects.published().count() == 2
    forums = Event.objects.filter(initiative__slug="apec-local-innovation-ecosystem-initiative")
    assert sorted((e.city, e.host_id, e.start_date.isoformat()) for e in forums) == [
        ("", "PHL", "2019-10-29"),
        ("Bangkok", "THA", "2019-08-01"),
        ("Taipei", "TWN", "2019-06-01"),
        ("Tomsk", "RUS", "2019-06-01"),
    ]
    lie = Initiative.objects.get(slug="apec-local-innovation-ecosystem-initiative")
    assert lie.proposer_id == "TWN"
    assert sorted(lie.co_implementers.values_list("code", flat=True)) == ["PHL", "RUS", "THA"]
    assert lie.objectives.count() == 3
    assert list(lie.activities.values_list("kind", flat=True)) == ["activity", "output"]
    conference = Event.objects.get(slug="apec-cross-sector-innovation-ecosystem-conference-2020")
    assert (conference.city, conference.venue, conference.start_date.isoformat()) == (
        "Taipei",
        "NTUH International Convention Center",
        "2020-08-12",
    )
    assert list(conference.officials.values_list("name", flat=True)) == ["Mr. Chen Chern-Chyi"]


def test_load_demo_data_dry_run_saves_nothing():
    call_command("load_demo_data", "--dry-run", verbosity=0)
    assert Initiative.objects.count() == 0
    assert Statement.objects.count() == 0


def _demo_initiative_edited_by_staff():
    """A Publisher's edits to a demo initiative, saved as the admin saves them (in a revision)."""
    import reversion

    from core.models import PublicationStatus

    initiative = Initiative.objects.get(slug="apec-local-innovation-ecosystem-initiative")
    with reversion.create_revision():
        initiative.subtitle = "Edited by the secretariat"
        initiative.start_year, initiative.end_year = 2018, 2021
        initiative.status = "ongoing"
        initiative.save()
    Event.objects.filter(slug=Event.objects.filter(kind="forum").first().slug).update(
        publication_status=PublicationStatus.DRAFT, published_at=None
    )
    return initiative


def test_set_up_again_keeps_staff_edits_and_adds_no_history(demo):
    from reversion.models import Version

    initiative = _demo_initiative_edited_by_staff()
    unpublished = Event.objects.get(publication_status="draft")
    versions = Version.objects.count()
    rows = snapshot()

    call_command("load_demo_data", verbosity=0)

    initiative.refresh_from_db()
    assert (initiative.subtitle, initiative.start_year, initiative.end_year, initiative.status) == (
        "Edited by the secretariat",
        2018,
        2021,
        "ongoing",
    )
    assert Event.objects.get(pk=unpublished.pk).publication_status == "draft"
    assert Version.objects.count() == versions
    assert snapshot() == rows


def test_set_up_recreates_a_deleted_demo_record_and_nothing_else(demo, capsys):
    Initiative.objects.filter(slug="apec-local-innovation-ecosystem-initiative").delete()
    call_command("load_demo_data")
    assert Initiative.objects.filter(slug="apec-local-innovation-ecosystem-initiative").count() == 1
    out = capsys.readouterr().out
    assert out.startswith("Demo content: 1 records created, ")


def test_a_renamed_demo_statement_is_not_loaded_twice(demo):
    statement = Statement.objects.order_by("pk").first()
    statement.slug = "renamed-by-staff"
    statement.save()
    count = Statement.objects.count()
    call_command("load_demo_data", verbosity=0)
    assert Statement.objects.count() == count
    assert Statement.objects.filter(slug="renamed-by-staff").exists()


def test_reset_restores_the_seeds_version_after_confirmation(demo):
    initiative = _demo_initiative_edited_by_staff()
    call_command("load_demo_data", reset=True, yes=True, verbosity=0)
    initiative.refresh_from_db()
    assert initiative.subtitle == ("Revitalization for Inclusive Growth and a Sustainable Future")
    assert initiative.is_published
    assert not Event.objects.filter(publication_status="draft").exists()


def test_reset_without_yes_asks_and_refuses_without_a_terminal(demo, monkeypatch):
    from django.core.management.base import CommandError

    initiative = _demo_initiative_edited_by_staff()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(CommandError, match="--reset needs a confirmation"):
        call_command("load_demo_data", reset=True, verbosity=0)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Nothing was changed"):
        call_command("load_demo_data", reset=True, verbosity=0)
    initiative.refresh_from_db()
    assert initiative.subtitle == "Edited by the secretariat"
