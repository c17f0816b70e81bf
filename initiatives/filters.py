"""Filters of the initiative and economy lists (`/initiatives/`, `/economies/`)."""

import datetime

import django_filters
from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from core.filters import (
    FIRST_YEAR,
    EconomyFilter,
    ListFilterSet,
    NamedInLanguageChoices,
    SearchFilter,
    SortFilter,
    YearFilter,
    collated,
)
from initiatives.models import Economy, Initiative, InitiativeStatus, Theme

INITIATIVE_ORDERINGS = {
    # Initiatives whose years the sources do not give come last either way.
    # The key last: titles may repeat, and a page must hold the same rows whether it
    # is read with OFFSET or by key (core/keyset.py).
    "-year": (_("Newest first"), [F("start_year").desc(nulls_last=True), "title", "pk"]),
    "year": (_("Oldest first"), [F("start_year").asc(nulls_last=True), "title", "pk"]),
    "title": (_("Title (A–Z)"), ["title", "pk"]),
}

ECONOMY_ORDERINGS = {
    "name": (_("Name (A–Z)"), [collated("name")]),
    "-initiatives": (_("Most initiatives"), ["-initiative_count", collated("name")]),
    "-events": (_("Most events"), ["-event_count", collated("name")]),
}


class ThemeChoiceField(NamedInLanguageChoices, forms.ModelChoiceField):
    """A theme by its name in the page's language (`NamedInLanguageChoices`)."""


class ThemeFilter(django_filters.ModelChoiceFilter):
    """`theme=<slug>` over a record's `themes`, the same on every list."""

    field_class = ThemeChoiceField

    def __init__(self, **kwargs):
        kwargs.setdefault("field_name", "themes")
        kwargs.setdefault("lookup_expr", "exact")
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("queryset", Theme.objects.all())
        kwargs.setdefault("label", _("Theme"))
        kwargs.setdefault("empty_label", _("Any theme"))
        super().__init__(**kwargs)


class InitiativeFilterSet(ListFilterSet):
    q = SearchFilter()
    economy = EconomyFilter(
        field_name="proposer",
        lookup_expr="in",
        method="filter_economy",
        queryset=Economy.objects.all(),
        to_field_name="code",
        label=_("Economy (proposer or co-implementer)"),
    )
    theme = ThemeFilter(field_name="themes", lookup_expr="exact")
    year = YearFilter(
        field_name="start_year", lookup_expr="lte", method="filter_year", label=_("Active in year")
    )
    status = django_filters.ChoiceFilter(
        field_name="status",
        lookup_expr="exact",
        method="filter_status",
        choices=InitiativeStatus.choices,
        label=_("Status"),
        empty_label=_("Any status"),
    )
    sort = SortFilter(orderings=INITIATIVE_ORDERINGS)

    class Meta:
        model = Initiative
        fields = []

    def filter_status(self, queryset, name, value):
        """The effective status: the one staff set, else what the years give today."""
        return queryset.with_status(value)

    def filter_year(self, queryset, name, value):
        """Active that year: `start_year` <= year <= `end_year` (see `active_in_year`)."""
        return queryset.active_in(int(value))


class EconomyFilterSet(ListFilterSet):
    q = SearchFilter(label=_("Name or code"))
    sort = SortFilter(orderings=ECONOMY_ORDERINGS)

    class Meta:
        model = Economy
        fields = []


def initiative_years(today=None):
    """The years the initiative year facet offers: from APEC's first to next year."""
    this_year = (today or datetime.date.today()).year
    return list(range(this_year + 1, FIRST_YEAR - 1, -1))
