import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from apec_portal.dataset import dataset_json
from events.models import Event
from initiatives.models import Initiative
from statements.models import Statement
from tests.factories import EventFactory, InitiativeFactory, ParagraphFactory, StatementFactory

pytestmark = pytest.mark.django_db


def empty_the_record():
    Statement.objects.all().delete()
    Event.objects.all().delete()
    Initiative.objects.all().delete()


def records_of(text, model):
    return [item for item in json.loads(text) if item["model"] == model]


def test_dataset_round_trips_through_an_empty_database(client, demo, tmp_path):
    response = client.get("/data/dataset.json")
    assert response.status_code == 200
    exported = b"".join(response.streaming_content).decode()
    assert int(response["Content-Length"]) == len(exported.encode())
    assert response["Access-Control-Allow-Origin"] == "*"
    path = tmp_path / "dataset.json"
    path.write_text(exported, encoding="utf-8")

    empty_the_record()
    call_command("load_dataset", str(path), verbosity=0)

    assert dataset_json() == exported
    assert len(records_of(exported, "initiatives.initiative")) == 12
    assert len(records_of(exported, "events.event")) == 16
    assert len(records_of(exported, "statements.statement")) == 2
    assert len(records_of(exported, "statements.paragraph")) == 70
    assert "search_vector" not in exported
    # New records get ids after the loaded ones.
    assert EventFactory().pk > max(item["pk"] for item in records_of(exported, "events.event"))


def test_dataset_leaves_out_drafts_and_links_to_them():
    draft_initiative = InitiativeFactory(slug="draft-initiative", publication_status="draft")
    published = EventFactory(slug="published-forum", initiative=draft_initiative)
    EventFactory(slug="draft-forum", publication_status="draft")
    StatementFactory(slug="draft-statement", publication_status="draft")
    ParagraphFactory(
        statement=StatementFactory(slug="published-statement"), initiatives=[draft_initiative]
    )

    text = dataset_json()

    assert "draft" not in {item["fields"].get("publication_status") for item in json.loads(text)}
    [event] = [e for e in records_of(text, "events.event") if e["pk"] == published.pk]
    assert event["fields"]["initiative"] is None
    [paragraph] = records_of(text, "statements.paragraph")
    assert paragraph["fields"]["initiatives"] == []
    assert "draft-initiative" not in text
    assert "draft-forum" not in text
    assert "draft-statement" not in text


def test_load_dataset_refuses_a_database_that_already_holds_records(tmp_path):
    EventFactory()
    path = tmp_path / "dataset.json"
    path.write_text(dataset_json(), encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("load_dataset", str(path), verbosity=0)
    assert str(error.value) == (
        "The database already holds events; a dataset can only be loaded into an empty database."
    )


def test_load_dataset_rejects_a_file_that_is_not_json_and_saves_nothing(tmp_path):
    path = tmp_path / "dataset.json"
    path.write_text("[{not json", encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("load_dataset", str(path), verbosity=0)
    assert str(error.value).startswith("The file is not valid JSON: ")
    assert Event.objects.count() == 0


def test_load_dataset_dry_run_saves_nothing(tmp_path):
    EventFactory(slug="forum")
    path = tmp_path / "dataset.json"
    path.write_text(dataset_json(), encoding="utf-8")
    empty_the_record()
    call_command("load_dataset", str(path), "--dry-run", verbosity=0)
    assert Event.objects.count() == 0


def test_a_time_with_microseconds_below_a_millisecond_survives_a_round_trip():
    import datetime

    from apec_portal.dataset import DatasetEncoder

    moment = datetime.datetime(2026, 12, 1, 12, 0, 0, 400, tzinfo=datetime.UTC)
    written = DatasetEncoder().encode(moment)
    assert written == '"2026-12-01T12:00:00Z"'
    assert DatasetEncoder().encode(moment.replace(microsecond=0)) == written
    assert DatasetEncoder().encode(moment.replace(microsecond=1500)) == '"2026-12-01T12:00:00.001Z"'


def test_the_sql_made_file_is_byte_for_byte_what_djangos_serializer_writes(demo):
    """PostgreSQL writes each record's text (apec_portal/dataset_sql.py); Django's serializer
    is the reference, on the demo content and on values of every awkward kind."""
    import datetime

    from apec_portal.dataset import serialized_dataset
    from events.models import EventOfficial
    from initiatives.models import Economy, InitiativeObjective
    from tests.factories import SectionFactory, economy, theme

    draft = InitiativeFactory(slug="draft-initiative", publication_status="draft")
    odd = InitiativeFactory(
        title='Quotes " and \\ backslashes, \t tabs, \x01 controls, \u2028 separators, 😀',
        subtitle="ünïcödé — “typographic”",
        aliases=["Café initiative", 'with "quotes"', "日本語", "😀"],
        start_year=None,
        co_implementers=[economy("PHL"), economy("AUS"), economy("CHL")],
        themes=[theme("innovation"), theme("finance")],
    )
    InitiativeObjective.objects.create(initiative=odd, position=1, text="Line one\nline two")
    InitiativeObjective.objects.create(initiative=draft, position=1, text="A draft objective")
    moments = [
        datetime.datetime(2026, 12, 1, 12, 0, 0, micro, tzinfo=datetime.UTC)
        for micro in (0, 400, 999, 1000, 123456, 999999)
    ]
    for number, moment in enumerate(moments):
        event = EventFactory(
            slug=f"moment-{number}",
            initiative=draft if number % 2 else odd,
            end_date=None if number % 2 else datetime.date(2019, 6, 3),
            host=None if number == 3 else economy("THA"),
            co_hosts=[economy("VNM"), economy("NZL")] if number % 2 else [],
        )
        Event.objects.filter(pk=event.pk).update(published_at=moment, updated_at=moment)
        EventOfficial.objects.create(event=event, position=1, name="H.E. Ms. Ünal", role="Chair")
    statement = StatementFactory(slug="awkward-statement", meeting_number=None, incomplete=True)
    section = SectionFactory(statement=statement, position=1, number=None, heading="Ä heading")
    ParagraphFactory(statement=statement, section=section, initiatives=[draft, odd])
    ParagraphFactory(statement=statement, section=None, initiatives=[])
    Economy.objects.filter(code="PHL").update(aliases=["the Philippines", "Pilipinas ñ"])

    reference = serialized_dataset()
    assert dataset_json() == reference
    assert "draft-initiative" not in reference
    # An ArrayField is written as Django writes it: the JSON text of the list, as a string.
    assert '"aliases": "[\\"Café initiative\\", \\"with \\\\\\"quotes' in reference
    assert len(records_of(reference, "events.event")) == 16 + 6 + 1


def test_binary_copy_rows_are_read_whole_however_the_stream_is_cut():
    """The dataset's texts arrive by COPY ... (FORMAT binary); the reader must not depend on
    where the messages end, and must notice a stream that stops before its end marker."""
    import io
    import random

    from django.db import connection

    from apec_portal.dataset_sql import RecordWriter, _BinaryCopyRows

    texts = ["", "plain", "ünïcödé — 😀", "x" * 70_000, '{\n "quotes": "\\""\n}']
    raw = io.BytesIO()
    with connection.cursor() as cursor:
        values = ", ".join(
            cursor.mogrify("(%s, %s)", [n, text]).decode() for n, text in enumerate(texts)
        )
        cursor.copy_expert(
            f"COPY (SELECT text FROM (VALUES {values}) AS t (n, text) ORDER BY n) "
            "TO STDOUT WITH (FORMAT binary)",
            raw,
        )
    stream = raw.getvalue()
    expected = b"\n" + b",\n".join(text.encode() for text in texts)
    generator = random.Random(14)
    for _ in range(50):
        output = io.BytesIO()
        rows = _BinaryCopyRows(RecordWriter(output))
        position = 0
        while position < len(stream):
            step = generator.choice([1, 2, 3, 5, 19, 64, 4096, 100_000])
            rows.write(stream[position : position + step])
            position += step
        assert rows.finished and not rows.pending
        assert output.getvalue() == expected

    cut = _BinaryCopyRows(RecordWriter(io.BytesIO()))
    cut.write(stream[:-2])  # everything but the end marker
    assert not cut.finished


def test_export_dataset_writes_the_file_data_serves(tmp_path):
    EventFactory(slug="an-event", title="Ünïcödé forum")
    path = tmp_path / "dataset.json"
    call_command("export_dataset", str(path), verbosity=0)
    assert path.read_text(encoding="utf-8") == dataset_json()
    assert [e["fields"]["title"] for e in records_of(dataset_json(), "events.event")] == [
        "Ünïcödé forum"
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_connections_write_the_same_file_as_one():
    """Committed data and a transaction of its own: the second half of the file is written
    by a second connection reading the same snapshot (`_shared_snapshot`)."""
    from django.db import connection, transaction

    from apec_portal import dataset
    from events.models import EventOfficial

    snapshots = []
    original = dataset._shared_snapshot

    def spied():
        snapshots.append(original())
        return snapshots[-1]

    event = EventFactory(slug="an-event", co_hosts=[], themes=[])
    EventOfficial.objects.create(event=event, position=1, name="A. Chair", role="Chair")
    ParagraphFactory(
        statement=StatementFactory(slug="a-statement"), initiatives=[InitiativeFactory()]
    )

    dataset._shared_snapshot = spied
    try:
        both = dataset_json()
        with transaction.atomic():  # a caller's transaction that wrote: one connection
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            EventFactory(slug="written-in-this-transaction")
            one = dataset_json()
            transaction.set_rollback(True)
    finally:
        dataset._shared_snapshot = original

    assert snapshots[0] is not None and snapshots[1] is None
    assert both == dataset.serialized_dataset()
    assert "written-in-this-transaction" in one
    assert len(records_of(both, "events.eventofficial")) == 1
    assert len(records_of(both, "statements.paragraph")) == 1
