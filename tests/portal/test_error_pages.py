import re

import pytest
from django.db import OperationalError
from django.test import Client, RequestFactory

from apec_portal.errors import server_error
from apec_portal.middleware import database_unavailable_response

pytestmark = pytest.mark.django_db


def heading(response):
    return re.search(r"<h1>(.*?)</h1>", response.content.decode()).group(1)


def test_unknown_address_gets_the_styled_404_page(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert heading(response) == "Page not found"
    assert "Resolver404" not in response.content.decode()


def test_disallowed_host_gets_the_styled_400_page(client):
    response = client.get("/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert heading(response) == "Bad request"
    assert "attacker.example" not in response.content.decode()


def test_form_without_csrf_token_gets_the_styled_403_page():
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "x"})
    assert response.status_code == 403
    assert heading(response) == "Form expired"
    assert "CSRF" not in response.content.decode()


@pytest.mark.urls("tests.portal.urls_with_failing_views")
def test_permission_denied_gets_the_styled_403_page_without_its_reason(client):
    response = client.get("/test-forbidden/")
    assert response.status_code == 403
    assert heading(response) == "Access denied"
    assert "internal detail" not in response.content.decode()


@pytest.mark.urls("tests.portal.urls_with_failing_views")
def test_unexpected_error_gets_the_styled_500_page_without_details():
    client = Client(raise_request_exception=False)
    response = client.get("/test-broken/")
    assert response.status_code == 500
    assert heading(response) == "Something went wrong"
    body = response.content.decode()
    assert "internal detail" not in body
    assert "Traceback" not in body


@pytest.mark.parametrize("address", ["/economies/%00/", "/events/a%00b/"])
def test_null_character_in_the_address_gets_a_400_with_the_reason(client, address):
    response = client.get(address)
    assert response.status_code == 400
    assert heading(response) == "Bad request"
    assert (
        "<p>The address contains a null character, which no page accepts.</p>"
        in response.content.decode()
    )


def test_null_character_in_a_cookie_gets_a_400(client):
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    assert client.get("/").status_code == 400


def test_unavailable_page_renders_without_a_single_query(django_assert_num_queries):
    request = RequestFactory().get("/events/")
    with django_assert_num_queries(0):
        response = database_unavailable_response(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    assert heading(response) == "Temporarily unavailable"


def test_server_error_handler_answers_503_when_the_failure_was_the_database():
    request = RequestFactory().get("/")
    try:
        raise OperationalError("could not connect to server: Connection refused")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    assert heading(response) == "Temporarily unavailable"
    assert "Connection refused" not in response.content.decode()


def test_server_error_handler_answers_500_for_any_other_failure():
    request = RequestFactory().get("/")
    try:
        raise ValueError("internal detail")
    except ValueError:
        response = server_error(request)
    assert response.status_code == 500
    assert heading(response) == "Something went wrong"
