"""A page cache for anonymous visitors that is never stale.

Every table of the content apps carries a statement-level trigger that gives
the single `ContentVersion` row a new random token in the same transaction as
the write (an editor's save, a publish, an import, a bulk update, a delete).
The middleware reads that token with one tiny query and keys each page by it:
once a write commits, no request can reach a page rendered before it, and a
page rendered inside a transaction that later rolls back is keyed by a token
nobody will ever read again. Old entries simply age out of the cache.

Only anonymous GET/HEAD requests are served from the cache (a request that
carries a session cookie, as every signed-in editor's does, always renders
afresh and is never stored, so a draft a member of staff previews can never
reach the cache), and only plain 200 responses that set no cookie are stored.
The key includes today's date, so pages that depend on it ("upcoming events")
turn over at midnight, and `PAGE_CACHE_SECONDS` bounds an entry's life.
"""

import hashlib

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.http import HttpResponse
from django.utils import timezone

CONTENT_APPS = ("initiatives", "events", "statements")
TRIGGER = "apec_portal_content_changed"
HEADER = "X-Page-Cache"


def content_tables():
    """Every table whose rows a public page may show."""
    tables = set()
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if model._meta.managed and not model._meta.proxy:
                tables.add(model._meta.db_table)
    return sorted(tables)


def content_triggers_install(using=DEFAULT_DB_ALIAS):
    """Attach the version trigger to every content table (idempotent; run after migrate)."""
    db = connections[using]
    with db.cursor() as cursor:
        cursor.execute("SELECT to_regproc(%s) IS NOT NULL", [TRIGGER])
        if not cursor.fetchone()[0]:
            return []  # apec_portal's migration has not run (yet)
        existing = set(db.introspection.table_names(cursor))
        installed = []
        for table in content_tables():
            if table not in existing:
                continue
            cursor.execute(
                f"CREATE OR REPLACE TRIGGER {TRIGGER} "
                f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {db.ops.quote_name(table)} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {TRIGGER}()"
            )
            installed.append(table)
    return installed


def install_triggers_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    content_triggers_install(using)


def content_token():
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM apec_portal_contentversion WHERE id = 1")
        row = cursor.fetchone()
    return str(row[0]) if row else "none"


def page_key(request, token):
    parts = [
        token,
        timezone.localdate().isoformat(),
        request.scheme,
        request.get_host(),
        "gzip" if "gzip" in request.headers.get("Accept-Encoding", "") else "identity",
        request.get_full_path(),
    ]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith("/admin/")
    )


def _cacheable_response(response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors' pages from the cache, keyed by the content version."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        cache = caches[settings.PAGE_CACHE_ALIAS]
        key = page_key(request, content_token())
        entry = cache.get(key)
        if entry is not None:
            status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            headers = [(name, value) for name, value in response.items() if name != HEADER]
            cache.set(key, (response.status_code, headers, response.content), seconds)
            response[HEADER] = "miss"
        return response
