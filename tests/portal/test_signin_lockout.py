from datetime import timedelta

import pytest
from axes.models import AccessFailureLog
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db

PASSWORD = "a long passphrase for tests"


@pytest.fixture(autouse=True)
def quick_password_hashing(settings):
    """Every sign-in attempt hashes a password; the slow production hasher is not under test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", "editor@example.org", PASSWORD, is_staff=True
    )


def sign_in(client, username, password, address="198.51.100.7"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def lockout_events(caplog):
    return [
        (record.username, record.ip_address)
        for record in caplog.records
        if getattr(record, "event", None) == "signin_lockout"
    ]


def test_four_failed_sign_ins_still_allow_the_right_password(client, editor):
    for _ in range(4):
        assert sign_in(client, "editor", "wrong").status_code == 200
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_fifth_failed_sign_in_locks_out_that_name_from_that_address_and_logs_it(
    client, editor, caplog
):
    for _ in range(4):
        response = sign_in(client, "editor", "wrong")
        assert response.status_code == 200
        assert lockout_events(caplog) == []
    response = sign_in(client, "editor", "wrong")
    assert response.status_code == 429
    assert "<h1>Too many failed sign-ins</h1>" in response.content.decode()
    assert lockout_events(caplog) == [("editor", "198.51.100.7")]
    # The right password no longer helps from this address...
    assert sign_in(client, "editor", PASSWORD).status_code == 429
    assert client.get("/admin/").status_code == 302


def test_a_stranger_guessing_cannot_lock_the_owner_out(client, editor):
    """The lock is on the pair: the owner, from their own address, signs in as usual."""
    for _ in range(12):
        sign_in(client, "editor", "guess", address="203.0.113.66")
    assert sign_in(client, "editor", PASSWORD, address="203.0.113.66").status_code == 429
    response = sign_in(Client(), "editor", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


@pytest.fixture
def small_limits(settings):
    settings.SIGNIN_ACCOUNT_FAILURE_LIMIT = 8
    settings.SIGNIN_ADDRESS_FAILURE_LIMIT = 8


def spread_failures(username, addresses, each=4):
    """Failed sign-ins, `each` from every address (below the pair limit); their statuses."""
    return [
        sign_in(Client(), username, "guess", address=address).status_code
        for address in addresses
        for _ in range(each)
    ]


def test_failures_spread_over_addresses_reach_the_account_limit(small_limits, editor):
    usual = "192.0.2.10"
    assert sign_in(Client(), "editor", PASSWORD, address=usual).status_code == 302
    # No pair reaches 5; the account's eighth failure reaches its limit.
    statuses = spread_failures("editor", ["203.0.113.1", "203.0.113.2"])
    assert statuses == [200] * 7 + [429]
    # From a new address, even the right password is refused...
    assert sign_in(Client(), "editor", PASSWORD, address="203.0.113.3").status_code == 429
    # ...but not from an address the account signed in from before the attack.
    assert sign_in(Client(), "editor", PASSWORD, address=usual).status_code == 302


def test_one_address_trying_many_accounts_reaches_the_address_limit(
    small_limits, editor, django_user_model
):
    django_user_model.objects.create_user("other", "other@example.org", PASSWORD, is_staff=True)
    shared = "203.0.113.9"
    assert sign_in(Client(), "editor", PASSWORD, address=shared).status_code == 302
    assert spread_failures("alice", [shared]) + spread_failures("bob", [shared]) == [200] * 7 + [
        429
    ]

    assert sign_in(Client(), "other", PASSWORD, address=shared).status_code == 429
    assert sign_in(Client(), "other", PASSWORD, address="192.0.2.20").status_code == 302
    # A colleague who signed in from the shared address before is not affected.
    assert sign_in(Client(), "editor", PASSWORD, address=shared).status_code == 302


def test_failures_older_than_the_window_no_longer_count(small_limits, editor):
    spread_failures("editor", ["203.0.113.1", "203.0.113.2"])
    assert sign_in(Client(), "editor", PASSWORD, address="203.0.113.3").status_code == 429
    AccessFailureLog.objects.update(attempt_time=timezone.now() - timedelta(minutes=61))
    assert sign_in(Client(), "editor", PASSWORD, address="203.0.113.3").status_code == 302


def proxy_warnings(caplog):
    return [r for r in caplog.records if getattr(r, "event", None) == "proxy_settings_mismatch"]


def test_forwarded_requests_with_no_trusted_proxy_are_warned_about_once(caplog, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    client = Client()
    client.get("/healthz")
    assert proxy_warnings(caplog) == []
    client.get("/healthz", HTTP_X_FORWARDED_FOR="192.0.2.1")
    client.get("/healthz", HTTP_X_FORWARDED_FOR="192.0.2.2")
    (warning,) = proxy_warnings(caplog)
    assert warning.levelname == "WARNING"
    assert warning.getMessage().startswith(
        "a request arrived with X-Forwarded-For but TRUSTED_PROXY_COUNT is 0"
    )


def test_no_warning_when_the_proxy_count_is_set(caplog, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    Client().get("/healthz", HTTP_X_FORWARDED_FOR="192.0.2.1")
    assert proxy_warnings(caplog) == []


def test_client_address_comes_from_the_trusted_proxy_hop(client, editor, settings, caplog):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": "nobody", "password": "guess"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.9",
        )
    assert lockout_events(caplog) == [("nobody", "198.51.100.9")]
