"""About, accessibility, privacy and contact pages, the licence on /data/, and the footer."""

import pytest

from tests.factories import EventFactory, InitiativeFactory

pytestmark = pytest.mark.django_db

PAGES = {
    "/about/": "About the portal",
    "/accessibility/": "Accessibility statement",
    "/privacy/": "Privacy and cookies",
    "/contact/": "Contact",
}


@pytest.mark.parametrize(("path", "title"), PAGES.items())
def test_site_page_answers_with_its_title_and_sets_no_cookie(client, path, title):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    assert f"<title>{title} · APEC SME Innovation Portal</title>" in html
    assert response.cookies == {}
    assert client.post(path).status_code == 405


def test_every_footer_links_the_site_pages(client):
    html = client.get("/events/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    for path in [*PAGES, "/data/"]:
        assert f'<a href="{path}">' in footer, path


def test_about_lists_the_sites_published_records_come_from(client):
    InitiativeFactory(source_url="https://www.apec.org/meeting-papers/x")
    EventFactory(source_url="https://www.apec.org/y")
    EventFactory(source_url="https://apecscmc.org/news/detail/67")
    EventFactory(source_url="https://secret.example/draft", publication_status="draft")
    html = client.get("/about/").content.decode()
    assert "<tr><td>www.apec.org</td><td>2</td></tr><tr><td>apecscmc.org</td><td>1</td></tr>" in (
        html
    )
    assert "secret.example" not in html


def test_accessibility_statement_names_the_standard_the_tests_and_the_limits(client):
    html = client.get("/accessibility/").content.decode()
    assert "WCAG) 2.1</a> at level AA" in html
    assert "axe-core" in html
    assert "<h2>Known limits</h2>" in html


def test_privacy_page_lists_exactly_the_language_cookie_and_the_two_staff_cookies(client, settings):
    html = client.get("/privacy/").content.decode()
    assert html.count("<tr><td><code>") == 3
    for name in (
        settings.LANGUAGE_COOKIE_NAME,
        settings.SESSION_COOKIE_NAME,
        settings.CSRF_COOKIE_NAME,
    ):
        assert f"<code>{name}</code>" in html


def test_contact_page_shows_the_configured_address_or_says_there_is_none(client, settings):
    settings.CONTACT_EMAIL = ""
    assert "no contact address configured" in client.get("/contact/").content.decode()
    settings.CONTACT_EMAIL = "portal@example.org"
    html = client.get("/contact/").content.decode()
    assert '<a href="mailto:portal@example.org">portal@example.org</a>' in html


def test_data_page_states_the_licence_and_how_to_cite(client):
    html = client.get("/data/").content.decode()
    assert '<h2 id="licence">Licence</h2>' in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license"' in html
    assert '<h2 id="cite">How to cite the portal</h2>' in html
    assert "APEC SME Innovation Portal, open data (" in html
    assert "http://testserver/data/ (accessed " in html


def test_site_pages_query_count(client, django_assert_num_queries):
    client.get("/accessibility/")
    with django_assert_num_queries(0):  # a plain template
        response = client.get("/accessibility/")
    assert response.status_code == 200
    with django_assert_num_queries(3):  # the sources of three kinds of record
        response = client.get("/about/")
    assert response.status_code == 200
