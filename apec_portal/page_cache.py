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

Only GET/HEAD requests without a signed-in session are served from the cache. A
request whose session cookie names a live session of a signed-in user (every
editor's) always renders afresh; a cookie that names no live session (made up,
expired, of another installation) is anonymous and gets the cached page. Telling
the two apart costs one lookup in the session store, remembered for
`SESSION_VERDICT_SECONDS` per process, so random cookies cannot make every request
render (`signed_in_session`). A page is stored only when it was rendered for the public audience
(`core.content_cache.audience`, decided after authentication, so a staff page
never reaches the cache however the reader signed in; a request with a stale
or foreign session cookie renders as anonymous and is not stored either), and
only plain 200 responses that set no cookie are stored.
The key includes today's date, so pages that depend on it ("upcoming events")
turn over at midnight, and `PAGE_CACHE_SECONDS` bounds an entry's life.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
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


#: How long a process remembers what a session cookie is, and how many it remembers.
SESSION_VERDICT_SECONDS = 30
SESSION_VERDICT_ENTRIES = 10_000

_verdicts = OrderedDict()  # session key -> (remembered until, signed in)
_verdicts_lock = threading.Lock()


def signed_in_session(session_key):
    """Whether `session_key` names a live session of a signed-in user.

    One lookup in the session store (one query with the database backend; none for a
    key that is not even well formed), remembered for SESSION_VERDICT_SECONDS. Caching
    "no" is safe: a key that names no session never becomes one (Django gives a new
    session a new key). Caching "yes" only ever makes a request skip the page cache.
    """
    now = time.monotonic()
    with _verdicts_lock:
        verdict = _verdicts.get(session_key)
        if verdict is not None and verdict[0] > now:
            return verdict[1]
    if len(session_key) < 8 or not session_key.isalnum():  # Django never makes such a key
        return False
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    signed_in = SESSION_KEY in store.load()
    with _verdicts_lock:
        _verdicts[session_key] = (now + SESSION_VERDICT_SECONDS, signed_in)
        _verdicts.move_to_end(session_key)
        while len(_verdicts) > SESSION_VERDICT_ENTRIES:
            _verdicts.popitem(last=False)
    return signed_in


def forget_session_verdicts():
    with _verdicts_lock:
        _verdicts.clear()


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD") or request.path.startswith("/admin/"):
        return False
    if request.path.startswith("/api/"):
        # The API keeps its own bodies under the token and answers If-None-Match itself.
        return False
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    return not session_key or not signed_in_session(session_key)


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
        key = page_key(request, token)
        entry = caches[settings.PAGE_CACHE_ALIAS].get(key)
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
            caches[settings.PAGE_CACHE_ALIAS].set(
                key,
                (response.status_code, headers, response.content),
                seconds,
            )
            response[HEADER] = "miss"
        return response
