"""What changed, as people read it: field by field between two versions of a record
(the history, the conflict message) or between a bound change form and the live record
(the review of a pending change)."""

import datetime

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.formats import date_format
from django.utils.text import Truncator, capfirst
from reversion import is_registered
from reversion.models import Version

from core.models import PublicRecord

# Bookkeeping fields a person never edits; a change to them alone is no change.
QUIET_FIELDS = {
    "version",
    "created_at",
    "updated_at",
    "search_vector",
    "search_translated",
    "search_trigram",
    "search_bigrams",
}
SHOWN_CHARS = 160
STATE_FIELDS = ("version", "publication_status", "published_at")


def _shown(value):
    if value in (None, "", []):
        return "(empty)"
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "j M Y H:i")
    if isinstance(value, list | tuple):
        value = ", ".join(str(item) for item in value)
    return f"“{Truncator(str(value)).chars(SHOWN_CHARS)}”"


def _text_change(old, new):
    """Long texts: show only the stretch that differs, with a little context either side."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    context = 40

    def stretch(text):
        left = max(start - context, 0)
        right = len(text) - max(end - context, 0)
        return f"{'…' if left else ''}{text[left:right]}{'…' if right < len(text) else ''}"

    return f"{_shown(stretch(old))} → {_shown(stretch(new))}"


def _label(model, attname):
    field = _field(model, attname)
    if field is None:
        return attname
    return capfirst(str(getattr(field, "verbose_name", field.name)))


def _field(model, attname):
    for field in model._meta.get_fields():
        if getattr(field, "attname", None) == attname or field.name == attname:
            return field
    return None


def _choice_labels(model, attname, *values):
    """Values of a field with choices as their labels ("Ongoing", not "ongoing")."""
    field = _field(model, attname)
    choices = dict(getattr(field, "flatchoices", None) or ())
    if not choices:
        return values
    return tuple(
        choices.get(value, value) if value not in (None, "") else value for value in values
    )


def field_changes(model, older, newer, skip=()):
    """["Title: “old” → “new”", ...] between two field dicts of `model`."""
    changes = []
    for attname, new_value in newer.items():
        if attname in QUIET_FIELDS or attname in skip:
            continue
        old_value = older.get(attname)
        if isinstance(old_value, list) and isinstance(new_value, list):
            old_value, new_value = sorted(old_value, key=str), sorted(new_value, key=str)
        if old_value == new_value:
            continue
        old_value, new_value = _choice_labels(model, attname, old_value, new_value)
        long_texts = (
            isinstance(old_value, str)
            and isinstance(new_value, str)
            and max(len(old_value), len(new_value)) > SHOWN_CHARS
        )
        if long_texts:
            shown = _text_change(old_value, new_value)
        else:
            shown = f"{_shown(old_value)} → {_shown(new_value)}"
        changes.append(f"{_label(model, attname)}: {shown}")
    return changes


def _follow_types(model):
    """Content types of the inline rows a model's versions carry: the rows that point at
    the record (objectives, officials, paragraphs) and keep a history of their own, not
    other public records (an event that names an initiative has its own history)."""
    related = [
        rel.related_model
        for rel in model._meta.related_objects
        if rel.one_to_many
        and is_registered(rel.related_model)
        and not issubclass(rel.related_model, PublicRecord)
    ]
    return ContentType.objects.get_for_models(*related).values() if related else []


def revision_changes(model, older, newer, inline_versions):
    """What changed between two versions of one record, its inline rows included.

    `inline_versions` maps a revision id to that revision's inline-row versions.
    """
    changes = field_changes(model, older.field_dict if older else {}, newer.field_dict)
    before = {
        (v.content_type_id, v.object_id): v
        for v in inline_versions.get(older.revision_id if older else None, [])
    }
    after = {
        (v.content_type_id, v.object_id): v for v in inline_versions.get(newer.revision_id, [])
    }
    for key, version in after.items():
        name = f"{capfirst(version._model._meta.verbose_name)} {version.object_repr}"
        if key not in before:
            if older is not None:
                changes.append(f"{name}: added")
            continue
        skip = {f.attname for f in version._model._meta.concrete_fields if f.related_model is model}
        for change in field_changes(
            version._model, before[key].field_dict, version.field_dict, skip=skip
        ):
            changes.append(f"{name}: {change}")
    for key, version in before.items():
        if key not in after:
            changes.append(
                f"{capfirst(version._model._meta.verbose_name)} {version.object_repr}: removed"
            )
    return changes


def inline_versions_of(model, versions):
    """{revision id: [versions of inline rows]} for the given versions of a record."""
    types = list(_follow_types(model))
    grouped = {}
    if not types:
        return grouped
    rows = Version.objects.filter(
        revision__in=[v.revision_id for v in versions], content_type__in=types
    ).select_related("content_type")
    for row in rows:
        grouped.setdefault(row.revision_id, []).append(row)
    return grouped


def _plain(field, value):
    """A form value as a comparable, printable value: objects by their names."""
    if isinstance(field, forms.ModelMultipleChoiceField):
        items = value if value is not None else []
        if not isinstance(items, list | tuple | models.QuerySet):
            items = [items]
        found = [
            item if isinstance(item, models.Model) else field.queryset.filter(pk=item).first()
            for item in items
        ]
        return sorted(str(item) for item in found if item is not None)
    if isinstance(field, forms.ModelChoiceField):
        if value in (None, ""):
            return None
        if not isinstance(value, models.Model):
            value = field.queryset.filter(pk=value).first()
        return str(value) if value is not None else None
    if value == "":
        return None
    return value


def _form_changes(form, skip=()):
    model = form._meta.model
    older, newer = {}, {}
    for name in form.changed_data:
        if name in skip or name in QUIET_FIELDS or name in ("DELETE", "id"):
            continue
        field = form.fields[name]
        older[name] = _plain(field, form[name].initial)
        newer[name] = _plain(field, form.cleaned_data.get(name))
    return field_changes(model, older, newer)


def pending_changes(form, formsets):
    """What publishing a bound change form would change on the live record, field by field,
    inline rows included (added, changed, removed)."""
    changes = _form_changes(form, skip={"publication_status"})
    for formset in formsets:
        verbose = capfirst(formset.model._meta.verbose_name)
        skip = {formset.fk.name} if hasattr(formset, "fk") else set()
        for row in formset.forms:
            deleted = formset.can_delete and formset._should_delete_form(row)
            if row.instance.pk is not None:
                if deleted:
                    changes.append(f"{verbose} {row.instance}: removed")
                elif row.has_changed():
                    for change in _form_changes(row, skip):
                        changes.append(f"{verbose} {row.instance}: {change}")
            elif row.has_changed() and not deleted:
                changes.append(f"{verbose} {row.instance}: added")
    return changes


def _form_errors(form, formsets):
    errors = [str(error) for error in form.non_field_errors()]
    errors += [
        f"{form.fields[name].label}: {' '.join(errs)}"
        for name, errs in form.errors.items()
        if name != "__all__"
    ]
    for formset in formsets:
        errors += [str(error) for error in formset.non_form_errors()]
        for row in formset.errors:
            errors += [f"{name}: {' '.join(errs)}" for name, errs in row.items()]
    return errors


def _shown_value(field, data, key):
    """A posted value as a person reads it: names of objects, labels of choices."""
    raw = field.widget.value_from_datadict(data, MultiValueDict(), key)
    try:
        value = field.clean(raw)
    except ValidationError:
        value = raw
    value = _plain(field, value)
    if not isinstance(field, forms.ModelChoiceField) and getattr(field, "choices", None):
        labels = {str(k): v for k, v in field.choices}
        value = labels.get(str(value), value) if value is not None else None
    return _shown(value)
