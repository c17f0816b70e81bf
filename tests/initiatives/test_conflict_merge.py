"""After an edit conflict, the refused changes are applied on top of the current version
(issue 13, item 3): what only one side changed merges by itself, what both changed is chosen,
and nothing is saved before the user confirms."""

import json

import pytest

from core.models import PublicationStatus
from tests.admin_forms import change_form_data, staff_user
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db


def test_refused_changes_merge_over_the_current_version_once_confirmed(editor_client, client):
    record = InitiativeFactory(
        title="Digital SMEs", introduction="First text.", publication_status=PublicationStatus.DRAFT
    )
    url = f"/admin/initiatives/initiative/{record.pk}/change/"
    client.force_login(staff_user("olga.editor", "editor"))
    mine = change_form_data(client.get(url))
    theirs = change_form_data(editor_client.get(url))

    theirs.update(title="Their title", introduction="Their text.")
    assert editor_client.post(url, theirs).status_code == 302

    mine.update(title="My title", subtitle="My subtitle")
    mine.update({"objectives-0-position": "1", "objectives-0-text": "Reach 100 SMEs."})
    refused = client.post(url, mine)
    assert refused.status_code == 200
    assert "Apply my changes on top of the current version" in refused.content.decode()

    page = client.post(url, {**mine, "_merge": "1"})
    assert page.status_code == 200
    assert page.context["automatic"] == [
        {"label": "Subtitle", "shown": "“My subtitle”"},
        {"label": "Initiative objectives", "shown": "1 rows, as you entered them"},
    ]
    assert [(c["label"], c["mine"], c["theirs"]) for c in page.context["conflicts"]] == [
        ("Title", "“My title”", "“Their title”")
    ]
    kept = page.context["mine_json"]
    assert json.loads(kept)["title"] == ["My title"]
    record.refresh_from_db()
    assert (record.title, record.subtitle, record.version) == ("Their title", "", 2)

    unchosen = client.post(url, {"_mine": kept, "_apply": "1"})
    assert unchosen.status_code == 200
    assert unchosen.context["unchosen"] is True
    record.refresh_from_db()
    assert record.version == 2  # nothing saved without a choice for every conflict

    saved = client.post(url, {"_mine": kept, "_apply": "1", "_choose-title": "mine"})
    assert saved.status_code == 302
    record.refresh_from_db()
    assert (record.title, record.subtitle, record.introduction, record.version) == (
        "My title",
        "My subtitle",
        "Their text.",
        3,
    )
    assert [o.text for o in record.objectives.all()] == ["Reach 100 SMEs."]


def test_choosing_the_current_version_keeps_it_and_applies_the_rest(editor_client, client):
    record = InitiativeFactory(title="Digital SMEs", publication_status=PublicationStatus.DRAFT)
    url = f"/admin/initiatives/initiative/{record.pk}/change/"
    client.force_login(staff_user("olga.editor", "editor"))
    mine = change_form_data(client.get(url))
    theirs = change_form_data(editor_client.get(url))
    theirs["title"] = "Their title"
    editor_client.post(url, theirs)
    mine.update(title="My title", start_year="2021")
    kept = client.post(url, {**mine, "_merge": "1"}).context["mine_json"]
    assert (
        client.post(url, {"_mine": kept, "_apply": "1", "_choose-title": "theirs"}).status_code
        == 302
    )
    record.refresh_from_db()
    assert (record.title, record.start_year) == ("Their title", 2021)


def test_a_forged_merge_post_is_refused_without_a_500(client):
    record = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    url = f"/admin/initiatives/initiative/{record.pk}/change/"
    client.force_login(staff_user("olga.editor", "editor"))
    for forged in ("not json", '["a list"]', '{"title": "not a list"}'):
        response = client.post(url, {"_mine": forged, "_apply": "1"})
        assert response.status_code == 400
        assert response.content.decode() == (
            "The merge form was altered, so nothing was saved. Open the record again."
        )
    record.refresh_from_db()
    assert record.version == 1


@pytest.mark.parametrize("choice, kept", [("mine", ["Mine."]), ("theirs", ["Theirs."])])
def test_an_inline_both_sides_changed_is_chosen_as_a_whole_list(
    editor_client, client, choice, kept
):
    record = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    url = f"/admin/initiatives/initiative/{record.pk}/change/"
    client.force_login(staff_user("olga.editor", "editor"))
    mine = change_form_data(client.get(url))
    theirs = change_form_data(editor_client.get(url))
    theirs.update({"objectives-0-position": "1", "objectives-0-text": "Theirs."})
    editor_client.post(url, theirs)
    mine.update({"objectives-0-position": "2", "objectives-0-text": "Mine."})
    page = client.post(url, {**mine, "_merge": "1"})
    assert [(c["label"], c["mine"], c["theirs"]) for c in page.context["conflicts"]] == [
        ("Initiative objectives", "2 · Mine.", "1 · Theirs.")
    ]
    kept_json = page.context["mine_json"]
    response = client.post(url, {"_mine": kept_json, "_apply": "1", "_choose-objectives": choice})
    assert response.status_code == 302
    assert [o.text for o in record.objectives.all()] == kept
