"""The read-only API, version 1: `/api/v1/` with its OpenAPI 3.1 document.

Built with django-ninja (docs/data.md says why, with the measurements). Each list
operation is the public list it mirrors, read the same way:

- the list view's own queryset and FilterSet (`<app>/filters.py`), so the parameters,
  their validation and the orderings are those of `/events/`, `/initiatives/`,
  `/statements/` and `/economies/`; a bad parameter answers 400 with the form's messages;
- published records only, for every reader, as the downloads (an API client is never
  shown a draft, whoever it is signed in as);
- the fields of the list's export columns (`<app>/exports.py`), which the /data/ page
  documents as the data dictionary: the response schemas are generated from the same
  declarations, so the names cannot drift apart; statements also carry their paragraphs;
- pages of `page_size` records with absolute `next` and `previous` links, as the JSON
  exports (`core.exports.json_page`).

Every answer is open data (CORS `*`). A 200 carries a weak ETag named by the content
token and the request's path and query, so `If-None-Match` is answered 304 after one
tiny query, and its body is kept in the query cache under the same token.
"""

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import django_filters
from django.http import HttpResponse
from django.urls import reverse
from ninja import NinjaAPI, Query, Schema
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import Field, create_model

from apec_portal.economies import ECONOMY_EXPORT, EconomyListView
from core.content_cache import content_cached, content_token, content_token_pinned
from core.exports import (
    JSON_MAX_PAGE_SIZE,
    JSON_PAGE_SIZE,
    ExportContext,
    ExportError,
    ReferenceColumn,
    export_languages,
    json_page,
    open_data,
)
from core.filters import FIRST_YEAR, LAST_YEAR, EconomyFilter, SortFilter, YearFilter
from core.list_params import reject_repeats
from events.exports import EVENT_EXPORT
from events.views import EventListView
from initiatives.exports import INITIATIVE_EXPORT
from initiatives.views import InitiativeListView
from statements.exports import STATEMENT_EXPORT
from statements.models import Paragraph
from statements.views import StatementListView

VERSION = "1"

api = NinjaAPI(
    title="APEC SME Innovation Portal API",
    version=VERSION,
    description=(
        "Read-only access to the portal's published records: ministerial statements with "
        "their paragraphs, initiatives, events and member economies. Each list takes the "
        "filters and orderings of the matching public list and answers pages with `next` "
        "and `previous` links. Field names are those of the data dictionary at /data/."
    ),
    urls_namespace="api-v1",
    docs_url=None,
    openapi_url="/openapi.json",
)


# --- Schemas generated from the export columns ----------------------------------------------


class ErrorOut(Schema):
    errors: dict[str, list[str]] = Field(
        description="Messages by parameter name, as the list page shows them beside its fields."
    )


class ReferenceOut(Schema):
    name: str


class OutputOut(Schema):
    title: str
    year: int | None = None
    url: str | None = None


class ParagraphOut(Schema):
    number: int | None = Field(description="The paragraph's number in the statement.")
    label: str = Field(description="The number as the source writes it (empty if the same).")
    section: str | None = Field(description="Heading of the section it is under.")
    text: str
    url: str = Field(description="Permanent link to the paragraph on its statement's page.")


#: What the schema says of a year and an economy code; the FilterSet's form still decides
#: (an out-of-range year or an unknown code is a 400 with the list page's message).
#: Empty is allowed: an empty filter is no filter, as on the list pages.
YEAR_PATTERN = r"^\s*([0-9]{4})?\s*$"
CODE_PATTERN = r"^\s*[A-Za-z]{3}\s*$"

SCALAR_TYPES = {"integer": int, "boolean": bool}


def reference_model(key_name):
    return create_model(f"Reference_{key_name}", __base__=ReferenceOut, **{key_name: (str, ...)})


def field_type(column):
    """The Python type of a column's JSON value (nullable: the sources leave gaps)."""
    if isinstance(column, ReferenceColumn):
        model = reference_model(column.key_name)
        return list[model] if column.many else model | None
    if column.type == "list":
        return list[OutputOut]
    if column.type.startswith("list"):
        return list[str]
    return SCALAR_TYPES.get(column.type, str) | None


def item_model(name, export, **extra):
    fields = {
        column.name: (field_type(column), Field(description=column.meaning))
        for column in export.columns
    }
    return create_model(name, __base__=Schema, **fields, **extra)


def page_model(name, item):
    return create_model(
        name,
        __base__=Schema,
        count=(int, Field(description="Records matching the filters, on every page.")),
        next=(str | None, Field(description="Absolute URL of the next page, if any.")),
        previous=(str | None, Field(description="Absolute URL of the previous page, if any.")),
        results=(list[item], ...),
    )


def params_model(name, filterset_class):
    """The query parameters: the FilterSet's filters (strings, validated by its form, so
    the messages are the list page's) plus `page` and `page_size`."""
    fields = {}
    for filter_name, declared in filterset_class.base_filters.items():
        label = str(declared.label or filter_name)
        multiple = isinstance(
            declared,
            django_filters.ModelMultipleChoiceFilter | django_filters.MultipleChoiceFilter,
        )
        if multiple:
            items = {"pattern": CODE_PATTERN} if isinstance(declared, EconomyFilter) else {}
            fields[filter_name] = (
                list[str],
                Field(
                    default=[],
                    description=f"{label}. Repeatable: any of the values.",
                    json_schema_extra={"items": {"type": "string", **items}} if items else None,
                ),
            )
            continue
        extra = {}
        if isinstance(declared, YearFilter):
            extra["json_schema_extra"] = {"pattern": YEAR_PATTERN}
            label = f"{label}, four digits ({FIRST_YEAR} to {LAST_YEAR})"
        elif isinstance(declared, SortFilter):
            extra["json_schema_extra"] = {"enum": ["", *declared.orderings]}
            label = f"{label}; the first is the default"
        elif isinstance(declared.extra.get("choices"), list | tuple):
            values = ["", *(str(value) for value, _ in declared.extra["choices"])]
            extra["json_schema_extra"] = {"enum": values}
        fields[filter_name] = (str | None, Field(default=None, description=label, **extra))
    fields["lang"] = (
        str | None,
        Field(
            default=None,
            description="Add the translations in this language beside the English, as the "
            "exports do: each translated field's `<field>_<lang>` key (`title_es`, "
            "`summary_zh_hans`) and each economy's and theme's `name_<lang>`; empty where "
            "there is no translation yet. Without it the answer is English only.",
            json_schema_extra={"enum": export_languages()},
        ),
    )
    fields["page"] = (
        int | None,
        Field(default=None, ge=1, description="Page number, from 1."),
    )
    fields["page_size"] = (
        int | None,
        Field(
            default=None,
            ge=1,
            le=JSON_MAX_PAGE_SIZE,
            description=f"Records per page: {JSON_PAGE_SIZE} unless given, at most "
            f"{JSON_MAX_PAGE_SIZE}.",
        ),
    )
    return create_model(name, __base__=Schema, **fields)


# --- One resource: the list it mirrors ------------------------------------------------------


@dataclass
class Resource:
    name: str  # the path segment and the operation's name
    title: str
    view: Any  # the public list's FilteredListView subclass
    export: Any  # its export columns: the data dictionary
    list_path: str
    published_only: bool = True
    add_to_page: Any = None  # (the page's results, context) -> None: adds fields

    def queryset(self, request):
        view = self.view()
        view.setup(request)
        queryset = view.get_queryset()
        return queryset.published() if self.published_only else queryset

    def filterset(self, request):
        return self.view.filterset_class(
            request.GET, queryset=self.queryset(request), request=request
        )


def add_paragraphs(results, context):
    """Each statement's paragraphs, in order, read in one query for the whole page."""
    paragraphs = {}
    rows = (
        Paragraph.objects.filter(statement__slug__in=[result["slug"] for result in results])
        .select_related("section", "statement__meeting")
        .order_by("statement", "number", "pk")
    )
    for paragraph in rows:
        paragraphs.setdefault(paragraph.statement.slug, []).append(
            {
                "number": paragraph.number,
                "label": paragraph.label,
                "section": paragraph.section.heading if paragraph.section_id else None,
                "text": paragraph.text,
                "url": context.absolute(paragraph.get_absolute_url()),
            }
        )
    for result in results:
        result["paragraphs"] = paragraphs.get(result["slug"], [])


RESOURCES = [
    Resource(
        "statements",
        "Ministerial statements",
        StatementListView,
        STATEMENT_EXPORT,
        "/statements/",
        add_to_page=add_paragraphs,
    ),
    Resource(
        "initiatives",
        "Initiatives",
        InitiativeListView,
        INITIATIVE_EXPORT,
        "/initiatives/",
    ),
    Resource("events", "Events", EventListView, EVENT_EXPORT, "/events/"),
    Resource(
        "economies",
        "Member economies",
        EconomyListView,
        ECONOMY_EXPORT,
        "/economies/",
        published_only=False,
    ),
]


# --- Answers ----------------------------------------------------------------------------------


#: What a web page on another site may send and read (CORS); the preflight is answered by
#: `apec_portal.middleware.ApiPreflightMiddleware`.
CORS_REQUEST_HEADERS = "If-None-Match"
CORS_EXPOSED_HEADERS = "ETag, Link"


def cors(response):
    response["Access-Control-Expose-Headers"] = CORS_EXPOSED_HEADERS
    return open_data(response)


def serialised(status, body):
    """(status, JSON text): what the query cache keeps, so a cached answer is not re-encoded."""
    return status, json.dumps(body, ensure_ascii=False, indent=1)


def json_response(body, status=200):
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False, indent=1),
        status=status,
        content_type="application/json",
    )
    return cors(response)


def error_response(errors, status=400):
    return json_response({"errors": errors}, status=status)


def etag_for(request):
    """A weak validator: the same content token, path and query give the same body."""
    named = "\n".join([content_token(), request.get_full_path()])
    return 'W/"' + hashlib.sha256(named.encode()).hexdigest()[:32] + '"'


def not_modified(request, etag):
    given = request.headers.get("If-None-Match", "")
    return etag in [tag.strip() for tag in given.split(",")] or given.strip() == "*"


def list_page(request, resource):
    """(status, body) of one page of `resource` under the request's filters."""
    filterset = resource.filterset(request)
    valid = filterset.is_valid()
    reject_repeats(filterset.form)
    if not valid or filterset.form.errors:
        messages = {
            name: [str(message) for message in field_errors]
            for name, field_errors in filterset.form.errors.items()
        }
        return 400, {"errors": messages}
    records = filterset.qs
    try:
        body = json_page(request, records, resource.export)
    except ExportError as error:
        name = "page" if error.status == 404 or "page" in error.message.lower() else "query"
        if "size" in error.message.lower():
            name = "page_size"
        if "lang" in error.message:
            name = "lang"
        return error.status, {"errors": {name: [error.message]}}
    if resource.add_to_page is not None:
        resource.add_to_page(body["results"], ExportContext.from_request(request))
    return 200, body


def answer(request, resource):
    with content_token_pinned():
        etag = etag_for(request)
        if not_modified(request, etag):
            response = cors(HttpResponse(status=304))
            response["ETag"] = etag
            return response
        status, text = content_cached(
            ("api", VERSION, resource.name, request.get_full_path()),
            lambda: serialised(*list_page(request, resource)),
        )
        response = cors(HttpResponse(text, status=status, content_type="application/json"))
        if status == 200:
            response["ETag"] = etag
        return response


def register(resource):
    item = item_model(
        f"{resource.name.title()}Item",
        resource.export,
        **(
            {"paragraphs": (list[ParagraphOut], Field(description="The statement's paragraphs."))}
            if resource.add_to_page
            else {}
        ),
    )
    page = page_model(f"{resource.name.title()}Page", item)
    params = params_model(f"{resource.name.title()}Params", resource.view.filterset_class)

    def operation(request, filters: Query[params]):  # the FilterSet reads request.GET
        return answer(request, resource)

    operation.__name__ = f"list_{resource.name}"
    api.get(
        f"/{resource.name}/",
        response={200: page, 304: None, 400: ErrorOut, 404: ErrorOut},
        summary=f"{resource.title}: a page of the published records",
        description=(
            f"The records of the public list {resource.list_path} with the same "
            "filters and orderings, published records only, with the fields of its export. "
            "Send the ETag back in `If-None-Match` to get 304 when nothing changed."
        ),
        operation_id=f"list_{resource.name}",
        tags=[resource.title],
    )(operation)


@api.exception_handler(NinjaValidationError)
def invalid_parameters(request, exc):
    """Parameters the schema's types reject (`page=abc`): 400, in the list's own shape."""
    errors = {}
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("query",)]
        name = location[-1] if location else "query"
        errors.setdefault(name, []).append(str(error.get("msg", "Invalid value.")))
    return error_response(errors)


for _resource in RESOURCES:
    register(_resource)


SUPERSEDED = {resource.list_path: f"/api/v{VERSION}/{resource.name}/" for resource in RESOURCES}


def superseding_endpoint(path):
    """The API list that supersedes the JSON export of the public list at `path`, if any."""
    return SUPERSEDED.get(path)


class IndexOut(Schema):
    version: str
    openapi: str = Field(description="The OpenAPI 3.1 document of this API.")
    reference: str = Field(description="The readable reference page.")
    lists: dict[str, str] = Field(description="Each list operation's URL, by resource.")


@api.get(
    "/",
    response={200: IndexOut},
    summary="Where everything is",
    operation_id="index",
    tags=["Index"],
)
def index(request):
    def absolute(path):
        return request.build_absolute_uri(path)

    return json_response(
        {
            "version": VERSION,
            "openapi": absolute(reverse("api-v1:openapi-json")),
            "reference": absolute(reverse("api-reference")),
            "lists": {
                resource.name: absolute(f"/api/v{VERSION}/{resource.name}/")
                for resource in RESOURCES
            },
        }
    )
