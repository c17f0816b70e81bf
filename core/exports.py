"""Open-data exports: column declarations and the CSV, JSON and iCalendar renderers.

Every filtered list hands its already filtered queryset and its declared
columns to one of the renderers here; each app declares its columns once, in
`<app>/exports.py`, and the `/data/` page documents them from the same
declarations. This module sits at the bottom of the import chain (`core`), so
it knows no domain model: records are plain objects reached through the
attribute names and callables the columns carry.

- CSV: every matching row, one header row, codes and labels in neighbouring
  columns, several values joined by "; " in code order, dates in ISO 8601.
  The file is built once per content version and filters, then served as a
  file with Content-Length and ETag (`core/export_files.py`); an export may
  declare `fast_csv_sql`, one SQL query that makes the same cells, which
  PostgreSQL then writes as CSV itself (COPY), for lists that reach 100,000 rows.
- JSON: one page at a time (`count`, `next`, `previous`, `results`), the same
  fields with related economies, themes and initiatives as nested objects.
- iCalendar: one all-day VEVENT per event, built into a file the same way
  (`fast_ics` is the quick path, byte for byte the same as `icalendar`'s).

Every CSV cell that a spreadsheet would read as a formula (one starting with
`=`, `+`, `-`, `@`, a tab or a line break) is written with a `'` in front
(OWASP's rule against CSV injection), so an editor's `=HYPERLINK(...)` stays text.

Every export and feed is open data: its responses carry
`Access-Control-Allow-Origin: *` (`open_data`), so a web app on another site
can read them; HTML pages and the admin never do.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db import connection
from django.db.models import Prefetch
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils.http import urlencode
from django.utils.translation import gettext_noop

from core.content_cache import reader_key
from core.economy_names import economy_code
from core.export_files import file_download
from core.list_params import ListParamsForm, requested_format

CSV_CHUNK_SIZE = 500
JSON_PAGE_SIZE = 50
JSON_MAX_PAGE_SIZE = 500
MULTI_VALUE_SEPARATOR = "; "

# Query parameters that choose how a list is shown rather than what is in it.
PRESENTATION_PARAMETERS = ("format", "page", "page_size", "sort")

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "ics": "text/calendar; charset=utf-8",
}


# --- Control characters ------------------------------------------------------------------
# Text in the files is plain text: every kind of line break (CR LF, a lone CR, LF, VT, FF,
# NEL, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR) becomes one LF, and every other
# control character (C0 but TAB, DEL, C1) is dropped. Each format then writes the LF its own
# way: iCalendar escapes it as "\n" (RFC 5545 3.3.11), CSV keeps it inside a quoted cell
# (RFC 4180). So no reader, however it splits lines, finds a line or a property an editor
# typed. The JSON exports keep the text exactly (JSON escapes what it must; the dataset file
# escapes the rest, apec_portal.dataset_sql). `plain_text` and `sql_plain_text` are the same
# rule, tested so (tests/events/test_export_controls.py).

LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
OTHER_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_ANY_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def plain_text(text):
    """`text` with every line break made LF and every other control character but TAB dropped."""
    if not _ANY_CONTROL.search(text):
        return text
    return OTHER_CONTROLS.sub("", LINE_BREAKS.sub("\n", text))


def sql_plain_text(expression):
    """SQL: `plain_text` of the text `expression` (PostgreSQL regular expressions)."""
    breaks = r"'\r\n|[\r\v\f\u0085\u2028\u2029]'"
    others = r"'[\u0001-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]'"
    return (
        f"regexp_replace(regexp_replace(({expression}), {breaks}, chr(10), 'g'), {others}, '', 'g')"
    )


# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
# (OWASP names CR too: a cell can only start with a line break as LF now, neutralised).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\n")


def neutralise_cell(text):
    """A CSV cell as written: plain text (`plain_text`) that a spreadsheet shows as text,
    with `'` before anything that would start a formula."""
    text = plain_text(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def sql_csv_cell(expression):
    """SQL: the value of `expression` as `neutralise_cell` writes it in a CSV file made by
    PostgreSQL's COPY: plain text, a formula start neutralised, NULL for nothing (COPY writes
    an empty string as `""` but NULL as an empty cell, which is how Python's csv writes "")."""
    starts = ", ".join(str(ord(start)) for start in FORMULA_STARTS)
    text = f"({sql_plain_text(f'({expression})::text')})"
    return f"nullif(CASE WHEN ascii({text}) IN ({starts}) THEN '''' || {text} ELSE {text} END, '')"


def open_data(response):
    """Mark a public, read-only export or feed as readable by web apps on any site (CORS)."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


class ExportError(Exception):
    """Bad export input (a page size over the limit, a page that is not a number, ...)."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def _getter(source):
    if callable(source):
        return source
    return attrgetter(source)


def _scalar_text(value):
    """How one value is written in a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return MULTI_VALUE_SEPARATOR.join(_scalar_text(item) for item in value)
    return str(value)


def _scalar_json(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def export_languages():
    """The codes `?lang=` takes: the portal's languages other than English."""
    return [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def export_lang(request):
    """The export language asked for with `?lang=`, or None; raises ExportError when it is
    not one of the portal's other languages (English values are always in the file)."""
    values = request.GET.getlist("lang")
    if not values:
        return None
    if len(values) > 1:
        raise ExportError("Give lang only once.")
    lang = values[0].strip().lower()
    if lang not in export_languages():
        raise ExportError(
            f"Unknown lang “{values[0][:30]}”: exports add translations in one of "
            f"{', '.join(export_languages())}. English values are always there: "
            "leave lang out for English only."
        )
    return lang


def lang_suffix(lang):
    """A column or key suffix for a language code: `es`, `zh_hans`."""
    return lang.replace("-", "_")


def translated_value(record, name, lang):
    """`record`'s translation of field `name` into `lang` (its `name_<suffix>` column,
    core/translation.py), "" where there is none yet."""
    return getattr(record, f"{name}_{lang_suffix(lang)}", "") or ""


@dataclass(frozen=True)
class Column:
    """One field of an export.

    `source` says how to get the value from a record: a dotted attribute path
    ("host.code", "start_date") or a callable taking the record. `type`,
    `meaning` and `example` are for people: the `/data/` page prints them.
    """

    name: str
    meaning: str
    type: str = "text"
    example: str = ""
    source: Any = None
    #: A translated field (core/translation.py): with `?lang=<code>`, a column
    #: `<name>_<suffix>` (`title_es`) and a key of that name follow the English, holding
    #: the translation or "" where there is none yet (docs/languages.md).
    translatable: bool = False

    def __post_init__(self):
        # Build the getter once: an export calls it for every row.
        object.__setattr__(self, "get", _getter(self.source or self.name))

    def value(self, record, context):
        return self.get(record)

    def translation_suffix(self, context):
        """The export language's suffix (`es`, `zh_hans`) when this column adds its
        translation, else None."""
        lang = getattr(context, "lang", None)
        return lang_suffix(lang) if self.translatable and lang else None

    def csv_headers(self, context=None):
        suffix = self.translation_suffix(context)
        return [self.name, f"{self.name}_{suffix}"] if suffix else [self.name]

    def csv_cells(self, record, context):
        cells = [_scalar_text(self.value(record, context))]
        if self.translation_suffix(context):
            cells.append(translated_value(record, self.source or self.name, context.lang))
        return cells

    def json_value(self, record, context):
        return _scalar_json(self.value(record, context))

    def json_items(self, record, context):
        """The (key, value) pairs of this field in a JSON record: its own, then its
        translation's when `?lang=` asks for it."""
        yield self.name, self.json_value(record, context)
        suffix = self.translation_suffix(context)
        if suffix:
            yield (
                f"{self.name}_{suffix}",
                translated_value(record, self.source or self.name, context.lang),
            )

    def documentation(self):
        """(name, type, meaning, example) rows: one per CSV column this field gives."""
        return [(self.name, self.type, self.meaning, self.example)]

    def json_documentation(self):
        return (self.name, self.type, self.meaning, self.example)


@dataclass(frozen=True)
class PermalinkColumn(Column):
    """The record's public page as an absolute URL."""

    name: str = "url"
    meaning: str = gettext_noop("Permanent link to the record's page on this portal.")
    type: str = "URL"

    def value(self, record, context):
        target = self.get(record) if self.source else record
        if target is None:
            return None
        return context.absolute(target.get_absolute_url())


@dataclass(frozen=True)
class ReferenceColumn(Column):
    """A link to other records: an economy, a theme, an initiative (one or several).

    In CSV it gives two neighbouring columns, the key (`key_column`, e.g.
    `host_economy_code`) and the label (`name`, e.g. `host_economy`); several
    values are joined by "; " in key order, keys and labels in the same order.
    In JSON it is an object (or a list of objects) `{key_name: ..., "name": ...}`.
    """

    key_column: str = ""
    key_name: str = "code"
    key: Any = "code"
    label: Any = "name"
    many: bool = False
    key_example: str = ""
    #: Economy and theme references: with `?lang=<code>`, a third CSV column
    #: (`host_economy_es`, `themes_es`) and a `name_es` key give the name in that
    #: language, from the economy's or theme's translated name (docs/languages.md).
    translated_names: bool = False
    #: The label in the export language, (record, lang) -> str ("" where there is no
    #: translation); by default the record's translated `name` (an initiative gives its
    #: translated title instead).
    translated_label: Any = None

    def __post_init__(self):
        super().__post_init__()
        object.__setattr__(self, "get_key", _getter(self.key))
        object.__setattr__(self, "get_label", _getter(self.label))

    def label_in(self, item, lang):
        if self.translated_label is not None:
            return self.translated_label(item, lang)
        return translated_value(item, "name", lang)

    def records(self, record):
        if not self.many:
            return self.get(record)
        # Rows the renderer prefetched for the export (see `Export.prefetch`), else
        # the relation's own (prefetched) rows. Sorting by key keeps the order
        # stable whatever order the rows came back in.
        rows = getattr(record, export_attribute(self.source), None)
        if rows is None:
            rows = self.get(record).all()
        return sorted(rows, key=self.get_key)

    def translated(self, context):
        """The export language's suffix (`es`, `zh_hans`) when this column adds names in it."""
        lang = getattr(context, "lang", None)
        return lang_suffix(lang) if self.translated_names and lang else None

    def csv_headers(self, context=None):
        suffix = self.translated(context)
        extra = [f"{self.name}_{suffix}"] if suffix else []
        return [self.key_column, self.name, *extra]

    def csv_cells(self, record, context):
        key, label = self.get_key, self.get_label
        related = self.records(record)
        suffix = self.translated(context)
        if not self.many:
            if related is None:
                return ["", "", ""] if suffix else ["", ""]
            cells = [_scalar_text(key(related)), _scalar_text(label(related))]
            if suffix:
                cells.append(self.label_in(related, context.lang))
            return cells
        cells = [
            MULTI_VALUE_SEPARATOR.join(_scalar_text(key(item)) for item in related),
            MULTI_VALUE_SEPARATOR.join(_scalar_text(label(item)) for item in related),
        ]
        if suffix:
            cells.append(
                MULTI_VALUE_SEPARATOR.join(self.label_in(item, context.lang) for item in related)
            )
        return cells

    def json_object(self, item, suffix, context):
        value = {self.key_name: self.get_key(item), "name": self.get_label(item)}
        if suffix:
            value[f"name_{suffix}"] = self.label_in(item, context.lang)
        return value

    def json_value(self, record, context):
        related = self.records(record)
        suffix = self.translated(context)
        if not self.many:
            if related is None:
                return None
            return self.json_object(related, suffix, context)
        return [self.json_object(item, suffix, context) for item in related]

    def documentation(self):
        several = " Several values are joined by “; ”, in the same order in both columns."
        suffix = several if self.many else ""
        return [
            (
                self.key_column,
                "list of codes" if self.many else "code",
                f"{self.meaning} ({self.key_name}).{suffix}",
                self.key_example,
            ),
            (
                self.name,
                "list of text" if self.many else "text",
                f"{self.meaning} (name).{suffix}",
                self.example,
            ),
        ]

    def json_documentation(self):
        shape = f'{{"{self.key_name}": …, "name": …}}'
        kind = f"list of {shape}" if self.many else f"{shape} or null"
        return (self.name, kind, self.meaning, f"{self.key_example} / {self.example}")


def economy_column(name, meaning, source, *, many=False, example="", key_example=""):
    singular = name.removesuffix("ies") + "y" if many else name
    return ReferenceColumn(
        name=name,
        key_column=f"{singular}_codes" if many else f"{name}_code",
        meaning=meaning,
        source=source,
        many=many,
        example=example,
        key_example=key_example,
        translated_names=True,
    )


def themes_column(source="themes"):
    return ReferenceColumn(
        name="themes",
        key_column="theme_slugs",
        key_name="slug",
        key="slug",
        meaning=gettext_noop("Themes of the controlled vocabulary the record is classified under"),
        source=source,
        many=True,
        example="Inclusive growth; Innovation",
        key_example="inclusive-growth; innovation",
        translated_names=True,
    )


@dataclass
class ExportContext:
    """What a renderer knows about the request: how to make an absolute URL."""

    base_url: str
    #: `?lang=<code>`: a language other than English whose names the exports add beside
    #: the English ones (None: English only, the same bytes as ever).
    lang: str | None = None

    @classmethod
    def from_request(cls, request):
        return cls(base_url=request.build_absolute_uri("/").rstrip("/"), lang=export_lang(request))

    def absolute(self, path):
        return f"{self.base_url}{path}"


def export_attribute(relation):
    return f"_export_{relation}"


@dataclass
class Export:
    """What one list exports: a name for files and the columns.

    `prefetch` names the many-valued relations the columns read. The renderers
    replace the list's own prefetching with exactly these, stored as plain lists
    (`Prefetch(to_attr=...)`), which is much cheaper per row than related managers
    when 100,000 rows go by.
    """

    name: str
    columns: list = field(default_factory=list)
    prefetch: tuple = ()
    #: Optional quick path for whole files: `fast_csv_sql(queryset, context)` gives the
    #: (sql, params) of one query whose columns are each record's CSV cells exactly as
    #: `csv_row` and `neutralise_cell` would write them (see `sql_csv_cell`; tested to be
    #: the same), which PostgreSQL writes as CSV itself (COPY); `fast_ics(queryset,
    #: context)` yields each VEVENT as bytes.
    fast_csv_sql: Any = None
    fast_ics: Any = None

    def prepare(self, queryset):
        if not self.prefetch:
            return queryset
        return queryset.prefetch_related(None).prefetch_related(
            *(Prefetch(name, to_attr=export_attribute(name)) for name in self.prefetch)
        )

    def csv_headers(self, context=None):
        return [header for column in self.columns for header in column.csv_headers(context)]

    def csv_row(self, record, context):
        return [cell for column in self.columns for cell in column.csv_cells(record, context)]

    def json_record(self, record, context):
        return dict(pair for column in self.columns for pair in column.json_items(record, context))


# --- file names --------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def export_filename(stem, params, extension):
    """A file name that says what was filtered: `events_economy-PHL_year-2019.csv`.

    `params` is the request's query (a QueryDict); presentation parameters are
    left out, filters are taken in alphabetical order so that the same filters
    always give the same name, and every value is reduced to letters, digits
    and hyphens (and shortened, so a long `q` cannot make a huge header).
    """
    parts = [stem]
    for key in sorted(params.keys()):
        if key in PRESENTATION_PARAMETERS:
            continue
        for value in params.getlist(key):
            cleaned = _UNSAFE.sub("-", value).strip("-")[:40]
            if cleaned:
                if key == "economy":
                    cleaned = economy_code(cleaned)
                parts.append(f"{_UNSAFE.sub('-', key)[:20]}-{cleaned}")
    name = "_".join(parts)[:150]
    return f"{name}.{extension}"


# --- CSV ---------------------------------------------------------------------------------


class _Echo:
    """A file-like object whose write() returns the line instead of keeping it."""

    def write(self, value):
        return value


def csv_lines(records, export, context):
    """Yield the CSV text line by line, header first, one record at a time."""
    writer = csv.writer(_Echo())
    yield writer.writerow(export.csv_headers(context))
    for record in records:
        yield writer.writerow([neutralise_cell(cell) for cell in export.csv_row(record, context)])


def csv_response(request, records, export):
    """A streamed CSV download of `records` (any iterable), named after the filters."""
    context = ExportContext.from_request(request)
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in csv_lines(records, export, context)),
        content_type=FORMATS["csv"],
    )
    filename = export_filename(export.name, request.GET, "csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_records(queryset, export, context):
    """Each record's CSV cells, neutralised, from the column declarations."""
    return (
        [neutralise_cell(cell) for cell in export.csv_row(record, context)]
        for record in export.prepare(queryset).iterator(chunk_size=CSV_CHUNK_SIZE)
    )


def write_csv(output, rows, export, context=None):
    """Write the header and `rows` (lists of neutralised cells) to the binary file `output`."""
    text = io.TextIOWrapper(output, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(export.csv_headers(context))
    writer.writerows(rows)
    text.flush()
    text.detach()


class _CRLFRows:
    """A file for psycopg2's `copy_expert`: PostgreSQL sends COPY's output one row per
    message, each ending in a bare LF; Python's csv module (and so every other CSV file
    here) ends rows with CRLF. Newlines inside a quoted cell are left as they are."""

    def __init__(self, output):
        self.output = output

    def write(self, row):
        if not row.endswith(b"\n"):
            raise ValueError("COPY sent a partial row")
        self.output.write(row[:-1])
        self.output.write(b"\r\n")


def write_csv_by_copy(output, sql, params, export):
    """Write the header, then let PostgreSQL write every row (`COPY (sql) TO STDOUT`):
    the same bytes as `write_csv` for the same cells (quoted only where needed)."""
    write_csv(output, (), export)
    with connection.cursor() as cursor:
        query = cursor.mogrify(sql, params).decode()
        cursor.copy_expert(
            f"COPY ({query}) TO STDOUT WITH (FORMAT csv, ENCODING 'UTF8')", _CRLFRows(output)
        )


def write_export_csv(output, queryset, export, context):
    """Every row of `queryset` as CSV into the binary file `output`: by COPY when the export
    has an SQL quick path (and no `lang`: the SQL writes English only), else from the column
    declarations."""
    if export.fast_csv_sql is not None and not context.lang:
        sql, params = export.fast_csv_sql(queryset, context)
        write_csv_by_copy(output, sql, params, export)
    else:
        write_csv(output, csv_records(queryset, export, context), export, context)


def export_key(request):
    """What a download file depends on besides the content version and the URL: the query
    (every parameter, in a stable order) and, as a safeguard, the reader's audience."""
    query = request.GET
    return reader_key(
        request, *sorted(f"{key}={value}" for key in query for value in query.getlist(key))
    )


def render_csv(request, queryset, export):
    """Every row of the queryset as a file built once per content version (constant memory)."""
    context = ExportContext.from_request(request)
    return file_download(
        request,
        export_key(request),
        ".csv",
        lambda output: write_export_csv(output, queryset, export, context),
        content_type=FORMATS["csv"],
        filename=export_filename(export.name, request.GET, "csv"),
    )


# --- JSON --------------------------------------------------------------------------------


#: How the JSON exports word a bad `page` or `page_size`: for people writing scripts.
EXPORT_MESSAGES = {
    name: {
        "repeated": "Give %(name)s only once.",
        "invalid": "%(name)s must be a whole number, not “%(value)s”.",
        "min_value": "%(name)s must be 1 or more, not %(value)s.",
        "max_value": "%(name)s can be at most %(limit)s, not %(value)s.",
    }
    for name in ("page", "page_size")
}
EXPORT_MESSAGES["page_size"]["max_value"] = (
    "page_size can be at most %(limit)s, not %(value)s; "
    "use format=csv to download every row at once."
)


def json_page_params(request):
    """(page number, page size) of a JSON export; raises ExportError when either is bad."""
    params = ListParamsForm(
        request.GET,
        fields=("page", "page_size"),
        page_size=JSON_PAGE_SIZE,
        max_page_size=JSON_MAX_PAGE_SIZE,
        messages=EXPORT_MESSAGES,
    )
    if not params.is_valid():
        raise ExportError(params.first_message())
    return params.cleaned_data["page"], params.cleaned_data["page_size"]


def _page_url(request, number):
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"{request.path}?{urlencode(query, doseq=True)}")


def json_page(request, queryset, export):
    """One page of a JSON export as a dict; raises ExportError on a bad page."""
    number, page_size = json_page_params(request)
    paginator = Paginator(export.prepare(queryset), page_size, allow_empty_first_page=True)
    try:
        page = paginator.page(number)
    except EmptyPage:
        raise ExportError(
            f"There is no page {number}: these results have {paginator.num_pages} "
            f"page{'s' if paginator.num_pages != 1 else ''} of {page_size}.",
            status=404,
        ) from None
    context = ExportContext.from_request(request)
    return {
        "count": paginator.count,
        "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
        "previous": (
            _page_url(request, page.previous_page_number()) if page.has_previous() else None
        ),
        "results": [export.json_record(record, context) for record in page.object_list],
    }


def render_json(request, queryset, export):
    return JsonResponse(json_page(request, queryset, export), json_dumps_params={"indent": 1})


# --- iCalendar ---------------------------------------------------------------------------


def render_ics(request, queryset, build_event, *, name="events", fast_ics=None):
    """An RFC 5545 calendar file: one VEVENT per record, built by `build_event`.

    `build_event(record, context)` returns an `icalendar.Event` (or `fast_ics`
    yields the VEVENTs as bytes). The calendar's own lines are written around the
    events, so no more than one event is ever held in memory.
    """
    from icalendar import Calendar

    context = ExportContext.from_request(request)
    calendar = Calendar()
    calendar.add("prodid", "-//APEC SME Innovation Portal//Open data//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "APEC SME Innovation Portal events")
    head, tail = calendar.to_ical().split(b"END:VCALENDAR")

    def write(output):
        output.write(head)
        if fast_ics is not None:
            output.writelines(fast_ics(queryset, context))
        else:
            for record in queryset.iterator(chunk_size=CSV_CHUNK_SIZE):
                output.write(build_event(record, context).to_ical())
        output.write(b"END:VCALENDAR" + tail)

    return file_download(
        request,
        export_key(request),
        ".ics",
        write,
        content_type=FORMATS["ics"],
        filename=export_filename(name, request.GET, "ics"),
    )


# --- dispatch ----------------------------------------------------------------------------


def error_response(request, message, status):
    """A plain, clear error for a machine-readable format."""
    if requested_format(request.GET.get("format", "")) == "json":
        return JsonResponse({"error": message}, status=status)
    return HttpResponse(f"{message}\n", status=status, content_type="text/plain; charset=utf-8")


def render_export(request, queryset, export, fmt, *, ics_event=None):
    """Answer `format=fmt` for an already filtered queryset (None if fmt is `html`)."""
    return open_data(_render_export(request, queryset, export, fmt, ics_event=ics_event))


def _render_export(request, queryset, export, fmt, *, ics_event=None):
    try:
        export_lang(request)
        if fmt == "csv":
            return render_csv(request, queryset, export)
        if fmt == "json":
            return render_json(request, queryset, export)
        if fmt == "ics" and ics_event is not None:
            return render_ics(
                request, queryset, ics_event, name=export.name, fast_ics=export.fast_ics
            )
    except ExportError as error:
        return error_response(request, error.message, error.status)
    offered = ["html", "csv", "json"] + (["ics"] if ics_event is not None else [])
    return error_response(
        request,
        f"Unknown format “{fmt[:30]}”: this list is available as {', '.join(offered)}.",
        400,
    )


# --- columns every public record has ----------------------------------------------------

SLUG = Column(
    "slug",
    gettext_noop("The record's short name in its URL; stable, unique among records of its kind."),
    example="apec-local-innovation-ecosystem-initiative",
)
SOURCE_URL = Column(
    "source_url",
    gettext_noop("Where the record's facts come from (empty when not recorded)."),
    type="URL",
)
PUBLISHED_AT = Column(
    "published_at",
    gettext_noop("When the record was first published on the portal (ISO 8601, UTC)."),
    type="date-time",
    example="2026-11-21T10:00:00+00:00",
)
UPDATED_AT = Column(
    "updated_at",
    gettext_noop("When the record was last changed (ISO 8601, UTC)."),
    type="date-time",
    example="2026-11-21T10:00:00+00:00",
)
