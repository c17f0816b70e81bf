"""The shared reading of `page`, `page_size` and `format` (core/list_params.py)."""

import pytest
from django.http import QueryDict

from core.list_params import ListParamsForm
from tests.exports_helpers import json_data
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def read(query, **options):
    form = ListParamsForm(QueryDict(query), fields=("format", "page", "page_size"), **options)
    return form.cleaned_data if form.is_valid() else form.first_errors()


def test_absent_parameters_take_their_defaults():
    assert read("", formats=("html", "csv")) == {"format": "html", "page": 1, "page_size": 50}


def test_values_are_read_without_spaces_or_case():
    assert read("format=+CSV+&page=+3+&page_size=%2B7", formats=("html", "csv")) == {
        "format": "csv",
        "page": 3,
        "page_size": 7,
    }


@pytest.mark.parametrize(
    ("query", "errors"),
    [
        ("page=0", {"page": "The page number must be a whole number from 1."}),
        ("page=1.5", {"page": "The page number must be a whole number from 1."}),
        ("page=", {"page": "The page number must be a whole number from 1."}),
        ("page=1_0", {"page": "The page number must be a whole number from 1."}),
        ("page=1234567890", {"page": "The page number must be a whole number from 1."}),
        ("page_size=501", {"page_size": "The page size can be at most 500."}),
        ("format=pdf", {"format": "Unknown format “pdf”. This list answers: html."}),
        ("format=", {"format": "Unknown format “”. This list answers: html."}),
    ],
)
def test_bad_values_are_named_beside_their_field(query, errors):
    assert read(query) == errors


def test_a_repeated_parameter_is_an_error_whatever_its_values():
    assert read("page=1&page=1&format=html&format=csv&page_size=5&page_size=x") == {
        "format": "Give one format only.",
        "page": "Give one page number only.",
        "page_size": "Give one page size only.",
    }


def test_a_caller_words_the_messages_but_not_the_rule():
    messages = {"page": {"invalid": "%(name)s: “%(value)s” is no number."}}
    assert read("page=abc", messages=messages) == {"page": "page: “abc” is no number."}
    assert read("page=0", messages=messages) == {
        "page": "The page number must be a whole number from 1."
    }


def test_json_export_refuses_a_repeated_page_size(client):
    EventFactory()
    response = client.get("/events/?format=json&page_size=1&page_size=2")
    assert response.status_code == 400
    assert json_data(response) == {"error": "Give page_size only once."}


def test_list_page_refuses_a_repeated_page_beside_the_field(client):
    response = client.get("/events/?page=1&page=2")
    assert response.status_code == 400
    assert response.context["parameter_errors"] == {"page": "Give one page number only."}
    assert 'id="param-page-error">Give one page number only.</p>' in response.content.decode()


def test_search_refuses_a_repeated_format(client):
    response = client.get("/search/?q=digital&format=csv&format=json")
    assert response.status_code == 400
    assert response.context["error"] == "Give “Format” only once."


def test_search_json_reads_page_the_export_way(client):
    response = client.get("/search/", {"q": "digital", "format": "json", "page": "0"})
    assert response.status_code == 400
    assert json_data(response) == {"error": "page must be 1 or more, not 0."}


def test_search_economy_given_twice_in_any_case_is_refused(client):
    response = client.get("/search/?q=digital&economy=phl&economy=tha")
    assert response.status_code == 400
    assert response.context["form"].errors == {"economy": ["Give “Economy” only once."]}
