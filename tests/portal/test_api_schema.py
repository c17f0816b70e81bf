"""schemathesis against /api/v1/openapi.json: every operation, with parameters the schema
allows and parameters it does not; no answer is a 5xx and every answer conforms.

One check is left out, `positive_data_acceptance` (a value the schema allows must be
accepted): the filters name records (initiative slugs, theme slugs, economy codes) and
ranges (years from 1989) that the schema describes only by shape, so a well-shaped
unknown value is, rightly, a 400 with the list page's message."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from apec_portal.api import api

# About a minute: with the slow tests (scripts/test and CI run them; `pytest -m slow` here).
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
schema.app = WSGIHandler()


@pytest.fixture
def connection_kept():
    """Keep the test's connection (and its transaction) open across requests, as Django's
    own test client does: the WSGI handler would close it when each answer is sent."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_operation_conforms_and_never_fails(case, demo, connection_kept):
    response = case.call(headers={"Host": "testserver"})
    assert response.status_code < 500, response.text[:500]
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
