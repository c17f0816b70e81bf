"""A change form's data as plain data: what a form posts (`_unbound_data`), what of a
post becomes a pending change (`proposal_data`), and the comparable values the merge
reads (`_comparable`, `_inline_rows`)."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import QueryDict
from django.utils.datastructures import MultiValueDict

from core.editorial.diffs import QUIET_FIELDS


def _posted_data(post):
    """The change form's data to keep: every field and inline row, no token or button."""
    return {
        key: post.getlist(key)
        for key in post
        if key != "csrfmiddlewaretoken" and not key.startswith("_")
    }


# Never part of a change that waits for review: the publication state is a Publisher's act
# (through `core.publication`), the edit number is bookkeeping.
NEVER_PROPOSED = frozenset({"publication_status", "published_at", *QUIET_FIELDS})


def proposal_data(form, formsets, post):
    """What of a posted change form becomes a pending change: the fields the Editor's own
    form has (publication and bookkeeping fields never) and the rows of its inlines.
    Anything else in the POST (a smuggled `publication_status=draft`) is dropped."""
    keys = [form.add_prefix(name) for name in form.fields if name not in NEVER_PROPOSED]
    prefixes = tuple(f"{formset.prefix}-" for formset in formsets)
    # Every field of the form is named, an unticked box with no value: so the review can
    # tell a field the Editor emptied from one their form does not have.
    data = {key: post.getlist(key) for key in keys}
    data.update((key, post.getlist(key)) for key in post if prefixes and key.startswith(prefixes))
    return data


def _as_querydict(data):
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, list(values))
    return query


def _field_data(data, form, name):
    return data.getlist(form.add_prefix(name)) if hasattr(data, "getlist") else []


def _comparable(field, data, key):
    """A posted value as something to compare: cleaned, objects by pk, line ends unified."""
    raw = field.widget.value_from_datadict(data, MultiValueDict(), key)
    try:
        value = field.clean(raw)
    except ValidationError:
        return ("unreadable", str(raw))
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, models.QuerySet):
        return tuple(sorted(value.values_list("pk", flat=True)))
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    return value


def _inline_rows(formset, data):
    """The rows one inline posts, as a list of value tuples: deleted and blank rows left out."""
    prefix = formset.prefix
    try:
        total = int(data.get(f"{prefix}-TOTAL_FORMS", 0))
    except ValueError:
        total = 0
    form = formset.empty_form
    names = [
        name
        for name in form.fields
        if name not in ("id", "DELETE", "ORDER") and name != getattr(formset.fk, "name", None)
    ]
    # An untouched extra row posts the empty form's initial values: it is no row.
    untouched = _unbound_data(form, [])
    blank = tuple(
        _comparable(form.fields[name], untouched, form.add_prefix(name)) for name in names
    )
    rows = []
    for index in range(min(total, 1000)):
        if data.get(f"{prefix}-{index}-DELETE"):
            continue
        row = tuple(
            _comparable(form.fields[name], data, f"{prefix}-{index}-{name}") for name in names
        )
        if data.get(f"{prefix}-{index}-id") or row != blank:
            rows.append(row)
    return rows


def _unbound_data(form, formsets):
    """What the change form for `form` and `formsets` would post if saved unchanged."""
    data = QueryDict(mutable=True)

    def add(one):
        for name, field in one.fields.items():
            value = one[name].value()
            if isinstance(field.widget, forms.CheckboxInput):
                if value:
                    data.setlist(one.add_prefix(name), ["on"])
                continue
            value = field.prepare_value(value)
            if isinstance(value, list | tuple):
                values = [str(item) for item in value]
            elif value is None:
                values = [""]
            elif isinstance(value, datetime.date):
                values = [value.isoformat()]
            else:
                values = [str(value)]
            data.setlist(one.add_prefix(name), values)

    add(form)
    for formset in formsets:
        add(formset.management_form)
        for row in formset.forms:
            add(row)
    return data


def _keys_of(data, prefix):
    return [key for key in data if key.startswith(f"{prefix}-")]
