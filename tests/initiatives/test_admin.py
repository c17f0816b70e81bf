import pytest
from reversion.models import Version

from core.models import PublicationStatus
from initiatives.models import Initiative
from tests.admin_forms import change_form_data
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/initiatives/initiative/"


def change_url(initiative):
    return f"/admin/initiatives/initiative/{initiative.pk}/change/"


def open_form(client, initiative):
    response = client.get(change_url(initiative))
    assert response.status_code == 200
    return change_form_data(response)


def action(client, name, *objects):
    return client.post(
        CHANGELIST,
        {"action": name, "_selected_action": [str(o.pk) for o in objects]},
        follow=True,
    )


# Roles and publishing.


def test_editor_cannot_publish_with_the_admin_action(editor_client):
    draft = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    response = action(editor_client, "publish_selected", draft)
    draft.refresh_from_db()
    assert draft.publication_status == "draft"
    assert "publish_selected" not in response.context["action_form"].fields["action"].choices[1:][0]
    names = [name for name, _ in response.context["action_form"].fields["action"].choices]
    assert names == ["", "send_to_review"]


def test_editor_cannot_publish_through_the_change_form(editor_client):
    draft = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    data = open_form(editor_client, draft)
    data["publication_status"] = "published"
    response = editor_client.post(change_url(draft), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["publication_status"] == [
        "Select a valid choice. published is not one of the available choices."
    ]
    draft.refresh_from_db()
    assert (draft.publication_status, draft.published_at) == ("draft", None)


def test_editor_edits_a_draft_without_publishing_it(editor_client):
    draft = InitiativeFactory(title="Old title", publication_status=PublicationStatus.DRAFT)
    data = open_form(editor_client, draft)
    data["title"] = "New title"
    response = editor_client.post(change_url(draft), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.title, draft.publication_status, draft.version) == ("New title", "draft", 2)


def test_editor_can_send_a_draft_for_review(editor_client):
    draft = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    response = action(editor_client, "send_to_review", draft)
    assert [str(m) for m in response.context["messages"]] == ["Sent 1 initiative for review."]
    draft.refresh_from_db()
    assert draft.publication_status == "review"


def test_publisher_publishes_and_unpublishes_with_the_admin_actions(publisher_client, publisher):
    first = InitiativeFactory(publication_status=PublicationStatus.REVIEW)
    second = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    response = action(publisher_client, "publish_selected", first, second)
    assert [str(m) for m in response.context["messages"]] == ["Published 2 initiatives."]
    first.refresh_from_db()
    assert first.publication_status == "published"
    assert first.published_at is not None
    version = Version.objects.get_for_object(first).first()
    assert (version.revision.user, version.revision.comment) == (publisher, "Published.")

    action(publisher_client, "unpublish_selected", first)
    first.refresh_from_db()
    assert (first.publication_status, first.published_at) == ("draft", None)


def test_publisher_publishes_through_the_change_form(publisher_client):
    draft = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    data = open_form(publisher_client, draft)
    data["publication_status"] = "published"
    assert publisher_client.post(change_url(draft), data).status_code == 302
    draft.refresh_from_db()
    assert draft.publication_status == "published"
    assert draft.published_at is not None


def test_draft_is_hidden_from_anonymous_visitors_and_previewed_by_staff(client, editor_client):
    draft = InitiativeFactory(title="Secret plan", publication_status=PublicationStatus.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = editor_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="draft-banner"') == 1
    assert "Draft — not public." in html


def test_published_page_has_no_draft_banner_for_staff(editor_client):
    published = InitiativeFactory()
    response = editor_client.get(published.get_absolute_url())
    assert response.content.decode().count("draft-banner") == 0


# Validation.


def test_change_form_says_an_initiative_cannot_end_before_it_starts(editor_client):
    initiative = InitiativeFactory(start_year=2019)
    data = open_form(editor_client, initiative)
    data["end_year"] = "2015"
    response = editor_client.post(change_url(initiative), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end_year"] == [
        "An initiative cannot end before it starts (it starts in 2019)."
    ]


# No lost edits.


def test_second_save_over_a_changed_version_is_a_conflict_and_the_first_edit_survives(
    editor_client, publisher_client
):
    initiative = InitiativeFactory(
        title="Digital SMEs", introduction="First text.", publication_status=PublicationStatus.DRAFT
    )
    first = open_form(editor_client, initiative)
    second = open_form(publisher_client, initiative)

    first["introduction"] = "Text from the editor."
    assert editor_client.post(change_url(initiative), first).status_code == 302

    second["title"] = "Title from the publisher"
    response = publisher_client.post(change_url(initiative), second)
    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert errors[0].startswith("Your changes were NOT saved: someone else saved this initiative")
    assert errors[1].startswith("Saved by eddie.editor at ")
    assert errors[2] == "Introduction: “First text.” → “Text from the editor.”"
    assert "Text from the editor." in response.content.decode()
    initiative.refresh_from_db()
    assert (initiative.title, initiative.introduction) == ("Digital SMEs", "Text from the editor.")


def test_an_inline_only_edit_also_moves_the_version_on(editor_client, publisher_client):
    initiative = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    first = open_form(editor_client, initiative)
    second = open_form(publisher_client, initiative)
    first["objectives-0-position"] = "1"
    first["objectives-0-text"] = "Help SMEs go digital."
    assert editor_client.post(change_url(initiative), first).status_code == 302

    second["objectives-0-position"] = "1"
    second["objectives-0-text"] = "A competing objective."
    response = publisher_client.post(change_url(initiative), second)
    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert errors[2].startswith("Initiative objective 1) Help SMEs go digital.: added")
    assert [o.text for o in initiative.objectives.all()] == ["Help SMEs go digital."]


def test_saving_twice_in_a_row_from_fresh_forms_is_no_conflict(editor_client):
    initiative = InitiativeFactory(title="One", publication_status=PublicationStatus.DRAFT)
    for title in ["Two", "Three"]:
        data = open_form(editor_client, initiative)
        data["title"] = title
        assert editor_client.post(change_url(initiative), data).status_code == 302
    initiative.refresh_from_db()
    assert (initiative.title, initiative.version) == ("Three", 3)


# History and restore.


def test_history_shows_both_edits_with_their_authors_and_a_restore_brings_the_text_back(
    editor_client, publisher_client
):
    initiative = InitiativeFactory(
        title="Digital SMEs",
        introduction="Original text.",
        publication_status=PublicationStatus.DRAFT,
    )
    data = open_form(editor_client, initiative)
    data["introduction"] = "Editor's text."
    assert editor_client.post(change_url(initiative), data).status_code == 302
    data = open_form(publisher_client, initiative)
    data["title"] = "Digital SMEs in APEC"
    assert publisher_client.post(change_url(initiative), data).status_code == 302

    response = editor_client.get(f"/admin/initiatives/initiative/{initiative.pk}/history/")
    assert response.status_code == 200
    entries = response.context["action_list"]
    assert [
        (e["revision"].user and e["revision"].user.username, e["changes"]) for e in entries
    ] == [
        ("pat.publisher", ["Title: “Digital SMEs” → “Digital SMEs in APEC”"]),
        ("eddie.editor", ["Introduction: “Original text.” → “Editor's text.”"]),
        (None, ["First recorded version."]),
    ]
    html = response.content.decode()
    assert html.count('class="history-entry"') == 3

    # Restore the editor's version: the publisher's title goes, the editor's text stays.
    restore_url = entries[1]["url"]
    response = editor_client.get(restore_url)
    assert response.status_code == 200
    form_data = change_form_data(response)
    assert form_data["introduction"] == "Editor's text."
    assert form_data["title"] == "Digital SMEs"
    initiative.refresh_from_db()
    assert initiative.title == "Digital SMEs in APEC"  # looking at an old version changes nothing

    response = editor_client.post(restore_url, form_data)
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert (initiative.title, initiative.introduction) == ("Digital SMEs", "Editor's text.")
    latest = Version.objects.get_for_object(initiative).first()
    assert latest.revision.user.username == "eddie.editor"
    assert latest.revision.comment.startswith("Reverted to previous version")


def test_restoring_an_old_version_does_not_let_an_editor_publish(editor_client, publisher_client):
    initiative = InitiativeFactory(title="Was public")
    action(publisher_client, "unpublish_selected", initiative)
    published_version = Version.objects.get_for_object(initiative).order_by("pk").first()
    url = f"/admin/initiatives/initiative/{initiative.pk}/history/{published_version.pk}/"
    response = editor_client.get(url)
    editor_client.post(url, change_form_data(response))
    initiative.refresh_from_db()
    assert initiative.publication_status == "draft"


def test_a_restore_over_a_newer_edit_is_a_conflict(editor_client, publisher_client):
    initiative = InitiativeFactory(title="A", publication_status=PublicationStatus.DRAFT)
    data = open_form(editor_client, initiative)
    data["title"] = "B"
    editor_client.post(change_url(initiative), data)
    first = Version.objects.get_for_object(initiative).order_by("pk").first()
    url = f"/admin/initiatives/initiative/{initiative.pk}/history/{first.pk}/"
    restore_form = change_form_data(editor_client.get(url))
    data = open_form(publisher_client, initiative)
    data["title"] = "C"
    publisher_client.post(change_url(initiative), data)

    response = editor_client.post(url, restore_form)
    assert response.status_code == 200
    initiative.refresh_from_db()
    assert initiative.title == "C"


def test_history_page_runs_a_fixed_number_of_queries(editor_client, django_assert_num_queries):
    initiative = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    for title in ["One", "Two", "Three", "Four"]:
        data = open_form(editor_client, initiative)
        data["title"] = title
        editor_client.post(change_url(initiative), data)
    with django_assert_num_queries(10):  # 9, and the changes proposed for review
        response = editor_client.get(f"/admin/initiatives/initiative/{initiative.pk}/history/")
    assert response.status_code == 200
    assert "Change history: Four" in response.content.decode()
    assert len(response.context["action_list"]) == 5  # the first recorded version and 4 edits


def test_changelist_runs_a_fixed_number_of_queries(editor_client, django_assert_num_queries):
    first = InitiativeFactory()
    with django_assert_num_queries(12):
        response = editor_client.get(CHANGELIST)
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
    assert first.title in response.content.decode()
    InitiativeFactory.create_batch(6)
    with django_assert_num_queries(12):
        response = editor_client.get(CHANGELIST)
    assert response.status_code == 200
    assert response.context["cl"].result_count == 7
    assert Initiative.objects.count() == 7
