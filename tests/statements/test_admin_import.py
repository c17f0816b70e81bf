from pathlib import Path

import pytest
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
from tests.portal.test_document_import import post_from

pytestmark = pytest.mark.django_db

NANJING = (Path(content.__file__).parent / "statements" / "2014-nanjing.txt").read_text()
IMPORT_URL = "/admin/import/"


@pytest.fixture
def accelerator_network():
    return InitiativeFactory(
        title="APEC Accelerator Network", slug="apec-accelerator-network", aliases=["AAN"]
    )


def test_a_statement_preview_shows_its_facts_sections_paragraphs_and_initiatives(
    editor_client, accelerator_network
):
    response = editor_client.post(IMPORT_URL, {"text": NANJING, "kind": "auto", "preview": "1"})
    assert response.status_code == 200
    (record,) = response.context["previews"]
    parsed = record.record.parsed
    assert (parsed.title, parsed.date.isoformat(), parsed.city, parsed.host.code) == (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting",
        "2014-09-05",
        "Nanjing",
        "CHN",
    )
    assert [i.title for i in parsed.initiatives] == ["APEC Accelerator Network"]
    html = response.content.decode()
    assert "9 sections, 31 paragraphs, 1 initiatives named" in html
    assert 'name="confirm"' in html
    assert Statement.objects.count() == 0  # a preview saves nothing


def test_saving_a_statement_makes_drafts_with_history_by_the_editor(
    editor_client, editor, accelerator_network
):
    preview = editor_client.post(IMPORT_URL, {"text": NANJING, "kind": "auto", "preview": "1"})
    response = editor_client.post(IMPORT_URL, post_from(preview))
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
    assert version.revision.comment == "Imported from a document (statement) in the admin."


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
