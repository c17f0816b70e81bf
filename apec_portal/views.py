"""Site-wide pages: home, search and the health check."""

from django.conf import settings
from django.core.paginator import EmptyPage
from django.db import DatabaseError, connection
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from apec_portal.forms import SearchForm
from apec_portal.search import search_records
from apec_portal.search_export import SEARCH_FORMATS, render_search_export
from core.cache_faults import cache_health
from core.content_cache import cached_count, content_key
from core.exports import error_response
from core.list_params import ListParamsForm
from core.pagination import page_links
from core.querylinks import QueryLinks, download_links
from core.record_refs import RecordRefs
from events.models import Event
from initiatives.models import Economy, Initiative
from statements.models import Statement


def home(request):
    events = Event.objects.published()
    today = timezone.localdate()
    context = {
        "counts": {
            # Published records for every reader: named by what they count, not by SQL.
            "initiatives": cached_count(Initiative.objects.published(), ("published initiatives",)),
            "events": cached_count(events, ("published events",)),
            "statements": cached_count(Statement.objects.published(), ("published statements",)),
            "economies": cached_count(Economy.objects.all(), ("economies",)),
        },
        "latest_events": cards(events.filter(start_date__lte=today).for_list(), 5),
        "upcoming_events": cards(
            events.filter(start_date__gt=today).for_list().order_by("start_date"), 5
        ),
        "featured_initiatives": cards(
            Initiative.objects.published()
            .for_list()
            .filter(start_year__isnull=False)
            .order_by("-start_year", "title"),
            3,
        ),
    }
    return render(request, "home.html", context)


def cards(queryset, limit):
    """The first `limit` records of `queryset` for `{% record_cards %}`: with the query cache
    on, as keys and edit numbers, full records built only for cards not cached
    (core/record_refs.py)."""
    if not settings.QUERY_CACHE_SECONDS:
        return queryset[:limit]
    return RecordRefs(queryset, queryset.values_list("pk", "version")[:limit])


PAGE_MESSAGE = _("Give the page number once, as a whole number from 1 up.")

#: How the search page words a bad `format` or `page` (read by the shared ListParamsForm).
SEARCH_MESSAGES = {
    "format": {
        "repeated": _("Give “Format” only once."),
        "unknown": _("Unknown format “%(value)s”. Search results are available as %(known)s."),
    },
    "page": dict.fromkeys(("repeated", "invalid", "min_value", "max_value"), PAGE_MESSAGE),
}


def search(request):
    """/search/?q=...: one ranked list over statement paragraphs, initiatives and events."""
    form = SearchForm(request.GET)
    context = {"form": form, "results": None, "error": "", **widget_cache_context()}
    params = ListParamsForm(
        request.GET, fields=("format", "page"), formats=SEARCH_FORMATS, messages=SEARCH_MESSAGES
    )
    params.is_valid()
    if "format" in params.errors:
        context["error"] = params.errors["format"][0]
        return render(request, "search.html", context, status=400)
    fmt = params.cleaned_data["format"]
    if not form.is_valid():
        if fmt != "html":
            messages = [f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()]
            return error_response(request, " ".join(messages), 400)
        return render(request, "search.html", context, status=400)
    text = form.cleaned_data["q"]
    if fmt != "html":
        # The JSON export reads `page` (and `page_size`) itself, in its own words.
        return render_search_export(
            request,
            user=request.user,
            text=text,
            filters=form.filters(),
            fmt=fmt,
            economies=form.economies,
            themes=form.themes,
        )
    if not text:
        return render(request, "search.html", context)
    if "page" in params.errors:
        context["error"] = params.errors["page"][0]
        return render(request, "search.html", context, status=400)
    page = params.cleaned_data["page"]
    try:
        context["results"] = search_records(
            user=request.user,
            text=text,
            filters=form.filters(),
            page_number=page,
            economies=form.economies,
            themes=form.themes,
            # "Search instead for <what was typed>" after a confident correction.
            as_typed=request.GET.get("as_typed") == "1",
        )
    except EmptyPage:
        context["error"] = _("There is no page %(page)s of results for this search.") % {
            "page": page
        }
        return render(request, "search.html", context, status=404)
    context.update(search_links(context["results"], QueryLinks(request.GET)))
    return render(request, "search.html", context)


def widget_cache_context():
    """What search.html keeps its filter fields' widgets under: each drop-down renders
    a template per option (21 economies) on every request, and its HTML depends only on
    the field, its value and errors (in the template's key), the language and the economy
    names (in the content key)."""
    if not settings.QUERY_CACHE_SECONDS:
        return {"widget_key": ""}
    return {
        "widget_key": content_key(("search-form-widgets",)),
        "fragment_seconds": settings.QUERY_CACHE_SECONDS,
        "query_cache": settings.QUERY_CACHE_ALIAS,
    }


def search_links(results, links):
    """Every link of a results page that changes its query string, each written once."""
    page = results.page
    return {
        "text_url": links(q=results.text, page=None, as_typed=None),
        "as_typed_url": links(q=results.corrected_from, as_typed=1, page=None),
        "suggestion_url": links(q=results.suggestion, page=None, as_typed=None),
        "all_types_url": links(type=None, page=None),
        "type_links": [(count, links(type=count.kind, page=None)) for count in results.counts],
        "downloads": download_links(links, SEARCH_FORMATS) if page.object_list else [],
        "pagination": page_links(page, links) if page.object_list else None,
    }


def healthz(request):
    """200 when PostgreSQL answers a query, 503 when it does not.

    The body says what works: `{"database": "ok", "cache": "ok"}`. A cache that fails is
    "degraded" and still a 200: the portal answers every page from the database then
    (`core.cache_faults`), only slower."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        database = "unavailable"
    else:
        database = "ok"
    cache = cache_health([settings.PAGE_CACHE_ALIAS, settings.QUERY_CACHE_ALIAS])
    response = JsonResponse(
        {"database": database, "cache": cache}, status=200 if database == "ok" else 503
    )
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def favicon(request):
    """Browsers and tools ask for /favicon.ico whatever the page says: send them the icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
