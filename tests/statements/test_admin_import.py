import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from reversion.models import Version

from apec_portal.demo import content
from statements.models import Statement
from tests.admin_forms import change_form_data
from tests.factories import (
    InitiativeFactory,
    ParagraphFactory,
    SectionFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/statements/statement/import/"
NANJING = (Path(content.__file__).parent / "statements" / "2014-nanjing.txt").read_text()


@pytest.fixture
def accelerator_network():
    return InitiativeFactory(
        title="APEC Accelerator Network", slug="apec-accelerator-network", aliases=["AAN"]
    )


def test_paste_preview_shows_the_facts_sections_paragraphs_and_what_was_recognised(
    editor_client, accelerator_network
):
    response = editor_client.post(IMPORT_URL, {"text": NANJING, "preview": "Preview"})
    assert response.status_code == 200
    parsed = response.context["parsed"]
    assert (parsed.title, parsed.date.isoformat(), parsed.city, parsed.host.code) == (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting",
        "2014-09-05",
        "Nanjing",
        "CHN",
    )
    assert (len(parsed.sections), len(parsed.paragraphs)) == (9, 31)
    assert [i.title for i in parsed.initiatives] == ["APEC Accelerator Network"]
    html = response.content.decode()
    assert '<td id="import-counts">9 sections, 31 paragraphs</td>' in html
    assert "<td>Promoting SME Sustainability through Innovation</td>" in html
    assert 'name="confirm"' in html
    assert Statement.objects.count() == 0  # a preview saves nothing


def test_confirming_the_preview_saves_a_draft_with_history_by_the_editor(
    editor_client, editor, accelerator_network
):
    preview = editor_client.post(IMPORT_URL, {"text": NANJING, "preview": "Preview"})
    confirm = preview.context["confirm_form"]
    response = editor_client.post(
        IMPORT_URL,
        {
            "text": confirm["text"].value(),
            "source_url": "",
            "expected_version": "",
            "confirm": "Save",
        },
    )
    statement = Statement.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/statements/statement/{statement.pk}/change/"
    assert (statement.publication_status, statement.meeting.publication_status) == (
        "draft",
        "draft",
    )
    assert (statement.sections.count(), statement.paragraphs.count()) == (9, 31)
    assert list(statement.paragraphs.get(number=7).initiatives.all()) == [accelerator_network]
    version = Version.objects.get_for_object(statement).get()
    assert version.revision.user == editor
    assert version.revision.comment == "Imported from the statement's text in the admin."
    assert version.revision.version_set.count() == 1 + 1 + 9 + 31  # statement, meeting, rows


def test_uploaded_txt_file_previews_like_pasted_text(editor_client):
    upload = SimpleUploadedFile("2014.txt", NANJING.encode(), content_type="text/plain")
    response = editor_client.post(IMPORT_URL, {"file": upload, "preview": "Preview"})
    assert response.status_code == 200
    assert len(response.context["parsed"].paragraphs) == 31


def test_upload_that_is_not_utf8_text_gets_a_clear_error(editor_client):
    upload = SimpleUploadedFile("x.txt", "Ministerial café".encode("latin-1"))
    response = editor_client.post(IMPORT_URL, {"file": upload, "preview": "Preview"})
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == [
        "Line 1: the text is not UTF-8 (byte 16 cannot be read); save it as UTF-8 and try again."
    ]


def test_text_without_a_body_gets_an_error_naming_the_line_and_what_was_expected(editor_client):
    text = "Skip to main content\n\nMinutes of a meeting\nAttendance list"
    response = editor_client.post(IMPORT_URL, {"text": text, "confirm": "Save"})
    assert response.status_code == 400
    assert response.context["form"].non_field_errors() == [
        "Line 4: no statement body was found: no numbered paragraph and no paragraph of prose "
        "— the line reads: “Attendance list”. Nothing was saved; expected a ministerial "
        "statement: its paragraphs, numbered ('1. We, the APEC Ministers responsible for SMEs, "
        "met in …') or as plain prose, after the meeting's title."
    ]
    assert Statement.objects.count() == 0


def test_an_unknown_place_is_a_warning_and_saving_waits_for_the_host(editor_client):
    text = "2014 APEC SME Ministerial Meeting\nPoseidonia, Atlantis | 5 May 2014\n\n1. We met.\n"
    preview = editor_client.post(IMPORT_URL, {"text": text, "preview": "Preview"})
    assert preview.status_code == 200
    html = preview.content.decode()
    assert (
        "Line 2: “Poseidonia” is neither an APEC economy nor a known host city; choose the host "
        "economy in the preview"
    ) in html
    response = editor_client.post(IMPORT_URL, {"text": text, "confirm": "Save"})
    assert response.status_code == 400
    assert response.context["corrections"].errors["host"] == ["This field is required."]
    assert Statement.objects.count() == 0


def corrected_post(preview, **changes):
    """The confirmation a browser sends from the preview, with some facts changed."""
    corrections = preview.context["corrections"]
    data = {
        "text": preview.context["confirm_form"]["text"].value(),
        "source_url": "",
        "expected_version": "",
        "confirm": "Save",
    }
    for field in corrections:
        value = field.value()
        if isinstance(value, bool) or value in (True, False):
            if value:
                data[field.html_name] = "on"
        else:
            data[field.html_name] = "" if value is None else value
    for name, value in changes.items():
        if value is False:
            data.pop(f"fact-{name}", None)
        else:
            data[f"fact-{name}"] = value
    return data


def test_preview_shows_each_fact_with_its_line_and_every_warning(editor_client):
    text = (Path(__file__).parent / "corpus" / "17_2010_date_conflict.txt").read_text()
    response = editor_client.post(IMPORT_URL, {"text": text, "preview": "Preview"})
    assert response.status_code == 200
    evidence = [
        (label, fact.value, fact.line) if fact else (label, None, None)
        for label, fact in response.context["evidence"]
    ]
    assert evidence == [
        ("Title", "2010 APEC Small and Medium Enterprises Ministerial Meeting", 1),
        ("Meeting number", 17, 4),
        ("First day", datetime.date(2010, 10, 2), 4),
        ("Last day", None, 4),
        ("City", "Gifu", 2),
        ("Host economy", "JPN", 2),
        ("Held online", False, None),
        ("Theme", None, None),
        ("Chair", "Mr. Akihiro Ohata, Minister of Economy, Trade and Industry of Japan", 4),
        ("Incomplete text", False, None),
    ]
    html = response.content.decode()
    assert "<td>2</td>\n        <td><q>Gifu, Japan | 1 October 2010</q></td>" in html
    assert "<h2>Warnings (1)</h2>" in html
    assert (
        "Line 2: The opening paragraph (line 4) gives 2 October 2010 but the place-and-date line "
        "(line 2) gives 1 October 2010; kept 2 October 2010"
    ) in html
    assert (
        'name="fact-title" value="2010 APEC Small and Medium Enterprises Ministerial Meeting"'
        in html
    )
    assert Statement.objects.count() == 0


def test_what_staff_correct_in_the_preview_is_what_is_saved(editor_client):
    text = (Path(__file__).parent / "corpus" / "17_2010_date_conflict.txt").read_text()
    preview = editor_client.post(IMPORT_URL, {"text": text, "preview": "Preview"})
    data = corrected_post(
        preview,
        title="2010 APEC SME Ministerial Meeting, Gifu",
        meeting_number="17",
        start_date="2010-10-01",
        end_date="2010-10-02",
        city="Gifu City",
        host="JPN",
        virtual="on",
        meeting_theme="Growth through SMEs",
        chair="Mr. Akihiro Ohata",
    )
    response = editor_client.post(IMPORT_URL, data)
    assert response.status_code == 302
    statement = Statement.objects.get()
    meeting = statement.meeting
    assert (statement.title, statement.slug, statement.meeting_theme, statement.chair) == (
        "2010 APEC SME Ministerial Meeting, Gifu",
        "2010-apec-sme-ministerial-meeting-gifu",
        "Growth through SMEs",
        "Mr. Akihiro Ohata",
    )
    assert (meeting.start_date, meeting.end_date, meeting.city, meeting.host_id) == (
        datetime.date(2010, 10, 1),
        datetime.date(2010, 10, 2),
        "Gifu City",
        "JPN",
    )
    assert meeting.virtual is True
    assert statement.paragraphs.count() == 3


def test_a_last_day_before_the_first_is_refused_in_the_preview(editor_client):
    preview = editor_client.post(IMPORT_URL, {"text": NANJING, "preview": "Preview"})
    response = editor_client.post(IMPORT_URL, corrected_post(preview, end_date="2014-09-01"))
    assert response.status_code == 400
    assert response.context["corrections"].non_field_errors() == [
        "The last day (1 September 2014) is before the first (5 September 2014)."
    ]
    assert Statement.objects.count() == 0


def test_a_fact_too_long_for_its_column_is_refused_in_the_preview_until_shortened(editor_client):
    long_theme = ("Innovation " * 30).strip()
    text = NANJING.replace("Innovation and Sustainability\n", f"“{long_theme}”\n", 1)
    preview = editor_client.post(IMPORT_URL, {"text": text, "preview": "Preview"})
    assert preview.status_code == 200
    html = preview.content.decode()
    assert 'id="import-too-long"' in html
    assert "Line 7: The meeting theme is 329 characters long but at most 300 can be kept" in html
    assert preview.context["corrections"].errors["meeting_theme"] == [
        "Ensure this value has at most 300 characters (it has 329)."
    ]
    refused = editor_client.post(IMPORT_URL, corrected_post(preview))
    assert refused.status_code == 400
    assert Statement.objects.count() == 0
    saved = editor_client.post(IMPORT_URL, corrected_post(preview, meeting_theme="Innovation"))
    assert saved.status_code == 302
    assert Statement.objects.get().meeting_theme == "Innovation"


def test_empty_import_says_what_to_do(editor_client):
    response = editor_client.post(IMPORT_URL, {"text": "  ", "preview": "Preview"})
    assert response.status_code == 400
    assert response.context["form"].non_field_errors() == [
        "Paste the statement's text or choose a .txt file."
    ]


def test_reimport_over_a_statement_changed_since_the_preview_saves_nothing(editor_client):
    preview = editor_client.post(IMPORT_URL, {"text": NANJING, "preview": "Preview"})
    editor_client.post(IMPORT_URL, {"text": NANJING, "confirm": "Save"})
    statement = Statement.objects.get()
    preview = editor_client.post(IMPORT_URL, {"text": NANJING, "preview": "Preview"})
    expected = preview.context["confirm_form"]["expected_version"].value()
    assert expected == statement.version
    statement.chair = "Changed meanwhile"
    statement.save()
    response = editor_client.post(
        IMPORT_URL, {"text": NANJING, "expected_version": expected, "confirm": "Save"}
    )
    assert response.status_code == 409
    statement.refresh_from_db()
    assert statement.chair == "Changed meanwhile"


def test_import_page_needs_the_add_permission(client, django_user_model):
    user = django_user_model.objects.create_user("visitor", is_staff=True)
    client.force_login(user)
    assert client.get(IMPORT_URL).status_code == 403


def test_paragraph_numbers_must_be_unique_in_their_statement(editor_client):
    statement = StatementFactory()
    ParagraphFactory(statement=statement, number=1)
    ParagraphFactory(statement=statement, number=2)
    url = f"/admin/statements/statement/{statement.pk}/change/"
    data = change_form_data(editor_client.get(url))
    data["paragraphs-1-number"] = "1"
    response = editor_client.post(url, data)
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][1].formset
    assert formset.forms[1].errors["number"] == [
        "Number 1 is already used by another paragraph of this statement; a number is unique "
        "in its statement."
    ]
    assert sorted(statement.paragraphs.values_list("number", flat=True)) == [1, 2]


def test_paragraph_text_edit_conflicts_with_an_earlier_one_and_history_restores_it(
    editor_client, publisher_client
):
    statement = StatementFactory(publication_status="draft")
    ParagraphFactory(statement=statement, number=1, text="Original paragraph.")
    url = f"/admin/statements/statement/{statement.pk}/change/"
    first = change_form_data(editor_client.get(url))
    second = change_form_data(publisher_client.get(url))
    first["paragraphs-0-text"] = "Corrected paragraph."
    assert editor_client.post(url, first).status_code == 302
    second["paragraphs-0-text"] = "Competing paragraph."
    response = publisher_client.post(url, second)
    errors = response.context["adminform"].form.non_field_errors()
    assert errors[2] == "Paragraph ¶1: Text: “Original paragraph.” → “Corrected paragraph.”"
    assert statement.paragraphs.get().text == "Corrected paragraph."

    history = editor_client.get(f"/admin/statements/statement/{statement.pk}/history/")
    first_version_url = history.context["action_list"][-1]["url"]
    restore = change_form_data(editor_client.get(first_version_url))
    assert editor_client.post(first_version_url, restore).status_code == 302
    assert statement.paragraphs.get().text == "Original paragraph."


def test_draft_statement_preview_shows_the_banner_to_staff(client, editor_client):
    draft = StatementFactory(publication_status="draft")
    assert client.get(draft.get_absolute_url()).status_code == 404
    html = editor_client.get(draft.get_absolute_url()).content.decode()
    assert html.count("Draft — not public.") == 1


def test_statement_change_form_runs_a_fixed_number_of_queries_whatever_its_length(
    editor_client, django_assert_num_queries
):
    initiatives = InitiativeFactory.create_batch(3)

    def build(count):
        statement = StatementFactory()
        section = SectionFactory(statement=statement, position=1)
        for number in range(1, count + 1):
            ParagraphFactory(
                statement=statement,
                section=section,
                number=number,
                initiatives=initiatives[: 1 + number % 3],
            )
        return f"/admin/statements/statement/{statement.pk}/change/"

    short, long = build(1), build(12)
    editor_client.get(short)  # the first version is recorded on the first visit
    editor_client.get(long)
    with django_assert_num_queries(16):  # 15, and a change waiting for review
        response = editor_client.get(short)
    assert response.status_code == 200
    assert len(response.context["inline_admin_formsets"][1].formset.forms) == 1
    with django_assert_num_queries(16):
        response = editor_client.get(long)
    assert response.status_code == 200
    paragraphs = response.context["inline_admin_formsets"][1].formset
    assert len(paragraphs.forms) == 12
    assert [label for _, label in paragraphs.forms[0].fields["section"].choices] == [
        "---------",
        "A section heading",
    ]
    html = response.content.decode()
    assert html.count(f"selected>{initiatives[0].title}</option>") == 12


def test_editor_can_use_the_autocompletes_the_edit_forms_need(editor_client, accelerator_network):
    def labels(app, model, field, term):
        response = editor_client.get(
            "/admin/autocomplete/",
            {"app_label": app, "model_name": model, "field_name": field, "term": term},
        )
        assert response.status_code == 200
        return [row["text"] for row in response.json()["results"]]

    assert labels("statements", "paragraph", "initiatives", "accelerator") == [
        "APEC Accelerator Network"
    ]
    assert labels("events", "event", "co_hosts", "philipp") == ["The Philippines"]
    assert labels("initiatives", "initiative", "themes", "start") == ["Start-ups"]


def test_reimporting_changed_text_records_the_new_paragraph_text_and_restore_brings_back_the_old(
    editor_client,
):
    editor_client.post(IMPORT_URL, {"text": NANJING, "confirm": "Save"})
    statement = Statement.objects.get()
    old_text = statement.paragraphs.get(number=2).text
    changed = NANJING.replace(
        "We appreciated the active participation", "We valued the participation"
    )
    preview = editor_client.post(IMPORT_URL, {"text": changed, "preview": "Preview"})
    expected = preview.context["confirm_form"]["expected_version"].value()
    editor_client.post(
        IMPORT_URL, {"text": changed, "expected_version": expected, "confirm": "Save"}
    )
    assert statement.paragraphs.get(number=2).text.startswith("We valued the participation")

    history = editor_client.get(f"/admin/statements/statement/{statement.pk}/history/")
    entries = history.context["action_list"]
    assert len(entries) == 2
    assert len(entries[0]["changes"]) == 1
    assert entries[0]["changes"][0].startswith(
        "Paragraph ¶2: Text: “We appreciated the active participation by the business"
    )
    restore_url = entries[1]["url"]
    assert (
        editor_client.post(
            restore_url, change_form_data(editor_client.get(restore_url))
        ).status_code
        == 302
    )
    assert statement.paragraphs.get(number=2).text == old_text
