"""Form fields and filters the lists' FilterSets share (`<app>/filters.py` builds on them)."""

import copy

import django_filters
from django import forms
from django.conf import settings
from django.db.models.functions import Collate
from django.forms.models import ModelChoiceIterator
from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_filters.filters import FilterMethod

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


def _field_for_request(field):
    """A copy of a form field that one request may change without touching `field`: its
    own widget (the list marks a field with an error `aria-invalid`), widget attributes,
    messages and validators; the rest (label, choices, queryset) is shared, read only.
    What Django's deep copy of a form's fields gives, for a small part of its cost."""
    result = copy.copy(field)
    widget = copy.copy(field.widget)
    widget.attrs = field.widget.attrs.copy()
    if isinstance(getattr(widget, "choices", None), list):
        widget.choices = list(widget.choices)
    result.widget = widget
    result.error_messages = field.error_messages.copy()
    result.validators = field.validators[:]
    if isinstance(field, forms.ModelChoiceField) and field.queryset is not None:
        # As Django's deep copy does: the field's own queryset and options, read in the
        # language of this request (`_NameInLanguageIterator` orders by its collation).
        result.queryset = field.queryset
    return result


class _FieldsCopiedLightly(dict):
    """A form class's `base_fields` that `Form.__init__`'s deep copy copies field by field
    with `_field_for_request` instead."""

    def __deepcopy__(self, memo):
        return {name: _field_for_request(field) for name, field in self.items()}


class ListFilterSet(SearchFilterSetMixin, django_filters.FilterSet):
    """Base FilterSet for the lists: `q` searches; a `SortFilter` named `sort` orders.

    A missing `sort` still orders by the first of its orderings, because
    django-filter calls every filter, `SortFilter` included, with empty values.

    Built for every list request, so built without deep copies: django-filter deep-copies
    every declared filter (their querysets and choices too) per FilterSet, builds every
    form field again from the copies and a new form class, and Django deep-copies those
    fields once more when the form is made (about 5,000 `deepcopy` calls, a fifth of a
    filtered list's Python time). Here the form class and its fields are built once per
    FilterSet class and process, each request's form copies its fields lightly
    (`_field_for_request`), and the filters are shallow copies bound to this FilterSet.
    The fields' labels, choices and messages stay lazy, so every language reads its own.
    """

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        form_class = type(self).get_form_class()  # builds the declared filters' fields once
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self._form_class = form_class
        self.filters = {
            name: self._bound_filter(declared, queryset.model)
            for name, declared in self.base_filters.items()
        }

    def _bound_filter(self, declared, model):
        bound = copy.copy(declared)
        bound.model = model
        bound.parent = self
        if declared.method is not None:
            # A filter method is looked up on the filter's FilterSet: this one.
            bound.filter = FilterMethod(bound)
        return bound

    @classmethod
    def get_form_class(cls):
        """The form class, made once per FilterSet class from the declared filters'
        fields (their querysets are fixed, not built from the request)."""
        form_class = cls.__dict__.get("_list_form_class")
        if form_class is None:
            fields = {}
            for name, declared in cls.base_filters.items():
                if not hasattr(declared, "model"):
                    declared.model = cls._meta.model  # for a label read from the model
                fields[name] = declared.field
            form_class = type(f"{cls.__name__}Form", (cls._meta.form,), fields)
            form_class.base_fields = _FieldsCopiedLightly(form_class.base_fields)
            cls._list_form_class = form_class
        return form_class

    def filter_economy(self, queryset, name, value):
        """Any of the economies, as the record's own `for_economies()` reads "its economies"
        (an event's host or co-hosts, an initiative's proposer or co-implementers)."""
        return queryset.for_economies([economy.code for economy in value])
