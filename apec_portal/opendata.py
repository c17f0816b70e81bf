"""Site-wide open-data pages: /data/, the whole dataset, robots.txt."""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from apec_portal.api import superseding_endpoint
from apec_portal.dataset import FILENAME, write_dataset_file
from apec_portal.economies import ECONOMY_EXPORT
from apec_portal.search_export import SEARCH_EXPORT
from core.export_files import file_download
from core.exports import JSON_MAX_PAGE_SIZE, JSON_PAGE_SIZE, export_languages, open_data
from events.exports import EVENT_EXPORT
from initiatives.exports import INITIATIVE_EXPORT
from statements.exports import STATEMENT_EXPORT

EXPORTS = [
    ("initiatives:list", "Initiatives", INITIATIVE_EXPORT, False),
    ("events:list", "Events", EVENT_EXPORT, True),
    ("statements:list", "Ministerial statements", STATEMENT_EXPORT, False),
    ("economies:list", "Economies", ECONOMY_EXPORT, False),
    ("search", "Search results", SEARCH_EXPORT, False),
]


@require_safe
def data_page(request):
    """Documents every export field, generated from the column declarations."""
    lists = [
        {
            "title": title,
            "url": reverse(url_name),
            "export": export,
            "csv_fields": [row for column in export.columns for row in column.documentation()],
            "json_fields": [column.json_documentation() for column in export.columns],
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
        "export_languages": export_languages(),
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
