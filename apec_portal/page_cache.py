"""A page cache for anonymous visitors that is never stale.

Every table of the content apps carries a statement-level trigger that gives
the single content-token row (`ContentToken`) a new random token in the same transaction as
the write (an editor's save, a publish, an import, a bulk update, a delete;
see `core.content_cache`). For every GET or HEAD the middleware reads that
token once, with one tiny query, and pins it for the request (the query cache
of counts and facets uses it too). It keys each anonymous page by it:
once a write commits, no request can reach a page rendered before it, and a
page rendered inside a transaction that later rolls back is keyed by a token
nobody will ever read again. Old entries simply age out of the cache.

Only GET/HEAD requests without a session cookie are served from the cache (a
request that carries one, as every signed-in editor's does, always renders
afresh). A page is stored only when it was rendered for the public audience
(`core.content_cache.audience`, decided after authentication, so a staff page
never reaches the cache however the reader signed in; a request with a stale
or foreign session cookie renders as anonymous and is not stored either), and
only plain 200 responses that set no cookie are stored.
The key includes today's date, so pages that depend on it ("upcoming events")
turn over at midnight, and `PAGE_CACHE_SECONDS` bounds an entry's life.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language_from_path

from core.content_cache import PUBLIC, audience, content_token_pinned

HEADER = "X-Page-Cache"


def page_key(request, token):
    parts = [
        token,
        timezone.localdate().isoformat(),
        request.scheme,
        request.get_host(),
        "gzip" if "gzip" in request.headers.get("Accept-Encoding", "") else "identity",
        # The address decides a page's language (apec_portal/i18n.py); named here as well
        # so the key says so even if a page ever took its language from elsewhere.
        get_language_from_path(request.path_info) or settings.LANGUAGE_CODE,
        request.get_full_path(),
    ]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith("/admin/")
    )


def _cacheable_response(request, response):
    return (
        audience(request) == PUBLIC
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors' pages from the cache, keyed by the content token."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        caching = settings.PAGE_CACHE_SECONDS or settings.QUERY_CACHE_SECONDS
        if not caching or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        with content_token_pinned() as token:
            return self.respond(request, token)

    def respond(self, request, token):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        cache = caches[settings.PAGE_CACHE_ALIAS]
        key = page_key(request, token)
        entry = cache.get(key)
        if entry is not None:
            status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(request, response):
            headers = [(name, value) for name, value in response.items() if name != HEADER]
            cache.set(key, (response.status_code, headers, response.content), seconds)
            response[HEADER] = "miss"
        return response
