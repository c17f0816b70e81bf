"""Form fields and filters the lists' FilterSets share (`<app>/filters.py` builds on them)."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models.functions import Collate
from django.forms.models import ModelChoiceIterator
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.economy_names import economy_code
from core.search import validate_search_text
from core.translation import translated, translated_expression

MAX_QUERY_LENGTH = 200
FIRST_YEAR = 1989  # APEC was founded in 1989; no record is older.
LAST_YEAR = 2100


class YearField(forms.IntegerField):
    default_error_messages = {"invalid": _("Enter a year as four digits, e.g. 2019.")}
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
        kwargs.setdefault("label", _("Words"))
        kwargs.setdefault("max_length", MAX_QUERY_LENGTH)
        kwargs.setdefault("validators", [validate_search_text])
        kwargs.setdefault("method", "filter_search")
        super().__init__(**kwargs)


class SearchFilterSetMixin:
    def filter_search(self, queryset, name, value):
        value = value.strip()
        return queryset.search(value) if value else queryset


class _NameInLanguageIterator(ModelChoiceIterator):
    """The records in the active language's collation of their names (`collated`)."""

    def __init__(self, field):
        super().__init__(field)
        if language_collation():
            self.queryset = self.queryset.order_by(collated("name")())


class NamedInLanguageChoices:
    """A form field mixin for choices of records with a translated `name` (economies,
    themes): each labelled with its name in the page's language, else the English, and
    ordered as that language sorts them; English pages read the same query as before.
    What a page renders without the lists' facet options (the co-hosting page's form)."""

    iterator = _NameInLanguageIterator

    def label_from_instance(self, obj):
        return translated(obj, "name")


class CodeMultipleChoiceField(NamedInLanguageChoices, forms.ModelMultipleChoiceField):
    """Economy codes in any case: `phl`, `PHL` and `Phl` all name the Philippines."""

    default_error_messages = {
        "invalid_choice": _("%(value)s is not the code of an APEC member economy."),
        "invalid_pk_value": _("%(pk)s is not the code of an APEC member economy."),
    }

    def clean(self, value):
        if not value:
            # Django answers an empty queryset, which a filter method would take for
            # "no economy matches"; no value means "do not filter".
            return []
        if isinstance(value, list | tuple):
            value = [economy_code(item) for item in value]
        return super().clean(value)


class EconomyFilter(django_filters.ModelMultipleChoiceFilter):
    """Repeatable `economy=<ISO3>`; several economies match any of them."""

    field_class = CodeMultipleChoiceField


#: PostgreSQL's ICU collation for each language other than English (English keeps the
#: database's own collation, so its order and query plans are as they were).
ICU_COLLATIONS = {"zh-hans": "zh-Hans-x-icu", "zh-hant": "zh-Hant-x-icu"}


def language_collation(language=None):
    """The ICU collation that sorts text as `language` (default: the active one) does, or
    None for English."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return None
    return ICU_COLLATIONS.get(language, f"{language}-x-icu")


def collated(field):
    """An ordering by `field` in the active language's collation, decided per request: put
    it in a `SortFilter`'s fields (`["name"]` -> `[collated("name")]`). A translated
    field (core/translation.py) is sorted by its translation, else its English."""

    def ordering():
        collation = language_collation()
        if not collation:
            return field
        return Collate(translated_expression(field), collation).asc()

    return ordering


class SortFilter(django_filters.ChoiceFilter):
    """`sort=<key>` ordering by one of `orderings`: {key: (label, [order_by fields])}; a
    field may be a callable giving the ordering when the request filters (`collated`)."""

    def __init__(self, *, orderings, **kwargs):
        self.orderings = orderings
        kwargs.setdefault("label", _("Sort by"))
        kwargs.setdefault("empty_label", None)
        kwargs["choices"] = [(key, label) for key, (label, _fields) in orderings.items()]
        super().__init__(**kwargs)

    @property
    def default(self):
        return next(iter(self.orderings))

    def filter(self, qs, value):
        fields = self.orderings[value or self.default][1]
        return qs.order_by(*(field() if callable(field) else field for field in fields))


class ListFilterSet(SearchFilterSetMixin, django_filters.FilterSet):
    """Base FilterSet for the lists: `q` searches; a `SortFilter` named `sort` orders.

    A missing `sort` still orders by the first of its orderings, because
    django-filter calls every filter, `SortFilter` included, with empty values.
    """

    def filter_economy(self, queryset, name, value):
        """Any of the economies, as the record's own `for_economies()` reads "its economies"
        (an event's host or co-hosts, an initiative's proposer or co-implementers)."""
        return queryset.for_economies([economy.code for economy in value])
