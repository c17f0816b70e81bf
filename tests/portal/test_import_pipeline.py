"""The import pipeline: re-import keeps staff work, an Editor's re-import of a published
record waits for a Publisher, `--json` is JSON alone, `--publish` lists every missing
fact, and a reader is stopped at the time limit."""

import io
import json
import threading
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from core.importing.pipeline import ImportTimeout, with_time_limit
from core.models import PendingChange
from events.models import Event
from statements.models import Statement
from tests.initiatives.initiative_texts import DESCRIPTIONS
from tests.portal.test_document_import import NEWS_RELEASE, STATEMENT, URL, post_from

pytestmark = pytest.mark.django_db
TESTS = Path(__file__).resolve().parents[1]
CORPORA = [
    *(("event", path) for path in sorted((TESTS / "events/import_corpus").glob("*.txt"))),
    *(("statement", path) for path in sorted((TESTS / "statements/corpus").glob("*.txt"))),
    *(
        ("initiative", path)
        for path in sorted((TESTS.parent / "apec_portal/demo/initiatives").glob("*.txt"))
    ),
]


def preview_of(client, text, kind="auto"):
    response = client.post(URL, {"text": text, "kind": kind, "preview": "1"})
    assert response.status_code == 200, response.content.decode()[:2000]
    return response


def test_staff_corrections_survive_a_reimport(editor_client):
    first = preview_of(editor_client, NEWS_RELEASE)
    assert editor_client.post(URL, post_from(first)).status_code == 302
    event = Event.objects.get()
    # Staff add a venue and a co-host by hand and change the kind.
    event.venue = "Hall B, Lima Convention Center"
    event.kind = "workshop"
    event.source_url = "https://example.org/release"
    event.save()
    event.co_hosts.add("CHL")
    again = preview_of(editor_client, NEWS_RELEASE)
    (record,) = again.context["previews"]
    assert record.existing == event
    rows = {row.name: row for row in record.diff_rows}
    assert rows["kind"].staff_changed and "kind" not in record.taken
    html = again.content.decode()
    assert "Hall B, Lima Convention Center" in html and "(changed by staff)" in html
    assert editor_client.post(URL, post_from(again)).status_code == 302
    event.refresh_from_db()
    assert (event.venue, event.kind) == ("Hall B, Lima Convention Center", "workshop")
    assert event.source_url == "https://example.org/release"
    assert list(event.co_hosts.values_list("code", flat=True)) == ["CHL"]
    assert Event.objects.count() == 1
    # Ticking the newly read value takes it.
    again = preview_of(editor_client, NEWS_RELEASE)
    editor_client.post(URL, post_from(again, **{"rec-0-take-kind": "on"}))
    event.refresh_from_db()
    assert (event.kind, event.venue) == ("forum", "Hall B, Lima Convention Center")


def test_an_editors_reimport_of_a_published_statement_changes_nothing_until_published(
    editor_client, publisher_client, caches_on, client
):
    call_command("import_document", _write(STATEMENT), kind="statement", publish=True,
                 stdout=io.StringIO(), stderr=io.StringIO())  # fmt: skip
    statement = Statement.objects.get()
    assert statement.is_published and statement.meeting.is_published
    public = client.get(statement.get_absolute_url()).content.decode()
    changed = STATEMENT.replace("Nanjing", "Suzhou")
    old_paragraph = statement.paragraphs.order_by("number").first()
    changed = changed.replace(
        old_paragraph.text[:40], "Ministers agreed anew " + old_paragraph.text[:20]
    )
    preview = preview_of(editor_client, changed, "statement")
    (record,) = preview.context["previews"]
    assert record.proposes and record.existing == statement
    response = editor_client.post(URL, post_from(preview, **{"rec-0-take-city": "on"}))
    assert response.status_code == 302
    statement.refresh_from_db()
    statement.meeting.refresh_from_db()
    assert statement.meeting.city == "Nanjing"
    assert statement.paragraphs.order_by("number").first().text == old_paragraph.text
    assert "Suzhou" not in client.get(statement.get_absolute_url()).content.decode()
    assert client.get(statement.get_absolute_url()).content.decode() == public
    waiting = PendingChange.objects.for_record(statement).pending().get()
    meeting_change = PendingChange.objects.for_record(statement.meeting).pending().get()
    assert meeting_change.data["city"] == ["Suzhou"]
    # The Publisher publishes both: now it is live.
    for record, admin_path in (
        (statement, "statements/statement"),
        (statement.meeting, "events/event"),
    ):
        url = f"/admin/{admin_path}/{record.pk}/review/"
        review = publisher_client.get(url)
        assert review.status_code == 200
        assert publisher_client.post(url, {"_publish": "1"}).status_code == 302
    waiting.refresh_from_db()
    assert waiting.state == PendingChange.State.PUBLISHED
    statement.meeting.refresh_from_db()
    assert statement.meeting.city == "Suzhou"
    assert statement.paragraphs.order_by("number").first().text.startswith("Ministers agreed anew")


def test_an_editors_reimport_of_a_published_event_waits_for_a_publisher(editor_client):
    call_command("import_document", _write(NEWS_RELEASE), kind="event", publish=True,
                 stdout=io.StringIO(), stderr=io.StringIO())  # fmt: skip
    event = Event.objects.get()
    assert event.is_published
    preview = preview_of(editor_client, NEWS_RELEASE)
    assert preview.context["previews"][0].proposes
    response = editor_client.post(URL, post_from(preview, **{"rec-0-venue": "Lima Congress Hall"}))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.venue != "Lima Congress Hall"
    waiting = PendingChange.objects.for_record(event).pending().get()
    assert waiting.data["venue"] == ["Lima Congress Hall"]


def _write(text, name="document.txt"):
    import tempfile

    folder = Path(tempfile.mkdtemp())
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("kind", "path"), CORPORA, ids=lambda v: getattr(v, "name", v))
def test_json_alone_on_stdout_for_every_corpus_text(kind, path):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_document", str(path), kind=kind, json=True, dry_run=True,
                     stdout=out, stderr=err)  # fmt: skip
    except CommandError as refused:
        assert out.getvalue() == ""  # a refusal prints no half JSON
        assert "nothing was saved" in str(refused)
        return
    shape = json.loads(out.getvalue())
    assert shape["shape"] == 1 and shape["kind"] == kind and shape["dry_run"] is True
    for record in shape["records"]:
        assert record["type"] == kind
        for fact in record["facts"].values():
            assert set(fact) == {"value", "line", "span", "cue", "confidence"}
        assert isinstance(record["not_found"], list) and isinstance(record["warnings"], list)


@pytest.mark.parametrize("name", sorted(DESCRIPTIONS))
def test_json_alone_on_stdout_for_every_initiative_description(name):
    out = io.StringIO()
    path = _write(DESCRIPTIONS[name])
    try:
        call_command("import_document", path, kind="initiative", json=True, dry_run=True,
                     stdout=out, stderr=io.StringIO())  # fmt: skip
    except CommandError:
        assert out.getvalue() == ""
        return
    assert json.loads(out.getvalue())["records"][0]["type"] == "initiative"


def test_publish_lists_every_missing_fact_at_once(monkeypatch):
    from events import import_kind

    monkeypatch.setattr(import_kind.EventKind, "required", ("title", "venue", "officials"))
    err = io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("import_document", _write(NEWS_RELEASE.replace("hosted by Peru", "")),
                     kind="event", publish=True, stdout=io.StringIO(), stderr=err)  # fmt: skip
    assert "lacks: Venue, Officials who spoke" in str(refused.value)
    assert "No venue found" in err.getvalue()
    assert Event.objects.count() == 0


def test_a_reader_past_the_time_limit_is_stopped_with_a_clear_message(settings, editor_client):
    def forever():
        while True:
            time.sleep(0.001)

    with pytest.raises(ImportTimeout, match=r"longer than 0\.2 seconds"):
        with_time_limit(forever, seconds=0.2)
    # In a worker thread (gunicorn's gthread) too.
    caught = []

    def in_thread():
        try:
            with_time_limit(forever, seconds=0.2)
        except ImportTimeout as exc:
            caught.append(str(exc))

    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join(5)
    assert caught and "stopped" in caught[0]
    assert with_time_limit(lambda: 42, seconds=0.2) == 42
    time.sleep(0.3)  # a finished read is never interrupted afterwards
    # The page says so, and saves nothing.
    from events import import_kind

    settings.IMPORT_READ_TIMEOUT = 0.2
    original = import_kind.EventKind.read
    import_kind.EventKind.read = lambda self, text, source_url="": forever()
    try:
        response = editor_client.post(URL, {"text": NEWS_RELEASE, "kind": "event", "preview": "1"})
    finally:
        import_kind.EventKind.read = original
    assert response.status_code == 400
    assert "took longer than 0.2 seconds, so it was stopped" in response.content.decode()


def test_the_preview_marks_each_fact_by_its_span_and_works_without_spans(editor_client):
    from core.importing import ImportResult
    from events import import_kind

    response = preview_of(editor_client, NEWS_RELEASE)
    assert 'id="import-source"' in response.content.decode()
    original = import_kind.EventKind.read

    def with_span(self, text, source_url=""):
        result = original(self, text, source_url=source_url)
        record = result.records[0]
        start = text.index("Convention Center")
        record.fact("venue", "Convention Center", 4, span=(start, start + 17), cue="at")
        return result

    import_kind.EventKind.read = with_span
    try:
        marked = preview_of(editor_client, NEWS_RELEASE).content.decode()
    finally:
        import_kind.EventKind.read = original
    assert (
        '<mark class="fact-mark"><span class="fact-label">Venue:</span> Convention Center</mark>'
        in marked
    )
    assert isinstance(ImportResult("event", "x").fact("a", 1).span, type(None))


def test_staff_edits_to_a_statements_paragraphs_survive_a_reimport_unless_ticked(editor_client):
    first = preview_of(editor_client, STATEMENT, "statement")
    assert editor_client.post(URL, post_from(first)).status_code == 302
    statement = Statement.objects.get()
    paragraph = statement.paragraphs.get(number=2)
    paragraph.text = "Staff rewrote this paragraph."
    paragraph.save()
    changed = STATEMENT.replace("Nanjing", "Nanjing City", 1)
    again = preview_of(editor_client, changed, "statement")
    (record,) = again.context["previews"]
    rows = {row.name: row for row in record.diff_rows}
    assert rows["paragraphs"].staff_changed and "paragraphs" not in record.taken
    assert "Paragraphs and headings" in again.content.decode()
    assert editor_client.post(URL, post_from(again)).status_code == 302
    assert statement.paragraphs.get(number=2).text == "Staff rewrote this paragraph."
    again = preview_of(editor_client, changed, "statement")
    ticked = post_from(again, **{"rec-0-take-paragraphs": "on"})
    assert editor_client.post(URL, ticked).status_code == 302
    assert statement.paragraphs.get(number=2).text != "Staff rewrote this paragraph."
    assert statement.paragraphs.count() == 31


def test_recognising_the_kind_is_under_the_time_limit_too(settings, editor_client, monkeypatch):
    from core.importing import pipeline

    def slow(text, kinds=None):
        while True:
            time.sleep(0.001)

    settings.IMPORT_READ_TIMEOUT = 0.2
    monkeypatch.setattr("apec_portal.document_import.detect_kind", slow)
    response = editor_client.post(URL, {"text": NEWS_RELEASE, "kind": "auto", "preview": "1"})
    assert response.status_code == 400
    assert "took longer than 0.2 seconds" in response.content.decode()
    assert pipeline.read_timeout() == 0.2


def test_marks_nest_the_narrow_in_the_wide_and_drop_a_crossing_one():
    from apec_portal.document_import import marked_text
    from core.importing import FactField, ImportResult

    text = "The APEC Forum on Exports opens in Lima today."
    record = ImportResult("event", text)
    record.fact("title", "APEC Forum on Exports", span=(4, 25))
    record.fact("kind", "forum", span=(9, 14))
    record.fact("city", "Lima", span=(35, 39))
    record.fact("venue", "crossing", span=(20, 37))  # crosses the title and the city
    record.fact("summary", "a whole paragraph", span=(0, 400))  # too wide to mark
    record.fact("chair", "no span")
    specs = [FactField("title", "Title"), FactField("kind", "Kind"), FactField("city", "City")]
    assert marked_text(text, [record], specs) == [
        ("text", "The "),
        ("open", "Title"),
        ("text", "APEC "),
        ("open", "Kind"),
        ("text", "Forum"),
        ("close", ""),
        ("text", " on Exports"),
        ("close", ""),
        ("text", " opens in "),
        ("open", "City"),
        ("text", "Lima"),
        ("close", ""),
        ("text", " today."),
    ]
    # Two records: each mark names its record; no span at all leaves the text as it is.
    assert marked_text(text, [record, record], specs)[1] == (
        "open",
        "Title (record 1); Title (record 2)",
    )
    assert marked_text(text, [ImportResult("event", text)], specs) == [("text", text)]
