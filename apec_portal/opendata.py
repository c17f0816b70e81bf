"""Site-wide open-data pages: /data/, the whole dataset, robots.txt."""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from apec_portal.api import superseding_endpoint
from apec_portal.dataset import FILENAME, write_dataset_file
from apec_portal.economies import ECONOMY_EXPORT
from apec_portal.search_export import SEARCH_EXPORT
from core.export_files import file_download
from core.exports import (
    JSON_MAX_PAGE_SIZE,
    JSON_PAGE_SIZE,
    ReferenceColumn,
    export_languages,
    open_data,
)
from events.exports import EVENT_EXPORT
from initiatives.exports import INITIATIVE_EXPORT
from statements.exports import STATEMENT_EXPORT

EXPORTS = [
    ("initiatives:list", _("Initiatives"), INITIATIVE_EXPORT, False),
    ("events:list", _("Events"), EVENT_EXPORT, True),
    ("statements:list", _("Ministerial statements"), STATEMENT_EXPORT, False),
    ("economies:list", _("Economies"), ECONOMY_EXPORT, False),
    ("search", _("Search results"), SEARCH_EXPORT, False),
]

#: The field tables' types, in the page's language (the declarations keep English, which
#: the data releases' `datapackage.json` uses).
TYPES = {
    "text": pgettext_lazy("data type", "text"),
    "code": pgettext_lazy("data type", "code"),
    "list of codes": pgettext_lazy("data type", "list of codes"),
    "list of text": pgettext_lazy("data type", "list of text"),
    "list": pgettext_lazy("data type", "list"),
    "integer": pgettext_lazy("data type", "integer"),
    "number": pgettext_lazy("data type", "number"),
    "boolean": pgettext_lazy("data type", "boolean"),
    "date": pgettext_lazy("data type", "date"),
    "date-time": pgettext_lazy("data type", "date-time"),
    "email": pgettext_lazy("data type", "email"),
}


def _type(name):
    return str(TYPES.get(name, name))


def csv_documentation(column):
    """`column.documentation()` in the page's language: (name, type, meaning, example)."""
    if not isinstance(column, ReferenceColumn):
        return [
            (name, _type(kind), gettext(meaning), example)
            for name, kind, meaning, example in column.documentation()
        ]
    meaning = gettext(column.meaning)
    several = " " + gettext("Several values are joined by “; ”, in the same order in both columns.")
    suffix = several if column.many else ""
    return [
        (
            column.key_column,
            _type("list of codes" if column.many else "code"),
            gettext("%(meaning)s (%(key)s).") % {"meaning": meaning, "key": column.key_name}
            + suffix,
            column.key_example,
        ),
        (
            column.name,
            _type("list of text" if column.many else "text"),
            gettext("%(meaning)s (name).") % {"meaning": meaning} + suffix,
            column.example,
        ),
    ]


def json_documentation(column):
    """`column.json_documentation()` in the page's language."""
    name, kind, meaning, example = column.json_documentation()
    if isinstance(column, ReferenceColumn):
        shape = f'{{"{column.key_name}": …, "name": …}}'
        if column.many:
            kind = gettext("list of %(shape)s") % {"shape": shape}
        else:
            kind = gettext("%(shape)s or null") % {"shape": shape}
    else:
        kind = _type(kind)
    return (name, kind, gettext(meaning), example)


@require_safe
def data_page(request):
    """Documents every export field, generated from the column declarations."""
    lists = [
        {
            "title": title,
            "url": reverse(url_name),
            "export": export,
            "csv_fields": [row for column in export.columns for row in csv_documentation(column)],
            "json_fields": [json_documentation(column) for column in export.columns],
            "ics": ics,
            "api": superseding_endpoint(reverse(url_name)),
        }
        for url_name, title, export, ics in EXPORTS
    ]
    context = {
        "lists": lists,
        "page_size": JSON_PAGE_SIZE,
        "max_page_size": JSON_MAX_PAGE_SIZE,
        "dataset_filename": FILENAME,
        "export_language_codes": format_html_join(
            ", ", "<code>{}</code>", ((code,) for code in export_languages())
        ),
    }
    return render(request, "data.html", context)


@require_safe
def dataset_download(request):
    """The whole published dataset: a file built once per content version, sent with
    Content-Length and ETag (a client can tell a cut download from a whole one)."""
    stamp = timezone.now().date().isoformat()
    name = FILENAME.removesuffix(".json")
    return open_data(
        file_download(
            request,
            ("dataset",),
            ".json",
            write_dataset_file,
            content_type="application/json; charset=utf-8",
            filename=f"{name}_{stamp}.json",
        )
    )


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Exports of every filter combination are for people who ask for them.
        "Disallow: /*?*format=",
        "Disallow: /data/dataset.json",
        f"Sitemap: {sitemap}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
