"""/data/releases/: every data release, newest first, with its files, checksums, changes
and citations; each release's permanent page, and its files read through the storage."""

import mimetypes

from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from apec_portal.models import Release
from apec_portal.releases import STORAGE, TABLES, citations
from core.exports import open_data


def release_context(request, release):
    url = request.build_absolute_uri(reverse("data-release", args=[release.number]))
    files = [
        {**item, "url": reverse("data-release-file", args=[release.number, item["name"]])}
        for item in release.files
    ]
    return {
        "release": release,
        "url": url,
        "files": files,
        # In the tables' own order (the database keeps JSON keys in an order of its own).
        "changes": [
            {
                "table": table.name,
                "count": release.counts.get(table.name),
                "change": release.changes.get(table.name),
            }
            for table in TABLES
            if table.name in release.counts
        ],
        "citations": citations(release, url),
    }


@require_safe
def release_list(request):
    releases = [release_context(request, release) for release in Release.objects.all()]
    return render(request, "releases/release_list.html", {"releases": releases})


@require_safe
def release_detail(request, number):
    release = get_object_or_404(Release, number=number)
    return render(request, "releases/release_detail.html", release_context(request, release))


@require_safe
def release_file(request, number, name):
    release = get_object_or_404(Release, number=number)
    if name not in {item["name"] for item in release.files}:
        raise Http404("This release has no such file.")
    storage = storages[STORAGE]
    try:
        handle = storage.open(f"{release.folder}/{name}", "rb")
    except FileNotFoundError as missing:
        raise Http404("The file is missing from the storage.") from missing
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type == "application/json":
        content_type += "; charset=utf-8"
    response = FileResponse(handle, content_type=content_type, as_attachment=True, filename=name)
    sha = next(item["sha256"] for item in release.files if item["name"] == name)
    response["ETag"] = f'"{sha}"'
    return open_data(response)
