"""The one filtered-list view behind every public list.

`/initiatives/`, `/events/`, `/statements/` and `/economies/` are all a
`FilteredListView` subclass that declares only what differs:

    class EventListView(FilteredListView):
        model = Event                       # records come from model.objects.visible_to(user)
        filterset_class = EventFilterSet    # <app>/filters.py; its `sort` field orders
        template_name = "events/event_list.html"
        facets = [EconomyFacet(...), ...]   # counts beside filter options, one query each
        title = "Events"

        def get_queryset(self):             # optional: the optimised base queryset
            return super().get_queryset().for_list()

What the view does for every list, in this order:

1. Binds the FilterSet to the query string and validates it. Besides the
   form's own validation, a single-valued parameter given twice
   (`year=2019&year=2020`) is an error, so nothing is silently dropped.
2. Checks `format` against `formats` (default: only "html").
3. Checks `page` (a whole number from 1; `page=0`, `-1`, `abc` are errors).
   Any error above answers **400** with the list page: the filter form shows
   each message next to its field, and the rest in a summary at the top.
4. For a non-HTML format, hands the validated, filtered queryset to
   `render_export(queryset, fmt)` and returns what it returns.
5. For HTML, paginates strictly (a page past the end answers **404** with a
   clear message and a link back), computes the facet counts and the active
   filter chips, and renders `template_name`.

Extension points (for the open-data exports, issue 5):

- `formats`: the formats a list answers. Add e.g. "csv" and "json" here (in a
  subclass or on this class), "ics" on the event list only. Anything not in it
  is a 400 "Unknown format".
- `render_export(self, queryset, fmt)`: receives the validated, filtered and
  sorted queryset and the requested format, and returns an `HttpResponse`.
  Paginated formats use `self.get_page_number()` (raises `ListParameterError`,
  which the view turns into a 400) and `self.paginate(queryset)` (raises
  `PageOutOfRange` past the end).
- `export_columns`: where each list declares its columns (`<app>/exports.py`).

Facets: a `Facet` counts, for each option of one filter, how many records the
current filters *other than that one* would give with the option chosen. Each
facet is exactly one grouped SQL query whatever the number of options, and its
counts are kept in the query cache for the current content version
(`initiatives/versioning.py`), as is the list's total (`LargeListPaginator`),
so a busy list counts once per edit, not once per request.
"""

import hashlib
from dataclasses import dataclass
from functools import partial

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Count, F, IntegerField, Subquery, Window
from django.db.models.functions import RowNumber
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views import View

from initiatives.exports import render_export
from initiatives.models import Theme, validate_search_text
from initiatives.pagination import LargeListPaginator
from initiatives.versioning import content_token, versioned

MAX_QUERY_LENGTH = 200
FIRST_YEAR = 1989  # APEC was founded in 1989; no record is older.
LAST_YEAR = 2100


class ListParameterError(Exception):
    """A query-string parameter the form does not own (page, format) is invalid."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


class PageOutOfRange(Exception):
    def __init__(self, number, num_pages):
        super().__init__(f"There is no page {number}.")
        self.number = number
        self.num_pages = num_pages


# --- Form fields and filters shared by the FilterSets ---------------------------------------


class YearField(forms.IntegerField):
    default_error_messages = {"invalid": "Enter a year as four digits, e.g. 2019."}
    # A text box, so that a wrong value stays visible beside its error message
    # (a number box would blank "abc").
    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 6})

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", FIRST_YEAR)
        kwargs.setdefault("max_value", LAST_YEAR)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        # No min/max attributes: the server explains a wrong year better than the browser.
        return {}


class YearFilter(django_filters.NumberFilter):
    """A whole year between 1989 and 2100."""

    field_class = YearField


class SearchFilter(django_filters.CharFilter):
    """Words, matched with the portal's full-text engine `PublicRecordQuerySet.search()`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Words")
        kwargs.setdefault("max_length", MAX_QUERY_LENGTH)
        kwargs.setdefault("validators", [validate_search_text])
        kwargs.setdefault("method", "filter_search")
        super().__init__(**kwargs)


class SearchFilterSetMixin:
    def filter_search(self, queryset, name, value):
        value = value.strip()
        return queryset.search(value) if value else queryset


class CodeMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Economy codes in any case: `phl`, `PHL` and `Phl` all name the Philippines."""

    default_error_messages = {
        "invalid_choice": "%(value)s is not the code of an APEC member economy.",
        "invalid_pk_value": "%(pk)s is not the code of an APEC member economy.",
    }

    def clean(self, value):
        if not value:
            # Django answers an empty queryset, which a filter method would take for
            # "no economy matches"; no value means "do not filter".
            return []
        if isinstance(value, list | tuple):
            value = [str(item).strip().upper() for item in value]
        return super().clean(value)


class EconomyFilter(django_filters.ModelMultipleChoiceFilter):
    """Repeatable `economy=<ISO3>`; several economies match any of them."""

    field_class = CodeMultipleChoiceField


class ThemeFilter(django_filters.ModelChoiceFilter):
    """`theme=<slug>` over a record's `themes`, the same on every list."""

    def __init__(self, **kwargs):
        kwargs.setdefault("field_name", "themes")
        kwargs.setdefault("lookup_expr", "exact")
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("queryset", Theme.objects.all())
        kwargs.setdefault("label", "Theme")
        kwargs.setdefault("empty_label", "Any theme")
        super().__init__(**kwargs)


class SortFilter(django_filters.ChoiceFilter):
    """`sort=<key>` ordering by one of `orderings`: {key: (label, [order_by fields])}."""

    def __init__(self, *, orderings, **kwargs):
        self.orderings = orderings
        kwargs.setdefault("label", "Sort by")
        kwargs.setdefault("empty_label", None)
        kwargs["choices"] = [(key, label) for key, (label, _fields) in orderings.items()]
        super().__init__(**kwargs)

    @property
    def default(self):
        return next(iter(self.orderings))

    def filter(self, qs, value):
        return qs.order_by(*self.orderings[value or self.default][1])


class ListFilterSet(SearchFilterSetMixin, django_filters.FilterSet):
    """Base FilterSet for the lists: `q` searches; a `SortFilter` named `sort` orders.

    A missing `sort` still orders by the first of its orderings, because
    django-filter calls every filter, `SortFilter` included, with empty values.
    """


# --- Facets ----------------------------------------------------------------------------------


@dataclass
class FacetOption:
    value: str
    label: str
    count: int | None  # None where no count was made (the 400 page)
    selected: bool


class SubqueryCount(Subquery):
    """The number of distinct rows a correlated subquery returns, as one integer column."""

    template = "(SELECT count(*) FROM (%(subquery)s) _facet)"
    output_field = IntegerField()


class Facet:
    """Counts per option of the filter `param`, in one query.

    Subclasses implement `counts(records)`, where `records` is the queryset
    narrowed by every current filter except this one, returning plain
    [(value, label, count)] rows (which the view may keep in the query cache);
    `options(records, selected)` turns them into `FacetOption`s.
    """

    def __init__(self, param, *, show_empty=False):
        self.param = param
        self.show_empty = show_empty

    def counts(self, records):
        raise NotImplementedError

    def options(self, records, selected, counts=None):
        rows = self.counts(records) if counts is None else counts
        options = [
            FacetOption(value=value, label=label, count=count, selected=value in selected)
            for value, label, count in rows
        ]
        return self.keep(options, selected)

    def normalise(self, value):
        """The form in which a query-string value is compared with option values."""
        return value.strip()

    def keep(self, options, selected):
        if self.show_empty:
            return options
        return [option for option in options if option.count or option.value in selected]


def _ordering_expressions(queryset):
    fields = queryset.query.order_by or queryset.model._meta.ordering or ["pk"]
    return [F(name[1:]).desc() if name.startswith("-") else F(name).asc() for name in fields]


class RelatedFacet(Facet):
    """Options are rows of another model (economies, themes), each with its count.

    `paths` are the lookups from a record to the option row, e.g.
    `("host", "co_hosts")` for "hosted or co-hosted by": one grouped query
    counts, for every option at once, the distinct records that reach it by
    any of the paths.
    """

    def __init__(self, param, *, options, value_field, label_field, paths, **kwargs):
        super().__init__(param, **kwargs)
        self.options_queryset = options
        self.value_field = value_field
        self.label_field = label_field
        self.paths = tuple(paths)

    def counts(self, records):
        model = records.model
        scope = model.objects.filter(pk__in=records.values("pk")).order_by()
        links, link_params = [], []
        for path in self.paths:
            sql, params = scope.values_list(path, "pk").query.sql_with_params()
            links.append(sql)
            link_params.extend(params)
        choices = self.options_queryset.all().annotate(
            facet_position=Window(
                RowNumber(), order_by=_ordering_expressions(self.options_queryset)
            )
        )
        choices_sql, choices_params = choices.values_list(
            self.value_field, self.label_field, "pk", "facet_position"
        ).query.sql_with_params()
        union = " UNION ALL ".join(f"({sql})" for sql in links)
        sql = (
            "SELECT o.value, o.label, COALESCE(c.matches, 0) "
            f"FROM ({choices_sql}) AS o (value, label, key, position) "
            "LEFT JOIN (SELECT option, count(DISTINCT record) AS matches "
            f"FROM ({union}) AS link (option, record) "
            "WHERE option IS NOT NULL GROUP BY option) AS c ON c.option = o.key "
            "ORDER BY o.position"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*choices_params, *link_params])
            return [(str(value), label, count) for value, label, count in cursor.fetchall()]


class EconomyCodeFacet(RelatedFacet):
    """Economy options: the query string may give codes in any case."""

    def normalise(self, value):
        return value.strip().upper()


class ValueFacet(Facet):
    """Options are the values of one expression on the records (a year, a kind), grouped."""

    def __init__(self, param, *, expression, labels=None, descending=False, **kwargs):
        super().__init__(param, **kwargs)
        self.expression = expression
        self.labels = dict(labels or {})
        self.descending = descending

    def counts(self, records):
        model = records.model
        rows = (
            model.objects.filter(pk__in=records.values("pk"))
            .order_by()
            .annotate(facet_value=self.expression)
            .values("facet_value")
            .annotate(facet_count=Count("pk"))
            .values_list("facet_value", "facet_count")
        )
        counts = {value: count for value, count in rows if value is not None}
        keys = list(self.labels) if self.labels else sorted(counts, reverse=self.descending)
        return [(str(key), str(self.labels.get(key, key)), counts.get(key, 0)) for key in keys]


class ConditionalFacet(Facet):
    """Options whose matches are arbitrary conditions, counted by one aggregate query.

    `conditions(records)` returns [(value, label, Q)], e.g. one Q per year for
    "active in that year" ranges.
    """

    def __init__(self, param, *, conditions, **kwargs):
        super().__init__(param, **kwargs)
        self.conditions = conditions

    def counts(self, records):
        conditions = self.conditions()
        if not conditions:
            return []
        model = records.model
        totals = model.objects.filter(pk__in=records.values("pk")).aggregate(
            **{f"o{index}": Count("pk", filter=q) for index, (_v, _l, q) in enumerate(conditions)}
        )
        return [
            (str(value), str(label), totals[f"o{index}"])
            for index, (value, label, _q) in enumerate(conditions)
        ]


# --- Helpers for templates -------------------------------------------------------------------


@dataclass
class Chip:
    label: str
    remove_url: str


@dataclass
class FormField:
    """A bound form field with the facet options to render instead of its widget, if any."""

    field: forms.BoundField
    options: list | None
    multiple: bool


def querystring_without(query, name, value=None):
    """The query string without `page` and without `name` (or just its `value`)."""
    query = query.copy()
    query.pop("page", None)
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [item for item in query.getlist(name) if item != value])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


# --- The view --------------------------------------------------------------------------------


class FilteredListView(View):
    model = None
    filterset_class = None
    template_name = None
    paginate_by = 20
    facets = ()
    formats = ("html", "csv", "json")
    #: What `format=csv|json` writes: an `initiatives.exports.Export` (`<app>/exports.py`).
    export_columns = None
    #: For lists that answer `format=ics`: record, context -> `icalendar.Event`.
    calendar_event = None
    title = ""
    description = ""
    noun = "records"
    singular = "record"
    #: Query-string names the FilterSet does not own but the view understands.
    control_params = ("page", "format")

    def get_queryset(self):
        return self.model.objects.visible_to(self.request.user)

    def get_filterset(self, data, queryset):
        return self.filterset_class(data, queryset=queryset, request=self.request)

    # Parameters the form does not own --------------------------------------------------------

    def get_format(self):
        values = self.request.GET.getlist("format")
        if len(values) > 1:
            raise ListParameterError("format", "Give one format only.")
        fmt = values[0].strip().lower() if values else "html"
        if fmt not in self.formats:
            known = ", ".join(self.formats)
            raise ListParameterError(
                "format", f"Unknown format “{fmt}”. This list answers: {known}."
            )
        return fmt

    def get_page_number(self):
        values = self.request.GET.getlist("page")
        if not values:
            return 1
        if len(values) > 1:
            raise ListParameterError("page", "Give one page number only.")
        raw = values[0].strip()
        if not raw.isdigit() or int(raw) < 1 or len(raw) > 6:
            raise ListParameterError("page", "The page number must be a whole number from 1.")
        return int(raw)

    def paginate(self, queryset, number):
        paginator = LargeListPaginator(queryset, self.paginate_by)
        if number > paginator.num_pages:
            raise PageOutOfRange(number, paginator.num_pages)
        return paginator.page(number)

    def validate_repeats(self, form):
        """A single-valued parameter given more than once is an error, not a silent choice."""
        for name, field in form.fields.items():
            multiple = isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField)
            if not multiple and len(self.request.GET.getlist(name)) > 1:
                form.add_error(name, ValidationError("Give this only once.", code="repeated"))

    # The request ----------------------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        queryset = self.get_queryset()
        filterset = self.get_filterset(request.GET, queryset)
        form = filterset.form
        valid = filterset.is_valid()
        self.validate_repeats(form)
        errors = {}
        fmt = "html"
        for getter in (self.get_format, self.get_page_number):
            try:
                value = getter()
            except ListParameterError as error:
                errors[error.field] = error.message
            else:
                if getter == self.get_format:
                    fmt = value
        if not valid or form.errors or errors:
            return self.render_invalid(filterset, errors)
        records = filterset.qs
        if fmt != "html":
            return self.render_export(records, fmt)
        try:
            page = self.paginate(records, self.get_page_number())
        except PageOutOfRange as out_of_range:
            return self.render_out_of_range(filterset, out_of_range)
        context = self.get_context_data(filterset=filterset, page=page, records=records)
        return TemplateResponse(request, self.template_name, context)

    def render_export(self, queryset, fmt):
        """Answer a non-HTML `format` for the validated, filtered, sorted queryset.

        Only reached for a format in `self.formats`; the renderers and the
        columns (`export_columns`, an `initiatives.exports.Export`) do the work.
        """
        if hasattr(queryset, "published"):
            # Downloads are public data: even staff, who see drafts on the page, get
            # only what is published (a draft must not leave in a file).
            queryset = queryset.published()
        return render_export(
            self.request, queryset, self.export_columns, fmt, ics_event=self.calendar_event
        )

    def render_invalid(self, filterset, errors):
        context = self.get_base_context(filterset)
        context.update(
            form_fields=self.form_fields(filterset.form, {}),
            status_code=400,
            parameter_errors=errors,
            error_summary=self.error_summary(filterset.form, errors),
        )
        return TemplateResponse(self.request, self.template_name, context, status=400)

    def render_out_of_range(self, filterset, out_of_range):
        context = self.get_base_context(filterset)
        pages = out_of_range.num_pages
        context.update(
            form_fields=self.form_fields(filterset.form, {}),
            status_code=404,
            page_error=(
                f"There is no page {out_of_range.number}: these filters give "
                f"{pages} page{'s' if pages != 1 else ''} of results."
            ),
            last_page=pages,
        )
        return TemplateResponse(self.request, self.template_name, context, status=404)

    def error_summary(self, form, errors):
        summary = []
        for name, field_errors in form.errors.items():
            label = form.fields[name].label if name in form.fields else ""
            for message in field_errors:
                summary.append({"field": name, "label": label, "message": message})
        for name, message in errors.items():
            summary.append({"field": name, "label": name.capitalize(), "message": message})
        return summary

    # Context ----------------------------------------------------------------------------------

    def facet_options(self, filterset):
        """{param: [FacetOption]} — each facet counted without its own filter."""
        options = {}
        for facet in self.facets:
            data = self.request.GET.copy()
            data.pop(facet.param, None)
            counts = versioned(self.facet_key(facet, data), partial(self.facet_counts, facet, data))
            options[facet.param] = facet.options(
                None,
                {facet.normalise(value) for value in self.request.GET.getlist(facet.param)},
                counts=counts,
            )
        return options

    def facet_key(self, facet, data):
        """What the facet's counts depend on: this list, what the reader may see, the other
        filters (and today, for "upcoming"); the content version is added by `versioned`.
        Cheap to build, so a cached facet costs no form and no SQL compilation."""
        data = data.copy()
        for name in ("page", "format", "sort"):
            data.pop(name, None)
        user = self.request.user
        staff = bool(user.is_authenticated and user.is_staff)
        return (
            "facet",
            f"{type(self).__module__}.{type(self).__qualname__}",
            type(facet).__name__,
            facet.param,
            f"staff={staff}",
            timezone.localdate().isoformat(),
            "&".join(sorted(f"{k}={v}" for k in data for v in data.getlist(k))),
        )

    def facet_counts(self, facet, data):
        others = self.get_filterset(data, self.get_queryset())
        others.is_valid()
        return facet.counts(others.qs.order_by())

    def form_fields(self, form, facet_options):
        """The fields to render; repeatable ones always as checkboxes (counted or not)."""
        fields = []
        for bound in form:
            if bound.errors:
                bound.field.widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{bound.auto_id}-error"}
                )
            multiple = isinstance(
                bound.field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField
            )
            options = facet_options.get(bound.name)
            if options is None and multiple:
                given = {value.strip().upper() for value in self.request.GET.getlist(bound.name)}
                options = [
                    FacetOption(
                        value=str(value), label=label, count=None, selected=str(value) in given
                    )
                    for value, label in bound.field.choices
                ]
            fields.append(FormField(field=bound, options=options, multiple=multiple))
        return fields

    def chips(self, filterset, facet_options):
        """The active filters, each with a link that removes it."""
        form = filterset.form
        chips = []
        for name, field in form.fields.items():
            if name == "sort":
                continue
            labels = {option.value: option.label for option in facet_options.get(name, [])}
            for raw in self.request.GET.getlist(name):
                value = raw.strip()
                if not value:
                    continue
                key = value.upper() if isinstance(field, CodeMultipleChoiceField) else value
                if key in labels:
                    shown = labels[key]
                elif hasattr(field, "choices") and not isinstance(
                    field, forms.ModelChoiceField | forms.ModelMultipleChoiceField
                ):
                    shown = dict(field.choices).get(value, value)
                elif name == "q":
                    shown = f"“{value}”"
                else:
                    shown = value
                chips.append(
                    Chip(
                        label=f"{field.label}: {shown}",
                        remove_url=querystring_without(self.request.GET, name, raw),
                    )
                )
        return chips

    def get_base_context(self, filterset):
        return {
            "view": self,
            "title": self.title,
            "description": self.description,
            "noun": self.noun,
            "singular": self.singular,
            "filterset": filterset,
            "form": filterset.form,
            "chips": [],
            "page_obj": None,
            "object_list": [],
            "count": None,
            "status_code": 200,
            "parameter_errors": {},
            "error_summary": [],
            "clear_url": self.request.path,
        }

    def fragment_key(self):
        """Names the filters' HTML for these filters (any page) in this content version,
        so the template keeps that part of the page in the query cache."""
        if not settings.QUERY_CACHE_SECONDS:
            return ""
        query = self.request.GET.copy()
        query.pop("page", None)
        parts = (content_token(), self.request.path, query.urlencode())
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def get_context_data(self, *, filterset, page, records):
        facet_options = self.facet_options(filterset)
        context = self.get_base_context(filterset)
        context.update(
            fragment_key=self.fragment_key(),
            fragment_seconds=settings.QUERY_CACHE_SECONDS,
            query_cache=settings.QUERY_CACHE_ALIAS,
            page_obj=page,
            object_list=page.object_list,
            count=page.paginator.count,
            is_paginated=page.paginator.num_pages > 1,
            facets=facet_options,
            form_fields=self.form_fields(filterset.form, facet_options),
            chips=self.chips(filterset, facet_options),
        )
        return context
