"""manage.py import_document: the JSON it prints, --dry-run, --kind, --publish, refusals."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command, execute_from_command_line
from django.core.management.base import CommandError

from events.models import Event
from initiatives.models import Initiative
from statements.models import Statement
from tests.initiatives.initiative_texts import DESCRIPTIONS

pytestmark = pytest.mark.django_db

DEMO = Path(__file__).resolve().parents[2] / "apec_portal/demo"
SEED_001 = Path(__file__).resolve().parent / "documents/seed_001_news_release.txt"
INITIATIVE_KEYS = {
    "type",
    "title",
    "subtitle",
    "proposer",
    "co_implementers",
    "start_year",
    "end_year",
    "introduction",
    "objectives",
    "activities",
    "themes",
    "source_url",
}
EVENT_KEYS = {
    "type",
    "title",
    "kind",
    "start_date",
    "end_date",
    "date_precision",
    "city",
    "venue",
    "host_economy",
    "co_host_economies",
    "virtual",
    "initiative",
    "officials",
    "summary",
    "source_url",
}


@pytest.fixture
def description(tmp_path):
    path = tmp_path / "description.txt"
    path.write_text(DESCRIPTIONS["labelled"], encoding="utf-8")
    return path


def run_json(*args):
    from io import StringIO

    out = StringIO()
    call_command("import_document", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_json_of_a_description_and_the_draft_it_saves(description):
    printed = run_json(str(description))
    assert set(printed) == {"shape", "kind", "dry_run", "records", "warnings", "saved"}
    assert printed["kind"] == "initiative"
    [record] = printed["records"]
    assert set(record) == INITIATIVE_KEYS | {"facts", "not_found", "missing_required", "warnings"}
    assert (record["type"], record["proposer"], record["co_implementers"]) == (
        "initiative",
        "MEX",
        ["CHL", "PER", "VNM"],
    )
    assert (record["start_year"], record["end_year"]) == (2021, 2023)
    assert record["activities"][0] == {
        "kind": "output",
        "text": "An online toolkit in four languages",
    }
    assert printed["warnings"] == []
    initiative = Initiative.objects.get()
    assert (initiative.title, initiative.is_published) == (record["title"], False)


def test_a_second_import_updates_the_same_initiative_and_publish_publishes(description):
    call_command("import_document", str(description), verbosity=0)
    call_command("import_document", str(description), "--publish", verbosity=0)
    initiative = Initiative.objects.get()
    assert initiative.is_published


def test_dry_run_prints_and_saves_nothing(description, capsys):
    printed = run_json(str(description), "--dry-run")
    assert (
        printed["records"][0]["title"] == "APEC Cross-Border E-Commerce Toolkit for Small Exporters"
    )
    call_command("import_document", str(description), "--dry-run")
    out = capsys.readouterr().out
    assert (
        "Would save initiative “APEC Cross-Border E-Commerce Toolkit for Small Exporters” (new)."
        in out
    )
    assert "Dry run: nothing was saved." in out
    assert Initiative.objects.count() == 0


def test_warnings_are_in_the_json(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text((DEMO / "initiatives/002_0681f3e112c3d1bd.txt").read_text(encoding="utf-8"))
    printed = run_json(str(path), "--dry-run")
    assert any("the first is taken as the proposer" in w for w in printed["warnings"])
    assert all(w.startswith("line ") for w in printed["warnings"])


def test_a_news_release_gives_event_records_with_every_key():
    printed = run_json(str(SEED_001), "--dry-run")
    assert printed["kind"] == "event"
    assert printed["records"]
    for record in printed["records"]:
        assert set(record) >= EVENT_KEYS
        assert record["type"] == "event"
    assert Event.objects.count() == 0


def test_kind_statement_prints_the_statement_and_its_import_saves_it(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text((DEMO / "statements/2014-nanjing.txt").read_text(encoding="utf-8"))
    printed = run_json(str(path), "--kind", "statement", "--dry-run")
    [record] = printed["records"]
    assert (printed["kind"], record["type"], record["host_economy"], record["start_date"]) == (
        "statement",
        "statement",
        "CHN",
        "2014-09-05",
    )
    assert len(record["paragraphs"]) == 31
    assert Statement.objects.count() == 0
    call_command("import_document", str(path), verbosity=0)  # recognised as a statement
    assert Statement.objects.get().meeting.city == "Nanjing"


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        (
            "Nothing to see here.\nReally nothing.",
            "auto",
            "no event, initiative description or ministerial statement",
        ),
        (
            DESCRIPTIONS["labelled"]
            .replace("Objectives", "Notes")
            .replace("Deliverables", "Misc")
            .replace("Proposing economy", "Note")
            .replace("Co-sponsoring economies", "Other"),
            "initiative",
            "no initiative description was found",
        ),
        ("a\x00b", "auto", "NUL character"),
    ],
)
def test_a_refusal_is_a_command_error_and_saves_nothing(tmp_path, text, kind, message):
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("import_document", str(path), "--kind", kind)
    assert Initiative.objects.count() == Event.objects.count() == 0


def test_a_refusal_exits_non_zero_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "x.txt"
    path.write_text("Nothing to see here.", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        execute_from_command_line(["manage.py", "import_document", str(path), "--json"])
    assert exited.value.code == 1
    assert "nothing was saved" in capsys.readouterr().err
    missing = tmp_path / "missing.txt"
    with pytest.raises(CommandError, match="cannot read the file"):
        call_command("import_document", str(missing))
