"""The admin page "Import a document": kinds recognised, preview with evidence, corrections
saved, an existing record updated (never duplicated), stale previews refused, permissions."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse

from events.models import Event
from initiatives.models import Initiative
from statements.models import Statement
from tests.factories import InitiativeFactory
from tests.initiatives.initiative_texts import DESCRIPTIONS

pytestmark = pytest.mark.django_db

URL = "/admin/import/"
DEMO = Path(__file__).resolve().parents[2] / "apec_portal/demo"
DESCRIPTION = DESCRIPTIONS["labelled"]
SEED_002 = (DEMO / "initiatives/002_0681f3e112c3d1bd.txt").read_text(encoding="utf-8")
STATEMENT = (DEMO / "statements/2014-nanjing.txt").read_text(encoding="utf-8")
NEWS_RELEASE = """\
APEC forum on SME exports opens in Lima

LIMA, Peru, 12 March 2024 — The “APEC Forum on Small Exporters” was held at the Lima
Convention Center on 12–13 March 2024, hosted by Peru. Officials from twelve economies
attended the forum and the workshop that followed.
"""


def post_from(preview, **changes):
    """What the preview's form posts when saved, with `changes` ("rec-0-title": …) applied."""
    context = preview.context
    data = {
        name: context["confirm_form"][name].value() or "" for name in ("text", "kind", "source_url")
    }
    for record in context["previews"]:
        for field in record.corrections:
            value = field.value()
            if field.widget_type == "checkbox":
                if value:
                    data[field.html_name] = "on"
                continue
            data[field.html_name] = "" if value is None else str(value)
        data[f"{record.prefix}-expected"] = record.expected
        data[f"{record.prefix}-action"] = record.action
        for name in record.taken:
            data[f"{record.prefix}-take-{name}"] = "on"
    data.update(changes)
    data["confirm"] = "Save"
    return data


def test_the_page_offers_paste_upload_and_kind_to_an_editor(
    editor_client, django_assert_num_queries
):
    with django_assert_num_queries(4):
        response = editor_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<textarea name="text"' in html
    assert 'type="file" name="file"' in html
    assert '<option value="auto" selected>Recognise it</option>' in html
    assert '<option value="initiative">Initiative description</option>' in html


def test_the_admin_index_and_the_change_lists_link_to_it(editor_client):
    assert 'href="/admin/import/"' in editor_client.get("/admin/").content.decode()
    for changelist in (
        "/admin/initiatives/initiative/",
        "/admin/events/event/",
        "/admin/statements/statement/",
    ):
        html = editor_client.get(changelist).content.decode()
        assert '<a href="/admin/import/">Import a document</a>' in html, changelist


def test_a_description_is_recognised_and_previewed_with_each_fact_and_its_line(
    editor_client, django_assert_num_queries
):
    with django_assert_num_queries(11):  # the preview reuses its fact fields for the notes
        response = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    assert response.status_code == 200
    assert response.context["kind_name"] == "initiative"
    html = response.content.decode()
    assert "Read as: <strong>Initiative description</strong>" in html
    assert '<option value="MEX" selected>' in html
    assert 'id="import-source"' in html and "Proposing economy: Mexico" in html
    assert 'name="rec-0-title"' in html and 'name="rec-0-co_implementers"' in html
    assert 'value="CHL, PER, VNM"' in html
    assert "output | An online toolkit in four languages" in html
    assert 'value="save" checked> Keep it: save a new draft' in html
    assert '<option value="event">News release or event page (events)</option>' in html
    assert Initiative.objects.count() == 0  # a preview saves nothing


def test_the_preview_offers_to_read_the_text_as_another_kind(editor_client):
    preview = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    assert 'id="import-change-kind"' in preview.content.decode()
    again = editor_client.post(URL, {"text": DESCRIPTION, "kind": "event", "preview": "1"})
    assert again.status_code == 400  # no event in a description: said, nothing saved
    assert "Nothing was saved." in again.content.decode()
    assert Event.objects.count() == 0


def test_a_corrected_fact_is_what_is_saved_as_a_draft(editor_client, editor):
    preview = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    response = editor_client.post(
        URL,
        post_from(
            preview,
            **{
                "rec-0-end_year": "2024",
                "rec-0-co_implementers": "Chile, PER",
                "rec-0-themes": "Finance",
            },
        ),
    )
    assert response.status_code == 302
    initiative = Initiative.objects.get()
    assert response.url == f"/admin/initiatives/initiative/{initiative.pk}/change/"
    assert not initiative.is_published
    assert (
        initiative.title,
        initiative.proposer_id,
        initiative.start_year,
        initiative.end_year,
    ) == (
        "APEC Cross-Border E-Commerce Toolkit for Small Exporters",
        "MEX",
        2021,
        2024,
    )
    assert sorted(initiative.co_implementers.values_list("code", flat=True)) == ["CHL", "PER"]
    assert list(initiative.themes.values_list("slug", flat=True)) == ["finance"]
    from reversion.models import Version

    version = Version.objects.get_for_object(initiative).first()
    assert version.revision.user == editor
    assert "Imported from a document" in version.revision.comment


def test_a_wrong_correction_is_refused_with_its_message_and_nothing_saved(editor_client):
    preview = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    response = editor_client.post(
        URL, post_from(preview, **{"rec-0-co_implementers": "Atlantis", "rec-0-end_year": "2019"})
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Not known here: “Atlantis”" in html
    assert "The last year (2019) is before the first (2021)." in html
    assert Initiative.objects.count() == 0


def test_a_description_of_an_existing_initiative_offers_to_update_it_and_never_duplicates(
    editor_client,
):
    existing = InitiativeFactory(
        slug="cbec",
        title="E-Commerce Toolkit",
        aliases=["APEC Cross-Border E-Commerce Toolkit for Small Exporters"],
        publication_status="draft",
        lead_agency="Kept",
    )
    preview = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    html = preview.content.decode()
    assert (
        f'This matches <a href="/admin/initiatives/initiative/{existing.pk}/change/">'
        "E-Commerce Toolkit</a> (draft)" in html
    )
    assert 'value="save" checked> Update the existing record' in html
    # Current against newly read: the title staff gave is not ticked, the new years are.
    assert '<input type="checkbox" name="rec-0-take-title" value="on">' in html
    assert '<input type="checkbox" name="rec-0-take-end_year" value="on" checked>' in html
    skipped = editor_client.post(URL, post_from(preview, **{"rec-0-action": "skip"}))
    assert skipped.status_code == 302
    existing.refresh_from_db()
    assert existing.end_year is None  # skipped: unchanged
    updated = editor_client.post(URL, post_from(preview))
    assert updated.status_code == 302
    assert Initiative.objects.count() == 1
    existing.refresh_from_db()
    assert (existing.slug, existing.end_year, existing.lead_agency) == ("cbec", 2023, "Kept")
    assert existing.title == "E-Commerce Toolkit"  # staff's title, not ticked: kept
    preview = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    ticked = editor_client.post(URL, post_from(preview, **{"rec-0-take-title": "on"}))
    assert ticked.status_code == 302
    existing.refresh_from_db()
    assert existing.title == "APEC Cross-Border E-Commerce Toolkit for Small Exporters"


def test_a_record_changed_after_the_preview_is_not_overwritten(editor_client):
    existing = InitiativeFactory(
        slug="cbec",
        title="APEC Cross-Border E-Commerce Toolkit for Small Exporters",
        publication_status="draft",
    )
    preview = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    existing.subtitle = "Changed meanwhile"
    existing.save()
    response = editor_client.post(URL, post_from(preview))
    assert response.status_code == 409
    assert "changed after your preview" in response.content.decode()
    existing.refresh_from_db()
    assert (existing.subtitle, existing.end_year) == ("Changed meanwhile", None)
    # A record that appeared after the preview is not duplicated either.
    preview = editor_client.post(
        URL, {"text": DESCRIPTIONS["roman"], "kind": "auto", "preview": "1"}
    )
    InitiativeFactory(
        slug="apec-start-up-ecosystem-mapping-project", title="Mapping", publication_status="draft"
    )
    assert editor_client.post(URL, post_from(preview)).status_code == 409
    assert Initiative.objects.filter(slug__startswith="apec-start-up").count() == 1


def test_an_editors_update_of_a_published_initiative_waits_for_a_publisher(
    editor_client, publisher_client
):
    from core.models import PendingChange

    live = InitiativeFactory(
        slug="cbec", title="APEC Cross-Border E-Commerce Toolkit for Small Exporters"
    )
    preview = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    html = preview.content.decode()
    assert "your update will wait for a Publisher's review" in html
    assert "Propose the update for review" in html
    proposed = editor_client.post(URL, post_from(preview, **{"rec-0-action": "save"}))
    assert proposed.status_code == 302
    live.refresh_from_db()
    assert live.end_year is None  # nothing public changed
    waiting = PendingChange.objects.for_record(live).pending().get()
    assert waiting.data["end_year"] == ["2023"]
    preview = publisher_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    assert publisher_client.post(URL, post_from(preview)).status_code == 302
    live.refresh_from_db()
    assert (live.end_year, live.is_published) == (2023, True)


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        (
            "The weather in Lima was mild.\nNothing else happened.",
            "auto",
            "is not a document the portal can import",
        ),
        ("   \n", "auto", "Paste the document's text or choose a .txt file."),
        ("a\x00b", "auto", "Line 1: the text contains a NUL character"),
        (NEWS_RELEASE, "initiative", "no initiative description was found"),
    ],
)
def test_a_text_that_is_no_document_gets_a_clear_400_and_nothing_is_saved(
    editor_client, text, kind, message
):
    response = editor_client.post(URL, {"text": text, "kind": kind, "preview": "1"})
    assert response.status_code == 400
    shown = " ".join(e for errors in response.context["form"].errors.values() for e in errors)
    assert message in shown
    assert message.replace("'", "&#x27;") in response.content.decode()
    assert Initiative.objects.count() == Event.objects.count() == Statement.objects.count() == 0


def test_an_upload_is_read_like_a_paste_and_its_limits_hold(editor_client):
    upload = SimpleUploadedFile("d.txt", ("\ufeff" + DESCRIPTION).encode())
    response = editor_client.post(URL, {"file": upload, "kind": "auto", "preview": "1"})
    assert response.status_code == 200
    assert response.context["kind_name"] == "initiative"
    too_big = SimpleUploadedFile("d.txt", b"a" * 1_000_001)
    response = editor_client.post(URL, {"file": too_big, "kind": "auto", "preview": "1"})
    assert response.status_code == 400
    assert "1,000,001 bytes" in response.content.decode()


def test_a_statement_is_previewed_and_saved_on_the_same_page(editor_client):
    response = editor_client.post(URL, {"text": STATEMENT, "kind": "auto", "preview": "1"})
    assert response.status_code == 200
    assert response.context["kind_name"] == "statement"
    (record,) = response.context["previews"]
    assert record.record.value("city") == "Nanjing"
    assert "paragraphs" in record.summary
    assert Statement.objects.count() == 0
    saved = editor_client.post(URL, post_from(response))
    assert saved.status_code == 302
    statement = Statement.objects.get()
    assert statement.meeting.city == "Nanjing" and not statement.is_published
    with pytest.raises(NoReverseMatch):  # the statement's own import page is gone
        reverse("admin:statements_statement_import")


def test_a_news_release_is_read_as_events_and_a_corrected_title_is_saved(editor_client):
    # The initiative the release names, as the demo has it (an event links to it).
    InitiativeFactory(
        slug="apec-local-innovation-ecosystem-initiative",
        title="APEC Local Innovation Ecosystem Initiative",
        subtitle="Revitalization for Inclusive Growth and a Sustainable Future",
    )
    text = (Path(__file__).resolve().parent / "documents/seed_001_news_release.txt").read_text()
    preview = editor_client.post(URL, {"text": text, "kind": "auto", "preview": "1"})
    assert preview.status_code == 200
    assert preview.context["kind_name"] == "event"
    records = preview.context["previews"]
    assert records and all(r.prefix == f"rec-{n}" for n, r in enumerate(records))
    assert 'name="rec-0-title"' in preview.content.decode()
    response = editor_client.post(
        URL, post_from(preview, **{"rec-0-title": "A corrected forum title"})
    )
    assert response.status_code == 302
    event = Event.objects.get(title="A corrected forum title")
    assert not event.is_published


def test_the_page_needs_add_and_change_permission_on_the_kind(client, django_user_model):
    from django.contrib.auth.models import Permission

    nobody = django_user_model.objects.create_user("nobody", is_staff=True)
    client.force_login(nobody)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"text": DESCRIPTION, "kind": "auto"}).status_code == 403
    only_events = django_user_model.objects.create_user("events-only", is_staff=True)
    only_events.user_permissions.set(
        Permission.objects.filter(codename__in=["add_event", "change_event"])
    )
    client.force_login(only_events)
    assert client.get(URL).status_code == 200
    assert client.post(URL, {"text": DESCRIPTION, "kind": "auto"}).status_code == 403
    assert Initiative.objects.count() == 0


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_a_title_without_letters_still_saves_under_a_slug_of_its_own(editor_client):
    # Found by the fuzz test: a title of ":" has no slug of its own.
    preview = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    response = editor_client.post(URL, post_from(preview, **{"rec-0-title": ":"}))
    assert response.status_code == 302
    assert Initiative.objects.get().slug.startswith("initiative-")


def test_an_imported_draft_reaches_no_anonymous_reader_with_caches_on(
    settings, editor_client, client
):
    from django.core.cache import caches

    settings.PAGE_CACHE_SECONDS = settings.QUERY_CACHE_SECONDS = 300
    for alias in (settings.PAGE_CACHE_ALIAS, settings.QUERY_CACHE_ALIAS):
        caches[alias].clear()
    InitiativeFactory(slug="open-initiative", title="Open initiative")
    assert client.get("/initiatives/").status_code == 200  # cached before the import
    preview = editor_client.post(URL, {"text": DESCRIPTION, "kind": "auto", "preview": "1"})
    assert editor_client.post(URL, post_from(preview)).status_code == 302
    draft = Initiative.objects.get(publication_status="draft")
    editor_client.get(f"/initiatives/{draft.slug}/")  # staff look first
    editor_client.get("/initiatives/")
    assert client.get(f"/initiatives/{draft.slug}/").status_code == 404
    for path in (
        "/initiatives/",
        "/search/?q=exporters",
        "/initiatives/?format=json",
        "/economies/mex/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert b"Cross-Border E-Commerce" not in response.content, path
    for alias in (settings.PAGE_CACHE_ALIAS, settings.QUERY_CACHE_ALIAS):
        caches[alias].clear()
