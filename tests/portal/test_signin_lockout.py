import pytest

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


def test_fifth_failed_sign_in_locks_out_the_account_and_logs_it(client, editor, caplog):
    for _ in range(4):
        response = sign_in(client, "editor", "wrong")
        assert response.status_code == 200
        assert lockout_events(caplog) == []
    response = sign_in(client, "editor", "wrong")
    assert response.status_code == 429
    assert "<h1>Too many failed sign-ins</h1>" in response.content.decode()
    assert lockout_events(caplog) == [("editor", "198.51.100.7")]

    # The right password no longer helps, from this client or from another one.
    assert sign_in(client, "editor", PASSWORD).status_code == 429
    assert sign_in(client, "editor", PASSWORD, address="203.0.113.50").status_code == 429
    assert client.get("/admin/").status_code == 302


def test_locked_out_client_cannot_try_other_accounts(client, editor, django_user_model):
    django_user_model.objects.create_user("other", "other@example.org", PASSWORD, is_staff=True)
    for _ in range(5):
        sign_in(client, "someone", "guess")
    assert sign_in(client, "other", PASSWORD).status_code == 429
    response = sign_in(client, "other", PASSWORD, address="203.0.113.50")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


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
