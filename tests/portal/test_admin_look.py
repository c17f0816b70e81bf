"""The admin looks like the portal's own: names, dates with their precision, labels in the
history, an icon, and a clear word when a staff account has no password yet."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from core.models import PublicationStatus
from events.models import DatePrecision
from initiatives.models import Initiative, InitiativeStatus
from tests.admin_forms import change_form_data
from tests.factories import EventFactory, InitiativeFactory

pytestmark = pytest.mark.django_db


def test_admin_pages_name_the_portal_and_carry_its_icon(editor_client):
    response = editor_client.get(reverse("admin:index"))
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        "<title>Records and editorial work | APEC SME Innovation Portal administration</title>"
        in html
    )
    assert (
        'alt="" width="28" height="28" class="portal-admin-logo"> APEC SME Innovation Portal</a>'
        in html
    )
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
    assert '<link rel="stylesheet" href="/static/css/admin.css">' in html
    assert "Django administration" not in html


def test_favicon_ico_sends_the_icon_instead_of_a_404(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
    assert client.head("/favicon.ico").status_code == 301


@pytest.mark.parametrize(
    ("precision", "start", "end", "shown"),
    [
        (DatePrecision.YEAR, datetime.date(2018, 1, 1), None, "2018"),
        (DatePrecision.MONTH, datetime.date(2019, 8, 1), None, "August 2019"),
        (DatePrecision.DAY, datetime.date(2014, 9, 5), None, "5 September 2014"),
        (DatePrecision.DAY, datetime.date(2013, 6, 4), datetime.date(2013, 6, 6), "4–6 June 2013"),
        (
            DatePrecision.DAY,
            datetime.date(2019, 6, 30),
            datetime.date(2019, 7, 2),
            "30 June – 2 July 2019",
        ),
        (
            DatePrecision.DAY,
            datetime.date(2019, 12, 30),
            datetime.date(2020, 1, 2),
            "30 December 2019 – 2 January 2020",
        ),
    ],
)
def test_event_changelist_shows_dates_with_their_precision(
    editor_client, precision, start, end, shown
):
    event = EventFactory(
        title="Forum with dates", start_date=start, end_date=end, date_precision=precision
    )
    assert event.dates_display == shown
    response = editor_client.get(reverse("admin:events_event_changelist"))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<td class="field-dates">{shown}</td>' in html
    assert "Jan. 1, 2018" not in html


def test_changelists_put_the_publication_status_right_after_the_title(editor_client):
    InitiativeFactory(title="Status first")
    EventFactory(title="Status first too")
    for name in ("admin:initiatives_initiative_changelist", "admin:events_event_changelist"):
        html = editor_client.get(reverse(name)).content.decode()
        table = html[html.index('<table id="result_list">') :]
        headers = table[: table.index("</thead>")]
        columns = re.findall(r'<th scope="col" class="[^"]*column-([a-z_]+)', headers)
        assert columns[:2] == ["title", "publication_status"], (name, columns)


def test_history_shows_choice_labels_not_codes(publisher_client):
    initiative = InitiativeFactory(title="Labelled", status=InitiativeStatus.PLANNED)
    url = reverse("admin:initiatives_initiative_change", args=[initiative.pk])
    data = change_form_data(publisher_client.get(url))
    data["status"] = InitiativeStatus.ONGOING
    response = publisher_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Initiative.objects.get(pk=initiative.pk).status == InitiativeStatus.ONGOING
    history = publisher_client.get(
        reverse("admin:initiatives_initiative_history", args=[initiative.pk])
    ).content.decode()
    assert "<li>Status: “Planned” → “Ongoing”</li>" in history
    assert "“ongoing”" not in history
    assert initiative.publication_status == PublicationStatus.PUBLISHED


def test_staff_account_without_password_is_told_how_to_set_one():
    out, err = io.StringIO(), io.StringIO()
    call_command("create_staff_account", "no.password", role="editor", stdout=out, stderr=err)
    assert out.getvalue().splitlines() == ["Created no.password as editor."]
    assert err.getvalue().splitlines() == [
        "no.password cannot sign in until a password is set. Set one with "
        "`manage.py changepassword no.password`, or run this command again with --password "
        "or STAFF_PASSWORD.",
    ]
    out = io.StringIO()
    call_command(
        "create_staff_account",
        "has.password",
        role="editor",
        password="a-long-pass-phrase-42",
        stdout=out,
    )
    assert out.getvalue().splitlines() == ["Created has.password as editor."]
