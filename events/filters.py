"""The event list's filters: every parameter of the public URL contract for `/events/`."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.filters import EconomyFilter, ListFilterSet, SearchFilter, SortFilter, YearFilter
from events.models import Event, EventKind
from initiatives.filters import ThemeFilter
from initiatives.models import Economy, Initiative

EVENT_ORDERINGS = {
    # The key last: titles and dates repeat, and a page must hold the same rows whether
    # it is read with OFFSET or by key (core/keyset.py).
    "-date": (_("Newest first"), ["-start_date", "title", "pk"]),
    "date": (_("Oldest first"), ["start_date", "title", "pk"]),
    "title": (_("Title (A–Z)"), ["title", "start_date", "pk"]),
}


class EventFilterSet(ListFilterSet):
    q = SearchFilter()
    year = YearFilter(field_name="start_date", lookup_expr="year", label=_("Year"))
    year_from = YearFilter(field_name="start_date", lookup_expr="year__gte", label=_("From year"))
    year_to = YearFilter(field_name="start_date", lookup_expr="year__lte", label=_("To year"))
    economy = EconomyFilter(
        field_name="host",
        lookup_expr="in",
        method="filter_economy",
        queryset=Economy.objects.all(),
        to_field_name="code",
        label=_("Economy (host or co-host)"),
    )
    # Every one of these economies takes part (host or co-host): with `economy` it lists
    # the events two economies share, the co-hosting page's links (apec_portal/cohosting.py).
    # Hidden: the form carries it along, and its chip shows and removes it.
    partner = EconomyFilter(
        field_name="host",
        lookup_expr="in",
        method="filter_partner",
        queryset=Economy.objects.all(),
        to_field_name="code",
        label=_("Together with"),
        widget=forms.MultipleHiddenInput,
    )
    kind = django_filters.ChoiceFilter(
        field_name="kind",
        lookup_expr="exact",
        choices=EventKind.choices,
        label=_("Kind"),
        empty_label=_("Any kind"),
    )
    initiative = django_filters.ModelChoiceFilter(
        field_name="initiative",
        lookup_expr="exact",
        to_field_name="slug",
        queryset=Initiative.objects.published(),
        label=_("Initiative"),
        empty_label=_("Any initiative"),
        # The list renders a select of the initiatives that have matching events (a facet,
        # events/views.py); this text box for the slug is only the fallback of a page
        # whose filters are invalid, where no counts are made.
        widget=forms.TextInput(
            attrs={"placeholder": "e.g. apec-local-innovation-ecosystem-initiative"}
        ),
        error_messages={"invalid_choice": _("No published initiative has this slug.")},
    )
    theme = ThemeFilter(field_name="themes", lookup_expr="exact")
    when = django_filters.ChoiceFilter(
        field_name="start_date",
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
        method="filter_when",
        label=_("Upcoming or past"),
        empty_label=_("Any time"),
    )
    sort = SortFilter(orderings=EVENT_ORDERINGS)

    class Meta:
        model = Event
        fields = []

    def filter_partner(self, queryset, name, value):
        for economy in value:
            queryset = queryset.for_economies([economy.code])
        return queryset

    def filter_when(self, queryset, name, value):
        today = timezone.localdate()
        if value == "upcoming":
            return queryset.filter(Q(start_date__gte=today) | Q(end_date__gte=today))
        return queryset.filter(start_date__lt=today).filter(
            Q(end_date__isnull=True) | Q(end_date__lt=today)
        )
