import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.portal import production

pytestmark = pytest.mark.django_db

# django-csp writes the directives in no fixed order; compare them as a set.
CSP = {
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
}
SECURITY_HEADERS = {
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload",
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
SECURE_COOKIE = {"secure": True, "httponly": True, "samesite": "Lax"}


def security_headers(answer):
    headers = {name: answer["headers"].get(name) for name in SECURITY_HEADERS}
    if headers["Content-Security-Policy"] is not None:
        headers["Content-Security-Policy"] = set(headers["Content-Security-Policy"].split("; "))
    return headers


@pytest.mark.slow  # a separate Python process with production settings
def test_deploy_check_is_clean_with_production_environment():
    result = production.run(["manage.py", "check", "--deploy", "--fail-level", "DEBUG"])
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1] == "System check identified no issues (0 silenced)."


@pytest.mark.slow  # a separate Python process with production settings
@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_startup_fails_with_a_clear_message_when_a_setting_is_missing(missing):
    result = production.run(["manage.py", "check"], **{missing: None})
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith(
        f"django.core.exceptions.ImproperlyConfigured: {missing} must be set in the environment"
    )


@pytest.mark.slow  # a separate Python process with production settings
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_public_page_and_admin_send_every_security_header_and_secure_cookies(django_user_model):
    django_user_model.objects.create_superuser(
        "secretariat", "secretariat@example.org", "a long passphrase for tests"
    )
    credentials = {"username": "secretariat", "password": "a long passphrase for tests"}
    home, login_form, signed_in, admin_index = production.requests(
        [
            ("get", "/", {}, {"secure": True}),
            ("get", "/admin/login/", {}, {"secure": True}),
            ("post", "/admin/login/?next=/admin/", credentials, {"secure": True}),
            ("get", "/admin/", {}, {"secure": True}),
        ]
    )
    assert home["status"] == 200
    assert security_headers(home) == SECURITY_HEADERS
    assert login_form["status"] == 200
    assert security_headers(login_form) == SECURITY_HEADERS
    assert login_form["cookies"] == {"csrftoken": SECURE_COOKIE}
    assert signed_in["status"] == 302
    assert signed_in["headers"]["Location"] == "/admin/"
    assert signed_in["cookies"] == {"csrftoken": SECURE_COOKIE, "sessionid": SECURE_COOKIE}
    assert admin_index["status"] == 200
    assert security_headers(admin_index) == SECURITY_HEADERS


@pytest.mark.slow  # a separate Python process with production settings
def test_plain_http_is_redirected_to_https_and_forwarded_proto_is_not_trusted_by_default():
    plain, claimed = production.requests(
        [
            ("get", "/events/", {}, {}),
            ("get", "/events/", {}, {"HTTP_X_FORWARDED_PROTO": "https"}),
        ],
        TRUST_X_FORWARDED_PROTO=None,
    )
    assert plain["status"] == 301
    assert plain["headers"]["Location"] == "https://testserver/events/"
    assert claimed["status"] == 301
    assert claimed["headers"]["Location"] == "https://testserver/events/"


@pytest.mark.slow  # a separate Python process with production settings
def test_forwarded_proto_https_counts_as_secure_when_the_proxy_is_trusted():
    forwarded, plain = production.requests(
        [
            ("get", "/", {}, {"HTTP_X_FORWARDED_PROTO": "https"}),
            ("get", "/", {}, {"HTTP_X_FORWARDED_PROTO": "http"}),
        ],
        TRUST_X_FORWARDED_PROTO="1",
    )
    assert forwarded["status"] == 200
    assert security_headers(forwarded) == SECURITY_HEADERS
    assert plain["status"] == 301
    assert plain["headers"]["Location"] == "https://testserver/"


@pytest.mark.slow  # a separate Python process with production settings
def test_health_check_answers_over_plain_http_for_load_balancers():
    (health,) = production.requests([("get", "/healthz", {}, {})])
    assert health["status"] == 200


def test_admin_passwords_follow_djangos_validators():
    with pytest.raises(ValidationError) as error:
        validate_password("12345678")
    assert error.value.messages == [
        "This password is too common.",
        "This password is entirely numeric.",
    ]
    with pytest.raises(ValidationError) as error:
        validate_password("k7#q")
    assert error.value.messages == [
        "This password is too short. It must contain at least 8 characters."
    ]
    assert validate_password("correct horse battery staple 2019") is None


CACHE_SCRIPT = (
    "import django; django.setup(); from django.core.cache import caches; "
    "cache = caches['default']; inner = cache.inner; "
    "print(type(cache).__name__, type(inner).__module__ + '.' + type(inner).__name__)"
)


@pytest.mark.slow  # a separate Python process with production settings
def test_cache_is_redis_only_when_redis_url_is_set():
    with_redis = production.run(["-c", CACHE_SCRIPT], REDIS_URL="redis://127.0.0.1:6379/0")
    without = production.run(["-c", CACHE_SCRIPT], REDIS_URL=None)
    # Every cache is wrapped so that a failing backend is a miss (core/cache_faults.py).
    assert with_redis.stdout.split() == [
        "FailSoftCache",
        "django.core.cache.backends.redis.RedisCache",
    ]
    assert without.stdout.split() == [
        "FailSoftCache",
        "django.core.cache.backends.locmem.LocMemCache",
    ]
