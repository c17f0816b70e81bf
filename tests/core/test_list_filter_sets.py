"""The lists' FilterSets built without deep copies (core/filters.py `ListFilterSet`): each
request still gets its own filters and form fields, its own messages and language."""

import copy
from unittest import mock

import pytest
from django.http import QueryDict
from django.utils import translation

from events.filters import EventFilterSet
from events.models import Event
from initiatives.filters import InitiativeFilterSet
from initiatives.models import Economy, Initiative


def filterset(cls, query, model):
    return cls(QueryDict(query), queryset=model.objects.all())


@pytest.mark.django_db
def test_a_filter_set_costs_no_deep_copy_per_request():
    assert filterset(EventFilterSet, "", Event).form  # the form class, built once per process
    with mock.patch("copy.deepcopy", wraps=copy.deepcopy) as deepcopy:
        events = filterset(EventFilterSet, "year=2019&economy=phl&sort=title", Event)
        assert events.is_valid()
        assert "ORDER BY" in str(events.qs.query)
    # Django's form deep-copies its fields once (a dict, copied field by field, lightly);
    # django-filter's own FilterSet made about 5,000 calls here.
    assert deepcopy.call_count <= 2


@pytest.mark.django_db
def test_each_request_has_its_own_filters_and_fields():
    first = filterset(EventFilterSet, "year=abc", Event)
    second = filterset(EventFilterSet, "", Event)
    assert first.filters["economy"] is not second.filters["economy"]
    # A filter method runs on its own FilterSet.
    assert first.filters["economy"].filter.f.parent is first
    assert second.filters["partner"].filter.f.parent is second
    # What the list changes on an invalid field stays in that request's form.
    first.form.fields["year"].widget.attrs["aria-invalid"] = "true"
    assert "aria-invalid" not in second.form.fields["year"].widget.attrs
    assert first.form.fields["year"] is not second.form.fields["year"]


@pytest.mark.django_db
def test_bad_input_keeps_its_messages_in_each_language():
    Economy.objects.get_or_create(code="PHL", defaults={"name": "The Philippines"})
    bad = filterset(EventFilterSet, "year=abc&economy=zzz", Event)
    assert not bad.is_valid()
    assert bad.form.errors["year"] == ["Enter a year as four digits, e.g. 2019."]
    assert bad.form.errors["economy"] == ["ZZZ is not the code of an APEC member economy."]
    with translation.override("es"):
        spanish = filterset(EventFilterSet, "year=abc", Event)
        assert not spanish.is_valid()
        message = spanish.form.errors["year"][0]
        label = str(spanish.form.fields["year"].label)
    assert message != "Enter a year as four digits, e.g. 2019." and "2019" in message
    assert label != "Year"
    with translation.override("en"):
        assert str(filterset(EventFilterSet, "", Event).form.fields["year"].label) == "Year"


@pytest.mark.django_db
def test_filters_still_filter(django_assert_num_queries):
    Initiative.objects.all().delete()
    good = filterset(InitiativeFilterSet, "status=bogus", Initiative)
    assert not good.is_valid() and "status" in good.form.errors
    valid = filterset(InitiativeFilterSet, "sort=title&year=2019", Initiative)
    assert valid.is_valid()
    assert "ORDER BY" in str(valid.qs.query) and "title" in str(valid.qs.query)
