"""The content token, and caches that can never be stale because they are keyed by it.

`ContentToken` (initiatives) holds one token that database triggers change with every
write to a content table (see its docstring). Anything derived from the
content (a page, a count, facet counts) can be cached under the token that
was current when it was computed: after the next write commits, every reader
sees a new token and recomputes. Old entries are never read again and age out.

During a safe (GET/HEAD) request the token is read once and pinned
(`content_token_pinned`), so a page costs one tiny query for it however many
cached values it uses. Requests that write are never pinned.

`QUERY_CACHE_SECONDS` (0 turns it off) bounds how long a value is kept.

Who a value was made for: staff preview drafts, so anything computed from what
the reader may see (facet counts, the filter panel, the year chart) differs
between staff and everyone else. Every such key is built by `reader_key`,
which puts the reader's `audience` ("public" or "staff") first; the anonymous
page cache stores only pages rendered for the public audience.
"""

import contextlib
import hashlib
from contextvars import ContextVar

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest
from django.utils import translation

from core.publication import can_preview_drafts

TRIGGER = "content_version_bump"  # the database function's name (kept: no schema change)
TOKEN_TABLE = "initiatives_contentversion"

_pinned = ContextVar("content_token", default=None)

PUBLIC = "public"
STAFF = "staff"


def audience(reader):
    """Who a value is made for: STAFF (may see drafts) or PUBLIC. `reader`: the request,
    or the user where no request is at hand (search); None is the public."""
    user = getattr(reader, "user", None) if isinstance(reader, HttpRequest) else reader
    return STAFF if can_preview_drafts(user) else PUBLIC


def reader_key(reader, *parts):
    """Cache-key parts for a value that depends on what the reader (a request or a user)
    may see: the one place such keys are made, so none can forget who it was made for."""
    return (f"audience={audience(reader)}", *parts)


def is_content_model(model):
    """Whether a write to `model`'s table may change what a public page shows.

    The rule: a public record (`core.models.PublicRecord`), any model related to
    one in either direction (its economies, themes, objectives, sections, ...),
    including the auto-created many-to-many tables, and any model that says so
    with `shown_on_public_pages = True` (the spelling vocabulary). Unmanaged and
    proxy models have no table of their own.
    """
    from core.models import PublicRecord

    def public(other):
        return isinstance(other, type) and issubclass(other, PublicRecord)

    if not model._meta.managed or model._meta.proxy:
        return False
    if public(model) or getattr(model, "shown_on_public_pages", False):
        return True
    return any(public(field.related_model) for field in model._meta.get_fields(include_hidden=True))


def content_tables():
    """Every table that must carry the content-token trigger, sorted."""
    tables = {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if is_content_model(model)
    }
    tables.discard(TOKEN_TABLE)
    return sorted(tables)


def content_token():
    """The current content token (the pinned one during a safe request)."""
    token = _pinned.get()
    if token is not None:
        return token
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {TOKEN_TABLE} WHERE id = 1")
        row = cursor.fetchone()
    return str(row[0]) if row else "none"


@contextlib.contextmanager
def content_token_pinned():
    """Read the token once for a request that writes nothing; yields it."""
    reset = _pinned.set(None)
    token = content_token()
    _pinned.set(token)
    try:
        yield token
    finally:
        _pinned.reset(reset)


def content_key(parts):
    """A cache key for `parts` (a tuple of strings) in the current content version and the
    active language (a fragment or label rendered in Spanish never serves a Russian page)."""
    parts = [content_token(), translation.get_language() or "", *parts]
    return "v:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def content_cached(parts, compute):
    """`compute()`, kept under the current content token and `parts` (a tuple of strings).

    For a value that depends on the reader, build `parts` with `reader_key`."""
    seconds = settings.QUERY_CACHE_SECONDS
    if not seconds:
        return compute()
    key = content_key(parts)
    cache = caches[settings.QUERY_CACHE_ALIAS]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def query_key(queryset, purpose):
    """Cache-key parts naming exactly what `queryset` would ask the database.

    Compiling the SQL costs about as much Python as a small page's other work; where the
    query is a function of a few known inputs (a list's validated filters and its reader),
    name those instead (`cached_count(queryset, parts)`)."""
    sql, params = queryset.query.sql_with_params()
    return (purpose, queryset.db, sql, repr(params))


def cached_count(queryset, parts=None):
    """`queryset.count()`, computed once per content token.

    `parts`: cache-key parts that name the query exactly (the list, the reader's audience,
    the validated filters); without them the compiled SQL names it."""
    key = (*parts, "count") if parts is not None else query_key(queryset.order_by(), "count")
    return content_cached(key, queryset.count)
