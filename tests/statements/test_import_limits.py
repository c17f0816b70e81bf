"""Import input limits: every bad input is a 4xx (or a command error) with a message, and
nothing is saved; a BOM is accepted everywhere; a re-import finds a renamed statement."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from apec_portal.demo import content
from core.import_input import ImportInputError, clean_import_text
from events.models import Event
from statements.models import Statement
from tests.portal.test_document_import import post_from

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/import/"
NANJING = (Path(content.__file__).parent / "statements" / "2014-nanjing.txt").read_text()
TITLE = "2014 APEC Small and Medium Enterprises Ministerial Meeting"
LONG_WORD = "Supercalifragilisticexpialidocious"  # 34 letters

LONG_HEADING = "Promoting " + " ".join([LONG_WORD] * 12)  # 13 words, 429 characters
LONG_TITLE = "2014 APEC " + "Small and Medium Enterprises " * 11 + "Ministerial Meeting"
LONG_THEME = "Innovation " + " ".join([LONG_WORD] * 9)
LONG_CHAIR = "H.E. Mr. " + " ".join([LONG_WORD] * 9)
CHAIR_TAIL = ", Minister of Industry and Information Technology of China"
LONG_CITY = "Nanjing " + " ".join([LONG_WORD] * 3)

TOO_LONG = {
    "heading": (
        NANJING.replace(
            "4. Promoting SME Sustainability through Innovation", f"4. {LONG_HEADING}", 1
        ),
        13,
        f"the heading is {len(LONG_HEADING)} characters long; the portal keeps at most 300.",
    ),
    "title": (
        NANJING.replace(TITLE, LONG_TITLE, 1),
        3,
        f"the meeting's title is {len(LONG_TITLE)} characters long; the portal keeps at most 300.",
    ),
    "theme": (
        NANJING.replace("\nInnovation and Sustainability\n", f"\n{LONG_THEME}\n", 1),
        7,
        f"the meeting's theme is {len(LONG_THEME)} characters long; the portal keeps at most 300.",
    ),
    "chair": (
        NANJING.replace("chairmanship of H.E. Mr. Miao Wei", f"chairmanship of {LONG_CHAIR}", 1),
        10,
        f"the meeting's chair is {len(LONG_CHAIR + CHAIR_TAIL)} characters long; the portal "
        "keeps at most 300.",
    ),
    "city": (
        NANJING.replace("Nanjing, People's", f"{LONG_CITY}, People's", 1),
        5,
        f"the meeting's city is {len(LONG_CITY)} characters long; the portal keeps at most 100.",
    ),
}
# A title line too long to be a title is not taken as one (see the test below), so the
# refusals are for the facts and headings the importer does keep.
TOO_LONG_IDS = [name for name in TOO_LONG if name != "title"]


def test_the_long_examples_are_really_longer_than_their_columns():
    assert (len(LONG_HEADING), len(LONG_TITLE), len(LONG_THEME), len(LONG_CITY)) == (
        429,
        348,
        325,
        112,
    )


# --- clean_import_text: the one input check --------------------------------------------------


def test_clean_import_text_drops_byte_order_marks_from_bytes_and_text():
    assert clean_import_text("\ufeffOne\n\ufeffTwo".encode()) == "One\nTwo"
    assert clean_import_text("\ufeffOne") == "One"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            b"one\ntwo\x00\n",
            "Line 2: the text contains a NUL character (a zero byte), which no statement has; "
            "the file is probably not plain text. Save it as UTF-8 text and try again.",
        ),
        (
            "one\n\ntwo\x00",
            "Line 3: the text contains a NUL character (a zero byte), which no statement has; "
            "the file is probably not plain text. Save it as UTF-8 text and try again.",
        ),
        (
            "title\nMinisterial café".encode("latin-1"),
            "Line 2: the text is not UTF-8 (byte 22 cannot be read); save it as UTF-8 and try "
            "again.",
        ),
        (
            "2014 APEC".encode("utf-16"),
            "The file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8 "
            "and try again.",
        ),
        (
            b"x" * 1_000_001,
            "The text is 1,000,001 bytes; an import takes at most 1 MB (1,000,000 bytes). A "
            "ministerial statement is far smaller: check that this is one statement's text.",
        ),
        (
            "é" * 500_001,
            "The text is 1,000,002 bytes; an import takes at most 1 MB (1,000,000 bytes). A "
            "ministerial statement is far smaller: check that this is one statement's text.",
        ),
    ],
    ids=["nul-bytes", "nul-text", "latin-1", "utf-16", "too-large-bytes", "too-large-text"],
)
def test_clean_import_text_refuses_with_a_message(raw, message):
    with pytest.raises(ImportInputError) as error:
        clean_import_text(raw)
    assert error.value.message == message


def test_exactly_one_megabyte_is_accepted():
    assert len(clean_import_text(b"x" * 1_000_000)) == 1_000_000


# --- The admin, as an Editor ----------------------------------------------------------------


def _errors(response):
    form = response.context["form"]
    return [*form.non_field_errors(), *form.errors.get("text", []), *form.errors.get("file", [])]


@pytest.mark.parametrize("field", [name for name in TOO_LONG_IDS if name != "heading"])
@pytest.mark.parametrize("how", ["paste", "upload"])
def test_a_fact_longer_than_its_column_is_a_warning_and_a_400_until_shortened(
    editor_client, field, how
):
    text, line, reason = TOO_LONG[field]
    data = {"kind": "statement", "preview": "1"}
    if how == "paste":
        data["text"] = text
    else:
        data["file"] = SimpleUploadedFile("s.txt", text.encode())
    preview = editor_client.post(IMPORT_URL, data)
    assert preview.status_code == 200
    (record,) = preview.context["previews"]
    length = reason.split(" is ")[1].split(" characters")[0]
    assert [w.line for w in record.warnings if w.code == "too-long" and length in w.message] == [
        line
    ]
    response = editor_client.post(IMPORT_URL, post_from(preview))
    assert response.status_code == 400
    assert "Correct the facts marked below" in _errors(response)[0]
    assert (Statement.objects.count(), Event.objects.count()) == (0, 0)


def test_a_title_line_too_long_to_be_a_title_is_left_out_with_a_warning(editor_client):
    text, line, _ = TOO_LONG["title"]
    preview = editor_client.post(IMPORT_URL, {"text": text, "kind": "statement", "preview": "1"})
    assert preview.status_code == 200
    (parsed,) = preview.context["previews"]
    parsed = parsed.record.parsed
    assert parsed.title == TITLE
    assert [(w.code, w.line) for w in parsed.warnings] == [
        ("header-unread", line),
        ("no-title", None),
    ]
    assert Statement.objects.count() == 0


def test_a_preview_of_a_too_long_heading_is_refused_too(editor_client):
    text, _, reason = TOO_LONG["heading"]
    response = editor_client.post(IMPORT_URL, {"text": text, "kind": "statement", "preview": "1"})
    assert response.status_code == 400
    assert "previews" not in response.context
    assert _errors(response)[0].startswith(f"line 13: {reason}")


NUL_MESSAGE = (
    "Line 3: the text contains a NUL character (a zero byte), which no statement has; the file "
    "is probably not plain text. Save it as UTF-8 text and try again."
)


def test_a_nul_in_an_uploaded_file_confirmed_in_one_post_is_a_400(editor_client):
    text = NANJING.replace(TITLE, TITLE + "\x00", 1)
    upload = SimpleUploadedFile("s.txt", text.encode())
    response = editor_client.post(IMPORT_URL, {"file": upload, "kind": "auto", "confirm": "Save"})
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == [NUL_MESSAGE]
    assert (Statement.objects.count(), Event.objects.count()) == (0, 0)


def test_a_nul_in_pasted_text_gets_the_same_message(editor_client):
    text = NANJING.replace(TITLE, TITLE + "\x00", 1)
    response = editor_client.post(IMPORT_URL, {"text": text, "kind": "auto", "confirm": "Save"})
    assert response.status_code == 400
    assert response.context["form"].errors["text"] == [NUL_MESSAGE]
    assert Statement.objects.count() == 0


@pytest.mark.parametrize("how", ["paste", "upload"])
def test_a_byte_order_mark_at_the_start_is_accepted(editor_client, how):
    if how == "paste":
        data = {"text": "\ufeff" + NANJING, "kind": "statement", "preview": "1"}
    else:
        data = {"file": SimpleUploadedFile("s.txt", ("\ufeff" + NANJING).encode())}
        data["kind"] = "statement"
    preview = editor_client.post(IMPORT_URL, data)
    assert not preview.context["confirm_form"]["text"].value().startswith("\ufeff")
    response = editor_client.post(IMPORT_URL, post_from(preview))
    assert response.status_code == 302
    assert Statement.objects.get().title == TITLE


TOO_LARGE = NANJING + ("\n" + "x" * 99 + ".") * 13_500  # about 1.38 MB


def test_a_paste_over_one_megabyte_is_a_400_with_the_limit(editor_client):
    response = editor_client.post(
        IMPORT_URL, {"text": TOO_LARGE, "kind": "auto", "confirm": "Save"}
    )
    assert response.status_code == 400
    size = len(TOO_LARGE.encode())
    assert response.context["form"].errors["text"] == [
        f"The text is {size:,} bytes; an import takes at most 1 MB (1,000,000 bytes). A "
        "ministerial statement is far smaller: check that this is one statement's text."
    ]
    assert Statement.objects.count() == 0


def test_an_upload_over_one_megabyte_is_a_400_with_the_limit(editor_client):
    upload = SimpleUploadedFile("s.txt", TOO_LARGE.encode())
    response = editor_client.post(IMPORT_URL, {"file": upload, "kind": "auto", "confirm": "Save"})
    assert response.status_code == 400
    assert (
        response.context["form"]
        .errors["file"][0]
        .startswith(f"The text is {len(TOO_LARGE.encode()):,} bytes; an import takes at most 1 MB")
    )
    assert Statement.objects.count() == 0


def test_a_form_larger_than_django_accepts_is_a_413_page_saying_so(editor_client):
    response = editor_client.post(IMPORT_URL, {"text": "x" * 5_000_000, "confirm": "Save"})
    assert response.status_code == 413
    assert "larger than the portal accepts" in response.content.decode()
    assert response["X-Frame-Options"] == "DENY"


def test_the_form_says_what_the_limit_is(editor_client):
    html = editor_client.get(IMPORT_URL).content.decode()
    assert "(at most 1 MB)." in html
    assert "Plain text in UTF-8, up to 1 MB." in html


def test_reimport_after_the_statement_slug_was_renamed_updates_that_statement(editor_client):
    first = editor_client.post(IMPORT_URL, {"text": NANJING, "kind": "statement", "preview": "1"})
    assert editor_client.post(IMPORT_URL, post_from(first)).status_code == 302
    statement = Statement.objects.get()
    Statement.objects.filter(pk=statement.pk).update(slug="nanjing-2014")
    changed = NANJING.replace("H.E. Mr. Miao Wei", "H.E. Ms. Someone Else", 1)
    preview = editor_client.post(IMPORT_URL, {"text": changed, "kind": "statement", "preview": "1"})
    (record,) = preview.context["previews"]
    assert record.existing == statement
    assert "chair" in record.taken  # the last import's chair, unchanged by staff: replaced
    response = editor_client.post(IMPORT_URL, post_from(preview))
    assert response.status_code == 302
    statement = Statement.objects.get()
    assert (statement.slug, statement.chair.split(",")[0]) == (
        "nanjing-2014",
        "H.E. Ms. Someone Else",
    )
    assert Event.objects.count() == 1


# --- The command -----------------------------------------------------------------------------


def _write(tmp_path, data):
    path = tmp_path / "statement.txt"
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("field", TOO_LONG_IDS)
def test_command_refuses_a_fact_longer_than_its_column(tmp_path, field):
    text, line, reason = TOO_LONG[field]
    path = _write(tmp_path, text.encode())
    with pytest.raises(CommandError) as error:
        call_command("import_statement", path, verbosity=0)
    length = reason.split(" is ")[1].split(" characters")[0]
    assert str(error.value).startswith(f"{path}: line {line}: ")
    assert f"is {length} characters long" in str(error.value)
    assert str(error.value).endswith("; nothing was saved")
    assert (Statement.objects.count(), Event.objects.count()) == (0, 0)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (NANJING.replace(TITLE, TITLE + "\x00", 1).encode(), NUL_MESSAGE),
        (TOO_LARGE.encode(), f"The text is {len(TOO_LARGE.encode()):,} bytes; an import"),
        (NANJING.encode("utf-16"), "The file is UTF-16 text"),
    ],
    ids=["nul", "too-large", "utf-16"],
)
def test_command_refuses_bad_input_with_the_same_message(tmp_path, data, message):
    path = _write(tmp_path, data)
    with pytest.raises(CommandError) as error:
        call_command("import_statement", path, verbosity=0)
    assert str(error.value).startswith(f"{path}: {message}")
    assert str(error.value).endswith("Nothing was saved.")
    assert Statement.objects.count() == 0


def test_command_accepts_a_byte_order_mark(tmp_path):
    call_command("import_statement", _write(tmp_path, NANJING.encode("utf-8-sig")), verbosity=0)
    assert Statement.objects.get().title == TITLE


def test_command_reimport_after_both_slugs_were_renamed_updates_the_statement(tmp_path):
    path = _write(tmp_path, NANJING.encode())
    call_command("import_statement", path, verbosity=0)
    statement = Statement.objects.get()
    Statement.objects.filter(pk=statement.pk).update(slug="nanjing-statement")
    Event.objects.filter(pk=statement.meeting_id).update(slug="nanjing-meeting")
    call_command("import_statement", path, "--publish", verbosity=0)
    statement = Statement.objects.get()
    assert (statement.slug, statement.meeting.slug, statement.publication_status) == (
        "nanjing-statement",
        "nanjing-meeting",
        "published",
    )
    assert Event.objects.count() == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a link", "--source-url: 'not a link' is not a web address"),
        (
            "https://example.org/" + "a" * 500,
            "--source-url is 520 characters long; the portal keeps at most 500",
        ),
    ],
)
def test_command_refuses_a_bad_source_url(tmp_path, url, message):
    path = _write(tmp_path, NANJING.encode())
    with pytest.raises(CommandError) as error:
        call_command("import_statement", path, "--source-url", url, verbosity=0)
    assert str(error.value) == message
    assert Statement.objects.count() == 0
