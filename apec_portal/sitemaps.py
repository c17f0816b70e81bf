"""sitemap.xml: an index of section sitemaps that together list every public page.

`/sitemap.xml` is a sitemap index (sitemaps.org protocol). It names one sitemap per
section and page: `/sitemap-events.xml`, `/sitemap-events.xml?p=2`, ... Each holds
at most `SITEMAP_PAGE_SIZE` URLs (50,000, the protocol's limit; a setting so tests can
make pages small). The sections are the list pages, the economies and every published
initiative, event and statement; a draft or a record in review never appears (the
sitemap is the same for every reader: it is made for search engines).

Every page is built from plain values (`values_list`, one query), never from model
instances, with `lastmod` where the record has an update time (the index gives each
page the latest of its records), and absolute URLs for the request's scheme and host.
The finished XML is kept under the content token (`core/content_cache.py`), so it is
built once per edit.
"""

import datetime
import io
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from django.conf import settings
from django.db import connection
from django.db.models import DateTimeField, Value
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from apec_portal.i18n import language_codes, localized_path
from core.content_cache import content_cached, reader_key
from core.list_params import page_number
from events.models import Event
from initiatives.models import Economy, Initiative
from statements.models import Statement

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
CONTENT_TYPE = "application/xml; charset=utf-8"

# The list and site pages named in the sitemap, in this order.
LIST_PAGES = (
    "home",
    "initiatives:list",
    "events:list",
    "statements:list",
    "economies:list",
    "data",
)


@dataclass(frozen=True)
class Section:
    """One sitemap section: `rows()` gives (key, lastmod or None) in a stable order, and
    `url_name` turns a key into the record's page (`reverse(url_name, args=[key])`)."""

    name: str
    url_name: str
    rows: Any
    lower_case_key: bool = False

    def path_maker(self):
        """key -> path, without resolving a URL per row (100,000 rows go by)."""
        prefix, suffix = _english_path(self.url_name, "KEY").split("KEY")
        if self.lower_case_key:
            return lambda key: f"{prefix}{key.lower()}{suffix}"
        return lambda key: f"{prefix}{key}{suffix}"


def _published(model):
    def rows():
        return model.objects.published().order_by("slug").values_list("slug", "updated_at")

    return rows


def _economies():
    return Economy.objects.order_by("code").values_list(
        "code", Value(None, output_field=DateTimeField())
    )


RECORD_SECTIONS = {
    section.name: section
    for section in (
        Section("economies", "economies:detail", _economies, lower_case_key=True),
        Section("initiatives", "initiatives:detail", _published(Initiative)),
        Section("events", "events:detail", _published(Event)),
        Section("statements", "statements:detail", _published(Statement)),
    )
}
SECTION_NAMES = ("pages", *RECORD_SECTIONS)


def page_size():
    return settings.SITEMAP_PAGE_SIZE


def _w3c(moment):
    """A lastmod value: the UTC time to the second (W3C Datetime)."""
    moment = moment.astimezone(datetime.UTC).replace(microsecond=0)
    return moment.isoformat()


def section_pages():
    """[(section name, page number, latest lastmod or None)] for every page of every
    section, in one query (pages are counted in the order the section pages use)."""
    size = page_size()
    pages = [("pages", number + 1, None) for number in range(-(-len(LIST_PAGES) // size))]
    parts, params = [], []
    for section in RECORD_SECTIONS.values():
        sql, section_params = section.rows().query.sql_with_params()
        parts.append(
            "SELECT %s AS section, (row_number() OVER (ORDER BY listed.key) - 1) / %s + 1 "
            f"AS page, listed.lastmod::timestamptz AS lastmod FROM ({sql}) AS listed (key, lastmod)"
        )
        params += [section.name, size, *section_params]
    union = " UNION ALL ".join(parts)
    order = " ".join(f"WHEN %s THEN {position}" for position in range(len(RECORD_SECTIONS)))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT section, page, max(lastmod) FROM ({union}) AS numbered "
            f"GROUP BY section, page ORDER BY CASE section {order} END, page",
            [*params, *RECORD_SECTIONS],
        )
        pages += cursor.fetchall()
    return pages


def _xml(root, entries):
    """The document, written entry by entry (a page of 50,000 URLs is never held twice)."""
    text = io.StringIO()
    text.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<{root} xmlns="{NAMESPACE}">\n')
    empty = True
    for entry in entries:
        text.write(entry)
        empty = False
    text.write(f"</{root}>\n")
    return None if empty else text.getvalue().encode()


def _entry(tag, location, lastmod):
    moment = f"<lastmod>{_w3c(lastmod)}</lastmod>" if lastmod is not None else ""
    return f"<{tag}><loc>{escape(location)}</loc>{moment}</{tag}>\n"


def index_xml(base):
    """Every page of every section, once per language: English at the section's address,
    each other language with `lang=<code>` (its pages list that language's addresses)."""
    sitemap = reverse("sitemap-section", args=["SECTION"])
    entries = []
    for name, number, lastmod in section_pages():
        for code in language_codes():
            query = [f"p={number}"] if number > 1 else []
            if code != settings.LANGUAGE_CODE:
                query.append(f"lang={code}")
            location = base + sitemap.replace("SECTION", name)
            if query:
                location += "?" + "&".join(query)
            entries.append(_entry("sitemap", location, lastmod))
    return _xml("sitemapindex", entries or [""])


def _english_path(url_name, *args):
    """A page's English address whatever language is active (sitemaps are built per
    language from English addresses)."""
    with translation.override(settings.LANGUAGE_CODE):
        return reverse(url_name, args=args)


def section_xml(base, name, number, code=None):
    """The XML of page `number` of section `name` in the language `code` (English when
    None), or None when there is no such page."""
    size = page_size()
    start = (number - 1) * size
    code = code or settings.LANGUAGE_CODE
    if name == "pages":
        rows = ((_english_path(url_name), None) for url_name in LIST_PAGES[start : start + size])
    else:
        section = RECORD_SECTIONS[name]
        path = section.path_maker()
        listed = section.rows()[start : start + size].iterator(chunk_size=5000)
        rows = ((path(key), lastmod) for key, lastmod in listed)
    content = _xml(
        "urlset",
        (
            _entry("url", base + localized_path(location, code), lastmod)
            for location, lastmod in rows
        ),
    )
    if content is None and number == 1:  # a section with nothing yet: an empty urlset
        return _xml("urlset", [""])
    return content


def _response(content, status=200):
    response = HttpResponse(content, status=status, content_type=CONTENT_TYPE)
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


def _base(request):
    return f"{request.scheme}://{request.get_host()}"


@require_safe
def sitemap_index(request):
    base = _base(request)
    key = reader_key(request, "sitemap-index", str(page_size()), base)
    return _response(content_cached(key, lambda: index_xml(base)))


def _page_number(request):
    """The `p` parameter: a whole number from 1 (absent means 1), else None."""
    values = request.GET.getlist("p")
    if not values:
        return 1
    return page_number(values[0]) if len(values) == 1 else None


@require_safe
def sitemap_section(request, section):
    if section not in SECTION_NAMES:
        raise Http404("There is no such sitemap.")
    number = _page_number(request)
    code = request.GET.get("lang", settings.LANGUAGE_CODE)
    if code not in language_codes():
        message = "lang must be one of " + ", ".join(language_codes()) + ".\n"
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    if number is None:
        message = "p must be a whole number from 1, given once, e.g. ?p=2.\n"
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    base = _base(request)
    key = reader_key(request, "sitemap", section, str(number), code, str(page_size()), base)
    content = content_cached(key, lambda: section_xml(base, section, number, code) or b"")
    if not content:
        message = f"The {section} sitemap has no page {number}; /sitemap.xml lists its pages.\n"
        return HttpResponse(message, status=404, content_type="text/plain; charset=utf-8")
    return _response(content)
