"""Settings for the APEC SME Innovation Portal.

Everything that differs between machines comes from the environment. The
defaults suit a developer's machine; with DEBUG off, the values that must not
have a default (SECRET_KEY, ALLOWED_HOSTS) are required and startup fails
without them.
"""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from apec_portal.logs import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment when DEBUG is off.")
    SECRET_KEY = "development-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
if not ALLOWED_HOSTS and not DEBUG:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must be set in the environment when DEBUG is off "
        "(a comma-separated list of host names)."
    )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Where readers write to the people who run this installation (/contact/, /accessibility/).
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "")

# Editorial emails (core/notifications.py): printed to the console in development; in
# production sent by SMTP with the EMAIL_* variables (docs/editors.md). EMAIL_BACKEND may
# name any Django backend. SITE_URL starts the admin links in the emails.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "APEC SME portal <webmaster@localhost>")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "").rstrip("/")
# APEC's project database, one address per project number ("{number}" is replaced);
# empty turns the links off. The default is initiatives.models.APEC_PROJECT_URL.
if "APEC_PROJECT_URL" in os.environ:
    APEC_PROJECT_URL = os.environ["APEC_PROJECT_URL"]

INSTALLED_APPS = [
    "core",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "axes",
    "reversion",
    "initiatives",
    "events",
    "statements",
    "apec_portal",
]

MIDDLEWARE = [
    # The header middleware come first, so that every answer passes them on its way out:
    # static files, refusals below, the 503 of an outage met before any view runs.
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "apec_portal.middleware.PermissionsPolicyMiddleware",
    # Before the methods check, which answers any other OPTIONS: a browser's CORS
    # preflight for the API needs the Access-Control headers.
    "apec_portal.middleware.ApiPreflightMiddleware",
    "apec_portal.middleware.AllowedMethodsMiddleware",
    "apec_portal.middleware.ProxySettingsWarningMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "apec_portal.middleware.RejectNullCharactersMiddleware",
    "apec_portal.middleware.DatabaseUnavailableMiddleware",
    # Before sessions and auth, so that a cached page costs one tiny query (and after
    # the outage handler, which turns a lost database into a 503).
    # A reader who chose a language and comes back to an English address is sent to the
    # same page in their language (before the page cache, which keys pages by address).
    "apec_portal.i18n.RememberedLanguageMiddleware",
    "apec_portal.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language: from the address's prefix on public pages, from the reader's choice
    # (cookie) or browser in the admin (apec_portal/i18n.py).
    "apec_portal.i18n.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: knows whether the answer was made for staff.
    "apec_portal.middleware.StaffResponsesPrivateMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "apec_portal.urls"
WSGI_APPLICATION = "apec_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "apec_portal.i18n.languages",
            ],
        },
    },
]

# PostgreSQL only. The default reaches the local server over its Unix socket
# as the current operating-system user, which is what scripts/setup prepares.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres:///apec_portal"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("DATABASE_URL must point at a PostgreSQL database.")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sign-in protection (django-axes; the reasoning is in apec_portal/auth.py). Failed
# sign-ins for one user name from one client address lock that pair out after
# AXES_FAILURE_LIMIT, for AXES_COOLOFF_MINUTES. Within SIGNIN_FAILURE_WINDOW_MINUTES, an
# account with SIGNIN_ACCOUNT_FAILURE_LIMIT failures (from any address) and an address with
# SIGNIN_ADDRESS_FAILURE_LIMIT failures (for any account) are refused too, except for an
# account at an address it signed in from within SIGNIN_KNOWN_ADDRESS_DAYS. Every lock-out
# is logged (apec_portal.apps).
AUTHENTICATION_BACKENDS = [
    "apec_portal.auth.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "apec_portal.auth.LockoutHandler"
AXES_ENABLE_ACCESS_FAILURE_LOG = True  # the account and address limits count its rows
SIGNIN_ACCOUNT_FAILURE_LIMIT = int(os.environ.get("SIGNIN_ACCOUNT_FAILURE_LIMIT", "50"))
SIGNIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("SIGNIN_ADDRESS_FAILURE_LIMIT", "30"))
SIGNIN_FAILURE_WINDOW = timedelta(
    minutes=int(os.environ.get("SIGNIN_FAILURE_WINDOW_MINUTES", "60"))
)
SIGNIN_KNOWN_ADDRESS_DAYS = int(os.environ.get("SIGNIN_KNOWN_ADDRESS_DAYS", "90"))
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "apec_portal.auth.client_ip"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The kinds of document the import pipeline reads (core/importing/kinds.py), in the order
# that breaks a tie when a text is recognised; and how long a reader may run (seconds).
IMPORT_KINDS = {
    "initiative": "initiatives.import_kind.InitiativeKind",
    "event": "events.import_kind.EventKind",
    "statement": "statements.import_kind.StatementKind",
}
IMPORT_READ_TIMEOUT = float(os.environ.get("IMPORT_READ_TIMEOUT", "10"))

# English at the unprefixed addresses; every other language under its prefix
# (/es/events/). Names are given in their own language: the switcher shows them so.
# The reasoning and the review of each catalogue are in docs/languages.md.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("zh-hant", "繁體中文"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("vi", "Tiếng Việt"),
    ("th", "ไทย"),
    ("id", "Bahasa Indonesia"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Imports take at most 1 MB of text (core.import_input). Pasted text travels as a form
# field, which percent-encoding can triple, so Django accepts form bodies up to 4 MB and
# leaves the import form to refuse what is over 1 MB with its own message; a larger body
# gets a 413 page (apec_portal.errors.bad_request). Uploads up to that size stay in memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 4_000_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 1_100_000

STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # The data releases (`manage.py make_release`, apec_portal/releases.py): files kept for
    # good. A deployment may point this alias at object storage (any Django storage).
    "releases": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": os.environ.get("RELEASES_DIR", str(BASE_DIR / "releases"))},
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Anonymous visitors' pages are cached for up to this many seconds, keyed by the
# content token (apec_portal/page_cache.py), so they are never stale; 0 turns
# the cache off (the default in development, so edits show without thinking).
# The portal's public address, written into data releases (their `url` columns and
# citations) by `manage.py make_release`, which runs outside any request.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://localhost:8000").rstrip("/")

PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0" if DEBUG else "300"))
PAGE_CACHE_ALIAS = "pages"
# Counts and facet counts, cached the same way (core/content_cache.py).
QUERY_CACHE_SECONDS = int(os.environ.get("QUERY_CACHE_SECONDS", "0" if DEBUG else "300"))
QUERY_CACHE_ALIAS = "queries"

SITE_NAME = "APEC SME Innovation Portal"

# Caching: Redis through Django's own backend when REDIS_URL is set (shared by
# every app server), otherwise each process keeps a small local-memory cache.
# Nothing in the portal needs the cache to be shared or even present.
REDIS_URL = os.environ.get("REDIS_URL", "")


def fail_soft(backend, location, options):
    """A CACHES entry: `backend` wrapped in core.cache_faults.FailSoftCache."""
    return {
        "BACKEND": "core.cache_faults.FailSoftCache",
        "LOCATION": location,
        "OPTIONS": {"backend": backend, **options},
    }


REDIS_BACKEND = "django.core.cache.backends.redis.RedisCache"
LOCMEM_BACKEND = "django.core.cache.backends.locmem.LocMemCache"
# Every cache is wrapped in core.cache_faults.FailSoftCache: a cache that fails (Redis
# down, a read-only or full directory) is a miss, logged once, never an error page.
CACHES = {
    "default": fail_soft(REDIS_BACKEND, REDIS_URL, {"name": "default"})
    if REDIS_URL
    else fail_soft(LOCMEM_BACKEND, "default", {"name": "default"})
}
# Anonymous pages: per process, since entries need no sharing (the key carries the
# content token). Counts and facets: shared by every server process (Redis when
# there is one, else files on this machine), so an expensive count is made once per
# edit, not once per worker; entries of another database never match (the key holds
# its content token).
CACHES[PAGE_CACHE_ALIAS] = fail_soft(
    LOCMEM_BACKEND,
    "pages",
    {"name": "pages", "MAX_ENTRIES": int(os.environ.get("PAGE_CACHE_ENTRIES", "1000"))},
)
CACHES[QUERY_CACHE_ALIAS] = (
    fail_soft(REDIS_BACKEND, REDIS_URL, {"name": "queries"})
    if REDIS_URL
    else fail_soft(
        # Django's file cache, listing its directory once per 50 writes, not every write.
        "core.file_cache.FileCache",
        os.environ.get(
            "QUERY_CACHE_DIR",
            str(
                Path(tempfile.gettempdir()) / f"apec-portal-queries-{DATABASES['default']['NAME']}"
            ),
        ),
        {"name": "queries", "MAX_ENTRIES": 5000},
    )
)
# In front of it, each process keeps the token-keyed values it last read or wrote (cards,
# fragments, counts) in its own memory (core/local_front.py); 0 entries turns that off.
QUERY_CACHE_LOCAL_ENTRIES = int(os.environ.get("QUERY_CACHE_LOCAL_ENTRIES", "2000"))
if QUERY_CACHE_LOCAL_ENTRIES:
    _shared = CACHES[QUERY_CACHE_ALIAS]["OPTIONS"]
    CACHES[QUERY_CACHE_ALIAS]["OPTIONS"] = {
        "backend": "core.local_front.LocalFrontCache",
        "name": _shared.pop("name"),
        "shared": _shared.pop("backend"),
        "LOCAL_ENTRIES": QUERY_CACHE_LOCAL_ENTRIES,
        **_shared,
    }
# URLs per section sitemap (apec_portal/sitemaps.py): 50,000 is the protocol's limit.
SITEMAP_PAGE_SIZE = int(os.environ.get("SITEMAP_PAGE_SIZE", "50000"))
# Full exports (CSV, iCalendar, the dataset) built once per content version and served as
# files (core/export_files.py); a cache: any server may delete it at any time.
EXPORT_CACHE_DIR = os.environ.get(
    "EXPORT_CACHE_DIR",
    str(Path(tempfile.gettempdir()) / f"apec-portal-exports-{DATABASES['default']['NAME']}"),
)
# How many full-export builds may run at once in the whole installation (PostgreSQL
# advisory locks, shared by every worker and server); a request that would start another
# gets a 503 with Retry-After (EXPORT_RETRY_AFTER seconds), so builds cannot starve pages.
EXPORT_BUILDS_AT_ONCE = int(os.environ.get("EXPORT_BUILDS_AT_ONCE", "1"))
EXPORT_RETRY_AFTER = int(os.environ.get("EXPORT_RETRY_AFTER", "5"))
# A partial export file older than this (seconds) belongs to a build that died: removed.
EXPORT_BUILD_TIMEOUT = int(os.environ.get("EXPORT_BUILD_TIMEOUT", "600"))

# Sent on every answer: the browser features the portal does not use, turned off.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)

# --- HTTP security --------------------------------------------------------
# The same headers in development and production, so that a page that breaks
# the policy breaks on a developer's machine first. Only what cannot work over
# plain HTTP (HSTS, secure cookies, the HTTPS redirect) waits for DEBUG off.
PRODUCTION = not DEBUG

# Behind a TLS-terminating proxy, the proxy says which scheme the client used.
# Trust that header only when told to: otherwise any client could claim HTTPS.
TRUST_X_FORWARDED_PROTO = env_bool("TRUST_X_FORWARDED_PROTO", default=False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TRUST_X_FORWARDED_PROTO else None
# How many proxies in front of the portal append to X-Forwarded-For; the
# client address used for sign-in lock-outs is read that far from the right.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=PRODUCTION)
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 63072000 if PRODUCTION else 0  # two years, as hstspreload.org asks
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_HSTS_PRELOAD = PRODUCTION
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

SESSION_COOKIE_SECURE = PRODUCTION
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

# No inline script or style anywhere: everything comes from our own origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# One line per event on stdout, as JSON (apec_portal.logs.JsonLineFormatter).
LOGGING = logging_config(level=os.environ.get("LOG_LEVEL", "INFO"))
