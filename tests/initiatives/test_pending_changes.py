"""Changes to published records wait for a Publisher (issue 13, items 1, 2 and the
no-empty-version rule of item 4)."""

import pytest
from django.core.cache import caches
from reversion.models import Version

from core.models import PendingChange, PublicationStatus
from events.models import Event
from initiatives.models import Initiative
from tests.admin_forms import change_form_data, staff_user
from tests.exports_helpers import body, csv_rows, json_data
from tests.factories import EventFactory, InitiativeFactory, economy

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/initiatives/initiative/"
SECRET = "Quantum SME leap"
REVIEW_PAGE_QUERIES = 21  # bounded by the form's fields, not by the size of the change


def change_url(record):
    opts = record._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/change/"


def review_url(record):
    opts = record._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/review/"


def open_form(client, record):
    response = client.get(change_url(record))
    assert response.status_code == 200
    return change_form_data(response)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def propose(client, record, **changes):
    data = open_form(client, record)
    data.update(changes)
    response = client.post(change_url(record), data, follow=True)
    assert response.redirect_chain == [(change_url(record), 302)]
    return response


@pytest.fixture
def live(db):
    return InitiativeFactory(
        title="Digital SMEs", slug="digital-smes", start_year=2019, proposer=economy("TWN")
    )


def test_an_editors_save_of_a_published_record_waits_and_writes_nothing(
    client, editor_client, editor, live
):
    response = propose(
        editor_client,
        live,
        title=SECRET,
        **{"objectives-0-position": "1", "objectives-0-text": "Reach 100 SMEs."},
    )
    assert messages_of(response) == [
        f"Your change to “{SECRET}” waits for a Publisher's review. The public page keeps "
        "showing the published version until a Publisher publishes the change."
    ]
    live.refresh_from_db()
    assert (live.title, live.version, live.publication_status) == ("Digital SMEs", 1, "published")
    assert list(live.objectives.all()) == []
    # Only the first version, recorded when the form was opened.
    assert Version.objects.get_for_object(live).count() == 1
    change = PendingChange.objects.get()
    assert (change.author, change.state, change.base_edit, change.record) == (
        editor,
        "pending",
        1,
        live,
    )
    assert change.data["title"] == [SECRET]
    assert "csrfmiddlewaretoken" not in change.data and "_save" not in change.data

    # The public sees the live version; staff see it too, with a banner.
    public = client.get("/initiatives/digital-smes/").content.decode()
    assert "Digital SMEs" in public and SECRET not in public and "Changes in review" not in public
    staff = editor_client.get("/initiatives/digital-smes/").content.decode()
    assert SECRET not in staff
    assert staff.count("Changes in review.") == 1


def test_the_editor_reopens_their_change_and_a_second_save_replaces_it(editor_client, live):
    propose(editor_client, live, title=SECRET)
    response = editor_client.get(change_url(live))
    assert response.context["adminform"].form["title"].value() == SECRET
    assert "Your change of" in response.content.decode()
    data = change_form_data(response)
    data["subtitle"] = "Second thoughts"
    editor_client.post(change_url(live), data)
    change = PendingChange.objects.get()
    assert (change.data["title"], change.data["subtitle"]) == ([SECRET], ["Second thoughts"])
    live.refresh_from_db()
    assert (live.title, live.subtitle) == ("Digital SMEs", "")


def test_a_second_editor_cannot_replace_someone_elses_waiting_change(editor_client, live):
    propose(editor_client, live, title=SECRET)
    other = staff_user("olga.editor", "editor")
    editor_client.force_login(other)
    data = open_form(editor_client, live)
    assert data["title"] == "Digital SMEs"  # not her change: the form shows the live version
    data["title"] = "Olga's title"
    response = editor_client.post(change_url(live), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Your changes were NOT saved: eddie.editor's change to this initiative is waiting for "
        "a Publisher's review, and only one change to a published record can wait at a time. "
        "Your entries are still in the form below; save them once that change is published or "
        "rejected."
    ]
    assert PendingChange.objects.get().data["title"] == [SECRET]


def test_the_changelist_says_which_published_records_have_changes_in_review(
    editor_client, live, django_assert_max_num_queries
):
    InitiativeFactory(title="Other")
    with django_assert_max_num_queries(14) as before:
        editor_client.get(CHANGELIST)
    queries = len(before.captured_queries)
    propose(editor_client, live, title=SECRET)
    with django_assert_max_num_queries(queries):
        response = editor_client.get(CHANGELIST)
    html = response.content.decode()
    assert html.count("Published — changes in review") == 1
    rows = {obj.title: obj.has_pending_change for obj in response.context["cl"].result_list}
    assert rows == {"Digital SMEs": True, "Other": False}


def test_the_publisher_reviews_the_diff_and_publishes_it(
    client, editor_client, publisher_client, publisher, live, django_assert_num_queries
):
    propose(
        editor_client,
        live,
        title=SECRET,
        start_year="2021",
        **{"objectives-0-position": "1", "objectives-0-text": "Reach 100 SMEs."},
    )
    with django_assert_num_queries(REVIEW_PAGE_QUERIES):
        response = publisher_client.get(review_url(live))
    assert response.status_code == 200
    assert response.context["changes"] == [
        f"Title: “Digital SMEs” → “{SECRET}”",
        "Start year: “2019” → “2021”",
        "Initiative objective 1) Reach 100 SMEs.: added",
    ]
    assert response.context["moved_on"] is False
    assert "Publish these changes" in response.content.decode()

    response = publisher_client.post(review_url(live), {"_publish": "1"}, follow=True)
    assert messages_of(response) == [f"Published eddie.editor's change to “{SECRET}”."]
    live.refresh_from_db()
    assert (live.title, live.start_year, live.version, live.publication_status) == (
        SECRET,
        2021,
        2,
        "published",
    )
    assert [o.text for o in live.objectives.all()] == ["Reach 100 SMEs."]
    change = PendingChange.objects.get()
    assert (change.state, change.reviewer) == ("published", publisher)
    latest = Version.objects.get_for_object(live).first()
    assert latest.revision.user == publisher
    assert latest.revision.comment == (
        "Published the change proposed by eddie.editor, reviewed by pat.publisher."
    )
    public = client.get("/initiatives/digital-smes/").content.decode()
    assert SECRET in public and "Changes in review" not in public


def test_a_rejected_change_leaves_the_live_version_and_the_editor_reads_why(
    editor_client, publisher_client, live
):
    propose(editor_client, live, title=SECRET)
    response = publisher_client.post(review_url(live), {"_reject": "1", "review_comment": "  "})
    assert response.status_code == 400
    assert response.context["comment_error"] == (
        "Say why the change is rejected: the editor sees this comment."
    )
    assert PendingChange.objects.get().state == "pending"

    publisher_client.post(
        review_url(live), {"_reject": "1", "review_comment": "The title must stay official."}
    )
    change = PendingChange.objects.get()
    assert (change.state, change.review_comment) == ("rejected", "The title must stay official.")
    live.refresh_from_db()
    assert live.title == "Digital SMEs"
    response = editor_client.get(change_url(live))
    assert response.context["adminform"].form["title"].value() == "Digital SMEs"
    html = response.content.decode()
    assert "Change rejected." in html
    assert "“The title must stay official.”" in html
    history = editor_client.get(f"/admin/initiatives/initiative/{live.pk}/history/")
    assert [
        (r.author.username, r.get_state_display(), r.reviewer.username, r.review_comment)
        for r in history.context["reviews"]
    ] == [("eddie.editor", "Rejected", "pat.publisher", "The title must stay official.")]
    assert history.content.decode().count('class="review-entry"') == 1


def test_the_review_says_when_the_live_record_moved_on(editor_client, publisher_client, live):
    propose(editor_client, live, title=SECRET)
    data = open_form(publisher_client, live)
    data["subtitle"] = "Added by the publisher"
    publisher_client.post(change_url(live), data)
    response = publisher_client.get(review_url(live))
    assert response.context["moved_on"] is True
    assert response.context["changes"] == [
        f"Title: “Digital SMEs” → “{SECRET}”",
        "Subtitle: “Added by the publisher” → (empty)",
    ]
    assert 'id="moved-on"' in response.content.decode()


def test_an_editor_cannot_publish_a_waiting_change_by_any_url(editor_client, live):
    propose(editor_client, live, title=SECRET)
    assert editor_client.get(review_url(live)).status_code == 403
    assert editor_client.post(review_url(live), {"_publish": "1"}).status_code == 403
    data = open_form(editor_client, live)
    data["_publish"] = "1"
    assert editor_client.post(change_url(live), data).status_code == 403
    action = editor_client.post(
        CHANGELIST, {"action": "publish_selected", "_selected_action": [str(live.pk)]}
    )
    assert action.status_code in (200, 302)
    live.refresh_from_db()
    assert (live.title, live.version) == ("Digital SMEs", 1)
    assert PendingChange.objects.get().state == "pending"


def test_an_editors_restore_of_a_published_record_also_waits(editor_client, publisher_client, live):
    data = open_form(publisher_client, live)
    data["title"] = "Digital SMEs in APEC"
    publisher_client.post(change_url(live), data)
    first = Version.objects.get_for_object(live).order_by("pk").first()
    url = f"/admin/initiatives/initiative/{live.pk}/history/{first.pk}/"
    response = editor_client.post(url, change_form_data(editor_client.get(url)))
    assert response.status_code == 302
    live.refresh_from_db()
    assert (live.title, live.version) == ("Digital SMEs in APEC", 2)
    assert PendingChange.objects.get().data["title"] == ["Digital SMEs"]


# Nothing a waiting change holds reaches the public.


@pytest.fixture
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.QUERY_CACHE_SECONDS = 300
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def test_a_waiting_change_shows_in_no_list_search_facet_export_or_cached_page(
    client, editor_client, live, caches_on
):
    assert client.get("/initiatives/digital-smes/")["X-Page-Cache"] == "miss"
    propose(editor_client, live, title=SECRET, start_year="2023", proposer=str(economy("PHL").pk))
    page = client.get("/initiatives/digital-smes/")
    assert page["X-Page-Cache"] == "hit"
    assert SECRET not in page.content.decode()

    listing = client.get("/initiatives/")
    assert [r.title for r in listing.context["page_obj"]] == ["Digital SMEs"]
    years = {o.value: o.count for o in listing.context["facets"]["year"]}
    # Active in its start year only (it gives no end year); the waiting 2023 is not counted.
    assert {year: count for year, count in years.items() if count} == {"2019": 1}
    assert {o.value: o.count for o in listing.context["facets"]["economy"]} == {"TWN": 1}
    assert client.get("/initiatives/", {"q": "quantum"}).context["count"] == 0
    search = client.get("/search/", {"q": "quantum leap"}).content.decode()
    assert SECRET not in search
    assert [row["title"] for row in csv_rows(client.get("/initiatives/", {"format": "csv"}))] == [
        "Digital SMEs"
    ]
    data = json_data(client.get("/initiatives/", {"format": "json"}))
    assert [r["title"] for r in data["results"]] == ["Digital SMEs"]
    assert SECRET.encode() not in body(client.get("/initiatives/", {"format": "json"}))
    assert Initiative.objects.published().filter(title=SECRET).count() == 0


def test_a_waiting_change_to_an_event_stays_out_of_the_feed(client, editor_client):
    event = EventFactory(title="Taipei forum", slug="taipei-forum")
    propose(editor_client, event, title=SECRET)
    feed = client.get("/events/feed/").content.decode()
    assert "Taipei forum" in feed and SECRET not in feed
    assert Event.objects.get().title == "Taipei forum"


# The change form's buttons.


def button_names(response):
    return [name for name, _ in response.context["editorial_buttons"]]


def test_each_role_sees_the_buttons_of_its_allowed_steps(editor_client, publisher_client):
    draft = InitiativeFactory(publication_status=PublicationStatus.DRAFT)
    review = InitiativeFactory(publication_status=PublicationStatus.REVIEW)
    published = InitiativeFactory()
    assert button_names(editor_client.get(change_url(draft))) == ["_send_to_review"]
    assert button_names(editor_client.get(change_url(review))) == []
    assert button_names(editor_client.get(change_url(published))) == []
    assert button_names(publisher_client.get(change_url(draft))) == ["_send_to_review", "_publish"]
    assert button_names(publisher_client.get(change_url(review))) == ["_publish", "_reject"]
    assert button_names(publisher_client.get(change_url(published))) == ["_unpublish"]
    html = publisher_client.get(change_url(review)).content.decode()
    assert (
        '<input type="submit" name="_reject" value="Save and send back to draft (reject)">' in html
    )


def test_save_and_send_for_review_saves_the_edit_then_moves_the_draft(editor_client, editor):
    draft = InitiativeFactory(title="Draft title", publication_status=PublicationStatus.DRAFT)
    data = open_form(editor_client, draft)
    data.update(title="Better title", _send_to_review="1")
    response = editor_client.post(change_url(draft), data, follow=True)
    assert messages_of(response)[-1] == "“Better title”: sent for review."
    draft.refresh_from_db()
    assert (draft.title, draft.publication_status) == ("Better title", "review")
    latest = Version.objects.get_for_object(draft).first()
    assert (latest.revision.user, latest.revision.comment) == (editor, "Sent for review.")
    assert latest.field_dict["title"] == "Better title"


def test_publish_and_reject_buttons_for_a_publisher(publisher_client):
    first = InitiativeFactory(publication_status=PublicationStatus.REVIEW)
    data = open_form(publisher_client, first)
    data["_publish"] = "1"
    publisher_client.post(change_url(first), data)
    first.refresh_from_db()
    assert first.publication_status == "published" and first.published_at is not None

    second = InitiativeFactory(publication_status=PublicationStatus.REVIEW)
    data = open_form(publisher_client, second)
    data["_reject"] = "1"
    response = publisher_client.post(change_url(second), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Say why the record goes back to draft: the comment is shown to its editors."
    ]
    data["_review_comment"] = "Needs a source link."
    publisher_client.post(change_url(second), data)
    second.refresh_from_db()
    assert second.publication_status == "draft"
    latest = Version.objects.get_for_object(second).first()
    assert latest.revision.comment == "Sent back to draft: Needs a source link."

    data = open_form(publisher_client, first)
    data["_unpublish"] = "1"
    publisher_client.post(change_url(first), data)
    first.refresh_from_db()
    assert (first.publication_status, first.published_at) == ("draft", None)


# A save that changes nothing writes nothing.


@pytest.mark.parametrize("role", ["editor", "publisher"])
def test_a_save_that_changes_nothing_adds_no_version(role, live, request):
    client = request.getfixturevalue(f"{role}_client")
    data = open_form(client, live)
    versions = Version.objects.get_for_object(live).count()
    response = client.post(change_url(live), data, follow=True)
    assert messages_of(response) == ["Nothing was changed, so nothing was saved."]
    live.refresh_from_db()
    assert live.version == 1
    assert Version.objects.get_for_object(live).count() == versions
    assert PendingChange.objects.count() == 0
