"""Which kind a document is, recognised from real evidence only, and texts that are no
document refused on both ways in: the admin page "Import a document" and the command."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command, execute_from_command_line
from django.core.management.base import CommandError

from core.importing.pipeline import detect_kind
from events.models import Event
from initiatives.models import Initiative
from statements.models import Statement
from tests.events.test_import import EXPECTED as EVENT_CORPUS
from tests.events.test_import import Refused
from tests.initiatives.initiative_texts import DESCRIPTIONS
from tests.portal.non_documents import NON_DOCUMENTS

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "apec_portal/demo"
SEEDS = {
    "news/000_2e5dc6006bca6a17.txt": "event",
    "news/001_1f50c5d5db447cfa.txt": "event",
    "initiatives/002_0681f3e112c3d1bd.txt": "initiative",
    "statements/2014-nanjing.txt": "statement",
    "statements/2017-ho-chi-minh-city.txt": "statement",
}
EVENT_TEXTS = ROOT / "tests/events/import_corpus"
STATEMENT_TEXTS = sorted((ROOT / "tests/statements/corpus").glob("*.txt"))


def nothing_saved():
    return Initiative.objects.count() == Event.objects.count() == Statement.objects.count() == 0


def test_there_are_enough_kinds_of_non_documents():
    assert len(NON_DOCUMENTS) >= 10


@pytest.mark.parametrize("name", sorted(NON_DOCUMENTS))
def test_no_reader_recognises_a_non_document(name):
    kind, scores = detect_kind(NON_DOCUMENTS[name])
    assert (kind, scores) == (None, {"initiative": 0, "event": 0, "statement": 0})


@pytest.mark.parametrize("name", sorted(NON_DOCUMENTS))
def test_the_admin_page_refuses_a_non_document_with_a_400_and_saves_nothing(editor_client, name):
    response = editor_client.post(
        "/admin/import/", {"text": NON_DOCUMENTS[name], "kind": "auto", "preview": "1"}
    )
    assert response.status_code == 400
    assert "This text is not a document the portal can import" in response.content.decode()
    assert "Nothing was saved." in response.content.decode()
    assert "previews" not in response.context
    assert nothing_saved()


@pytest.mark.parametrize("name", sorted(NON_DOCUMENTS))
def test_the_command_refuses_a_non_document_with_an_error_and_saves_nothing(tmp_path, name):
    # A CommandError is what makes manage.py exit with 1 (test_import_document_command.py).
    path = tmp_path / "document.txt"
    path.write_text(NON_DOCUMENTS[name], encoding="utf-8")
    out = StringIO()
    with pytest.raises(CommandError, match="no event, initiative description or ministerial"):
        call_command("import_document", str(path), "--json", stdout=out)
    assert out.getvalue() == ""  # no JSON of a document that is none
    assert nothing_saved()


def test_the_command_line_exits_non_zero_on_a_non_document(tmp_path, capsys):
    path = tmp_path / "recipe.txt"
    path.write_text(NON_DOCUMENTS["a recipe"], encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        execute_from_command_line(["manage.py", "import_document", str(path), "--json"])
    assert exited.value.code == 1
    assert "nothing was saved" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_each_seed_is_recognised_as_its_kind(name):
    kind, scores = detect_kind((DEMO / name).read_text(encoding="utf-8"))
    assert kind == SEEDS[name]
    assert sorted(scores.values())[1] < scores[kind]  # no tie with the runner-up


@pytest.mark.parametrize("name", sorted(EVENT_CORPUS))
def test_each_news_release_of_the_corpus_is_recognised_as_events(name):
    kind, _ = detect_kind((EVENT_TEXTS / name).read_text(encoding="utf-8"))
    # A text the event reader refuses (no event, or no date) is no document of any kind.
    assert kind == (None if isinstance(EVENT_CORPUS[name], Refused) else "event")


@pytest.mark.parametrize("path", STATEMENT_TEXTS, ids=lambda path: path.name)
def test_each_statement_of_the_statement_corpus_is_recognised(path):
    assert detect_kind(path.read_text(encoding="utf-8"))[0] == "statement"


@pytest.mark.parametrize("name", sorted(DESCRIPTIONS))
def test_each_invented_description_is_recognised_as_an_initiative(name):
    assert detect_kind(DESCRIPTIONS[name])[0] == "initiative"
