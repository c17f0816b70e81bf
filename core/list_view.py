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
   (`year=2019&year=2020`) is an error, so nothing is silently dropped
   (`core.list_params.reject_repeats`, the rule every form follows).
2. Checks `format` against `formats` and `page` (a whole number from 1;
   `page=0`, `-1`, `abc` are errors) with the shared `ListParamsForm`
   (core/list_params.py), which the exports and search read them with too.
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
  Paginated formats read `page` and `page_size` with `ListParamsForm` (the
  JSON renderer does) and `self.paginate(queryset, number)` raises
  `PageOutOfRange` past the end.
- `export_columns`: where each list declares its columns (`<app>/exports.py`).

Facets: a `Facet` counts, for each option of one filter, how many records the
current filters *other than that one* would give with the option chosen. Each
facet is exactly one grouped SQL query whatever the number of options, and its
counts are kept in the query cache for the current content token
(`core/content_cache.py`), as is the list's total (`LargeListPaginator`),
so a busy list counts once per edit, not once per request.
"""

from dataclasses import dataclass
from functools import partial

from django import forms
from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject, cached_property
from django.views import View

from core.content_cache import content_cached, content_key, reader_key
from core.economy_names import economy_code
from core.exports import render_export
from core.facets import FacetOption
from core.filters import CodeMultipleChoiceField
from core.list_params import ListParamsForm, reject_repeats
from core.pagination import LargeListPaginator, page_links, with_related_names
from core.querylinks import QueryLinks, download_links
from core.record_refs import RecordRefs
from core.translation import other_languages_deferred


class PageOutOfRange(Exception):
    def __init__(self, number, num_pages):
        super().__init__(f"There is no page {number}.")
        self.number = number
        self.num_pages = num_pages


# --- Helpers for templates -------------------------------------------------------------------


@dataclass
class Chip:
    label: str
    remove_url: str


#: Checkbox options shown before a "Show all N" disclosure (more than one more to show).
FACET_OPTIONS_SHOWN = 8


@dataclass
class FormField:
    """A bound form field with the facet options to render instead of its widget, if any."""

    field: forms.BoundField
    options: list | None
    multiple: bool

    @property
    def _split(self):
        options = self.options or []
        return FACET_OPTIONS_SHOWN if len(options) > FACET_OPTIONS_SHOWN + 1 else len(options)

    @property
    def first_options(self):
        return (self.options or [])[: self._split]

    @property
    def more_options(self):
        return (self.options or [])[self._split :]

    @property
    def more_selected(self):
        return any(option.selected for option in self.more_options)


# --- The view --------------------------------------------------------------------------------


class FilteredListView(View):
    model = None
    filterset_class = None
    template_name = None
    paginate_by = 20
    facets = ()
    formats = ("html", "csv", "json")
    #: What `format=csv|json` writes: an `core.exports.Export` (`<app>/exports.py`).
    export_columns = None
    #: For lists that answer `format=ics`: record, context -> `icalendar.Event`.
    calendar_event = None
    #: Many-to-many names the HTML cards show, read as arrays in the page's query instead
    #: of prefetched ({attribute: relation}, see `core.pagination.with_related_names`).
    card_names = {}
    #: Whether the template shows the page with `{% record_cards %}`, so that with the query
    #: cache on the page is read as keys and edit numbers (core/record_refs.py).
    cards_by_key = False
    title = ""
    description = ""
    noun = "records"
    singular = "record"

    def get_queryset(self):
        return self.model.objects.visible_to(self.request.user)

    def get_filterset(self, data, queryset):
        return self.filterset_class(data, queryset=queryset, request=self.request)

    # Parameters the form does not own --------------------------------------------------------

    def get_params(self):
        """`format` and `page`, read by the shared form (core/list_params.py)."""
        return ListParamsForm(self.request.GET, fields=("format", "page"), formats=self.formats)

    def paginate(self, queryset, number, filterset=None):
        paginator = LargeListPaginator(
            queryset,
            self.paginate_by,
            reader=reader_key(self.request),
            count_key=self.filter_key(filterset.form) if filterset is not None else None,
        )
        if number > paginator.num_pages:
            raise PageOutOfRange(number, paginator.num_pages)
        return paginator.page(number)

    # The request ----------------------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        queryset = self.get_queryset()
        filterset = self.get_filterset(request.GET, queryset)
        form = filterset.form
        valid = filterset.is_valid()
        reject_repeats(form)
        params = self.get_params()
        errors = {} if params.is_valid() else params.first_errors()
        if not valid or form.errors or errors:
            return self.render_invalid(filterset, errors)
        records = filterset.qs
        fmt = params.cleaned_data["format"]
        if fmt != "html":
            return self.render_export(records, fmt)
        cards = with_related_names(records, self.card_names) if self.card_names else records
        cards = other_languages_deferred(cards)
        # With the query cache on, cards are mostly cached: read the page as keys and edit
        # numbers, and build full records only for the cards the cache lacks.
        by_key = self.cards_by_key and bool(settings.QUERY_CACHE_SECONDS)
        listing = cards.values_list("pk", "version") if by_key else cards
        try:
            page = self.paginate(listing, params.cleaned_data["page"], filterset)
        except PageOutOfRange as out_of_range:
            return self.render_out_of_range(filterset, out_of_range)
        if by_key:
            page.object_list = RecordRefs(cards, page.object_list)
        context = self.get_context_data(filterset=filterset, page=page, records=records)
        return TemplateResponse(request, self.template_name, context)

    def render_export(self, queryset, fmt):
        """Answer a non-HTML `format` for the validated, filtered, sorted queryset.

        Only reached for a format in `self.formats`; the renderers and the
        columns (`export_columns`, an `core.exports.Export`) do the work.
        """
        if hasattr(queryset, "published"):
            # Downloads are public data: even staff, who see drafts on the page, get
            # only what is published (a draft must not leave in a file).
            queryset = queryset.published()
        # Exports keep English values whatever the page's language (docs/languages.md).
        with translation.override(settings.LANGUAGE_CODE):
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
            page_error_url=self.links(page=pages) if pages else self.links(page=None),
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
            counts = content_cached(
                self.facet_key(facet, data), partial(self.facet_counts, facet, data)
            )
            selected = {facet.normalise(value) for value in self.request.GET.getlist(facet.param)}
            options[facet.param] = facet.complete(
                facet.options(None, selected, counts=counts),
                selected,
                filterset.form.cleaned_data.get(facet.param),
            )
        return options

    def facet_key(self, facet, data):
        """What the facet's counts depend on: this list, what the reader may see, the other
        filters (and today, for "upcoming"); the content token is added by `content_cached`.
        Cheap to build, so a cached facet costs no form and no SQL compilation."""
        data = data.copy()
        for name in ("page", "format", "sort"):
            data.pop(name, None)
        return reader_key(
            self.request,
            "facet",
            f"{type(self).__module__}.{type(self).__qualname__}",
            type(facet).__name__,
            facet.param,
            timezone.localdate().isoformat(),
            "&".join(sorted(f"{k}={v}" for k in data for v in data.getlist(k))),
        )

    def filter_key(self, form, *purpose):
        """Cache-key parts naming the rows this list shows this reader, sort aside: the
        view and its path, the reader's audience, today ("upcoming") and the values the
        query string gives the filter form's fields (the request has passed validation, and
        the rows depend on nothing else; the content token and the language are added by
        `content_key`). Building them costs microseconds, where naming a count or the year
        chart by its compiled SQL cost about a quarter of a list page's Python time."""
        data = self.request.GET
        return reader_key(
            self.request,
            *purpose,
            f"{type(self).__module__}.{type(self).__qualname__}",
            self.request.path,
            timezone.localdate().isoformat(),
            "&".join(
                f"{name}={value}"
                for name in sorted(form.fields)
                if name != "sort"
                for value in data.getlist(name)
            ),
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
            if options is None and multiple and not bound.is_hidden:
                given = {economy_code(value) for value in self.request.GET.getlist(bound.name)}
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
                key = economy_code(value) if isinstance(field, CodeMultipleChoiceField) else value
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
                        remove_url=self.links.without(name, raw),
                    )
                )
        return chips

    @cached_property
    def links(self):
        """Every link of the page that changes its query string (core/querylinks.py)."""
        return QueryLinks(self.request.GET)

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
        """Names the filters' HTML and the year chart for these filters (any page), this
        reader's audience, today and this content token, so the template keeps that part
        of the page in the query cache (the panel's counts differ for staff)."""
        if not settings.QUERY_CACHE_SECONDS:
            return ""
        query = self.request.GET.copy()
        query.pop("page", None)
        return content_key(
            reader_key(
                self.request,
                "fragment",
                timezone.localdate().isoformat(),
                self.request.path,
                query.urlencode(),
            )
        )

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
            pagination=page_links(page, self.links),
            downloads=download_links(self.links, self.formats),
            facets=facet_options,
            # Lazy: read only when the filter panel's fragment is not in the cache.
            form_fields=SimpleLazyObject(lambda: self.form_fields(filterset.form, facet_options)),
            chips=self.chips(filterset, facet_options),
        )
        return context
