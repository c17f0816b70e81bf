import pytest

from tests.factories import EventFactory, InitiativeFactory, StatementFactory, economy, theme

pytestmark = pytest.mark.django_db


def test_event_detail_shows_hosts_initiative_officials_and_month_precision(client):
    initiative = InitiativeFactory(title="Local Innovation")
    event = EventFactory(
        title="Forum in Tomsk",
        host=economy("RUS"),
        co_hosts=[economy("TWN")],
        initiative=initiative,
        date_precision="month",
        themes=[theme("innovation")],
    )
    event.officials.create(position=1, name="Ms Example", role="Director")
    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    assert '<time datetime="2019-06">June 2019</time>' in html
    assert '<a href="/economies/twn/">Chinese Taipei</a>' in html
    assert f'<a href="{initiative.get_absolute_url()}">Local Innovation</a>' in html
    assert "<strong>Ms Example</strong>" in html


def test_ministerial_meeting_links_its_statement(client):
    statement = StatementFactory(title="2017 Meeting")
    response = client.get(statement.meeting.get_absolute_url())
    assert response.context["statement"] == statement
    assert (
        f'<a href="{statement.get_absolute_url()}">2017 Meeting joint statement</a>'
        in response.content.decode()
    )


def test_draft_event_is_404_for_anonymous_visitors(client):
    event = EventFactory(publication_status="draft")
    assert client.get(event.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("number", [1, 5])
def test_event_detail_runs_a_fixed_number_of_queries(client, django_assert_num_queries, number):
    event = EventFactory(
        co_hosts=[economy("PHL"), economy("THA")][:number], initiative=InitiativeFactory()
    )
    for position in range(1, number + 1):
        event.officials.create(position=position, name=f"Official {position}")
    with django_assert_num_queries(4):
        response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert event.title in html
    assert all(f"Official {position}" in html for position in range(1, number + 1))
