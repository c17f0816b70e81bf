"""The secretariat's editorial workflow, shared by the admin of every public record.

- Roles: Editors change records; only a user with the model's "publish"
  permission (the Publishers group) can publish or unpublish, by any route.
- No lost edits: each change form carries the record's `version` in a hidden
  field; a save over a version someone else has moved on is refused with a
  list of what they changed, and the refused entries can be merged three ways
  onto the current version (the user chooses where both sides changed a field). The parent row is locked while the check and the
  save run, and every save (inlines included) bumps the version.
- History: django-reversion keeps one revision per save with the inline rows;
  the history page lists who changed what, field by field, and each entry
  opens a form that restores that version.

- Changes to live records wait for a Publisher: an Editor's save of a published record
  writes nothing to it; the posted form is kept as a `PendingChange`, which a Publisher
  reviews as a field-by-field diff and publishes or rejects with a comment.
- A save that changes nothing writes nothing (no history version, no new edit number).

Publication states change only through `core.publication`, which also holds the rules.
"""

import copy
import datetime
import json

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets, quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, models, transaction
from django.db.models.functions import Cast
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect, QueryDict
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.formats import date_format
from django.utils.text import Truncator, capfirst
from reversion.admin import VersionAdmin
from reversion.models import Version
from reversion.revisions import (
    _get_options,
    add_to_revision,
    create_revision,
    set_comment,
    set_user,
)

from core.admin_input import AdminInputMixin
from core.models import PendingChange
from core.publication import (
    PublicationStatus,
    TransitionRefused,
    can_publish,
    record_publish,
    record_send_to_review,
    record_unpublish,
    settle_edited_state,
    status_choices,
)

# Bookkeeping fields a person never edits; a change to them alone is no change.
QUIET_FIELDS = {"version", "created_at", "updated_at", "search_vector"}
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
    """Content types of the inline rows a model's versions carry."""
    related = [model._meta.get_field(name).related_model for name in _get_options(model).follow]
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


class EditorialForm(forms.ModelForm):
    """Hidden version check and publication rights; configured per request by the admin."""

    user = None  # who edits: the admin sets it per request
    # When a restore has already rewritten the row: its version and publication before.
    state_before_restore = None
    # An Editor reopening a record whose change of theirs waits for review edits that change.
    pending_data = None

    def __init__(self, *args, **kwargs):
        if self.pending_data is not None and not args and kwargs.get("data") is None:
            kwargs["data"] = self.pending_data
        super().__init__(*args, **kwargs)
        if "version" in self.fields:
            self.fields["version"].widget = forms.HiddenInput()
            self.fields["version"].required = False
            if self.state_before_restore and not self.is_bound:
                self.initial["version"] = self.state_before_restore["version"]
        status = self.fields.get("publication_status")
        if status is not None and not can_publish(self.user, self._meta.model):
            status.choices = status_choices(self.user, self._meta.model, status.choices)
            status.help_text = "Only a Publisher can publish."
        self.conflict = []

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        model = type(self.instance)
        rows = model._default_manager.filter(pk=self.instance.pk)
        if connection.in_atomic_block:
            rows = rows.select_for_update()
        current = rows.values(*STATE_FIELDS).first()
        if current is None:
            raise ValidationError(
                f"This {model._meta.verbose_name} was deleted while you edited it; nothing was "
                "saved. A Publisher can recover it from the list page."
            )
        if self.state_before_restore:
            current = dict(self.state_before_restore)
        self.state_before = current
        if "_reject" in self.data and not self.data.get("_review_comment", "").strip():
            raise ValidationError(
                "Say why the record goes back to draft: the comment is shown to its editors.",
                code="comment_required",
            )
        submitted = cleaned.get("version")
        if submitted != current["version"]:
            self.conflict = conflict_report(model, self.instance.pk, submitted)
            raise ValidationError(self.conflict, code="edit_conflict")
        if current["publication_status"] == PublicationStatus.PUBLISHED and not can_publish(
            self.user, model
        ):
            waiting = (
                PendingChange.objects.for_record(self.instance)
                .pending()
                .exclude(author=self.user)
                .select_related("author")
                .first()
            )
            if waiting is not None:
                who = waiting.author.get_username() if waiting.author else "someone"
                raise ValidationError(
                    f"Your changes were NOT saved: {who}'s change to this "
                    f"{model._meta.verbose_name} is waiting for a Publisher's review, and only "
                    "one change to a published record can wait at a time. Your entries are "
                    "still in the form below; save them once that change is published or "
                    "rejected.",
                    code="change_waiting",
                )
        return cleaned


def conflict_report(model, pk, base_version):
    """The lines of the message shown when a save would overwrite someone else's edit."""
    verbose = model._meta.verbose_name
    lines = [
        f"Your changes were NOT saved: someone else saved this {verbose} after you opened it, "
        "and saving would overwrite their work. Their changes:"
    ]
    versions = list(
        Version.objects.get_for_object_reference(model, pk).select_related("revision__user")
    )  # newest first
    latest = versions[0] if versions else None
    base = next((v for v in versions if v.field_dict.get("version") == base_version), None)
    if latest is None or base is None or latest.pk == base.pk:
        lines.append("(The history does not say what changed; see the History page.)")
    else:
        inline = inline_versions_of(model, [base, latest])
        changes = revision_changes(model, base, latest, inline)
        authors = []
        for version in versions:
            if version.pk == base.pk:
                break
            user = version.revision.user
            who = user.get_username() if user else "an import or script"
            when = date_format(timezone.localtime(version.revision.date_created), "j M Y H:i")
            authors.append(f"{who} at {when}")
        lines.append("Saved by " + "; ".join(authors) + ".")
        lines.extend(changes or ["(No field changed.)"])
    lines.append(
        "Your entries are still in the form below: “Apply my changes on top of the current "
        "version” merges them with what was saved, asking you about any field you both changed."
    )
    return lines


PUBLISHER_BUTTONS = ("_publish", "_unpublish", "_reject")
TRANSITIONS = {
    "_send_to_review": (record_send_to_review, "sent for review."),
    "_publish": (record_publish, "published."),
    "_unpublish": (record_unpublish, "unpublished (back to draft)."),
    "_reject": (record_unpublish, "sent back to draft."),
}


class _KeepLiveRecord(Exception):
    """Rolls back a restore that an Editor's change to a published record had applied."""

    def __init__(self, response):
        super().__init__("restore kept as a change waiting for review")
        self.response = response


def _posted_data(post):
    """The change form's data to keep: every field and inline row, no token or button."""
    return {
        key: post.getlist(key)
        for key in post
        if key != "csrfmiddlewaretoken" and not key.startswith("_")
    }


def _as_querydict(data):
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, list(values))
    return query


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


# Conflict recovery: a three-way merge of the refused submission ("mine"), the version
# the user opened ("base") and the record as it is now ("theirs"), in the change form's
# own data: every form field, and each inline as one whole list of rows.


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


def _keys_of(data, prefix):
    return [key for key in data if key.startswith(f"{prefix}-")]


@admin.display(description="Publication status", ordering="publication_status")
def publication_status(obj):
    """The list's status column; a function of this name keeps the column's CSS class."""
    label = obj.get_publication_status_display()
    if obj.is_published and getattr(obj, "has_pending_change", False):
        return f"{label} — changes in review"
    return label


class EditorialAdmin(AdminInputMixin, VersionAdmin):
    """ModelAdmin for Initiative, Event and Statement."""

    form = EditorialForm
    actions = ["send_to_review", "publish_selected", "unpublish_selected"]
    history_latest_first = True
    object_history_template = "admin/editorial/object_history.html"
    view_on_site = True

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    # Roles.

    def has_publish_permission(self, request):
        return can_publish(request.user, self.model)

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), "created_at", "updated_at"]
        fields.append("published_at")
        if obj is not None and obj.is_published and not self.has_publish_permission(request):
            fields.append("publication_status")
        return list(dict.fromkeys(fields))

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        return type(
            form.__name__,
            (form,),
            {
                "user": request.user,
                "state_before_restore": getattr(request, "editorial_state_before", None),
                "pending_data": getattr(request, "editorial_pending_data", None),
            },
        )

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        pending = getattr(request, "editorial_pending_data", None)
        if request.method != "POST" and pending is not None:
            kwargs.update(data=pending.copy(), files=MultiValueDict())
        return kwargs

    def _create_formsets(self, request, obj, change):
        formsets, inline_instances = super()._create_formsets(request, obj, change)
        request.editorial_formsets = formsets  # save_model needs to know if any row changed
        return formsets, inline_instances

    def _goes_to_review(self, request, form):
        """Whether this save becomes a change waiting for review instead of a write."""
        before = getattr(form, "state_before", None) or {}
        return (
            before.get("publication_status") == PublicationStatus.PUBLISHED
            and not self.has_publish_permission(request)
            and not getattr(request, "editorial_recovering", False)
        )

    def _changes_nothing(self, request, form):
        if getattr(request, "editorial_state_before", None) or getattr(
            request, "editorial_recovering", False
        ):
            return False  # a restore always writes the version it restores
        formsets = getattr(request, "editorial_formsets", [])
        return not form.has_changed() and not any(fs.has_changed() for fs in formsets)

    def save_model(self, request, obj, form, change):
        if change and self._changes_nothing(request, form):
            request.editorial_outcome = "unchanged"
            return
        if change and self._goes_to_review(request, form):
            request.editorial_outcome = "proposed"
            request.editorial_proposal = _posted_data(request.POST)
            request.editorial_base_edit = form.state_before["version"]
            return
        settle_edited_state(
            obj,
            before=getattr(form, "state_before", None) or {},
            user=request.user,
            recovered=getattr(request, "editorial_recovering", False),
        )
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        if getattr(request, "editorial_outcome", None):
            return
        super().save_related(request, form, formsets, change)

    def construct_change_message(self, request, form, formsets, add=False):
        if getattr(request, "editorial_outcome", None):
            return ""  # nothing was written (the formsets were not saved)
        return super().construct_change_message(request, form, formsets, add)

    def log_change(self, request, obj, message):
        if getattr(request, "editorial_outcome", None):
            return None
        return super().log_change(request, obj, message)

    def get_queryset(self, request):
        waiting = PendingChange.objects.pending().filter(
            content_type=ContentType.objects.get_for_model(self.model),
            object_id=Cast(models.OuterRef("pk"), models.PositiveBigIntegerField()),
        )
        return super().get_queryset(request).annotate(has_pending_change=models.Exists(waiting))

    def get_list_display(self, request):
        # The status column says when a published record has a change waiting for review.
        return [
            publication_status if name == "publication_status" else name
            for name in super().get_list_display(request)
        ]

    # The change form: its buttons, and changes waiting for review.

    change_form_template = "admin/editorial/change_form.html"

    def _buttons(self, request, obj):
        """(name, label) of the transitions this user may make on `obj` from its form."""
        if obj is None:
            return []
        publisher = self.has_publish_permission(request)
        status = obj.publication_status
        buttons = []
        if status == PublicationStatus.DRAFT and self.has_change_permission(request, obj):
            buttons.append(("_send_to_review", "Save and send for review"))
        if publisher and status in (PublicationStatus.DRAFT, PublicationStatus.REVIEW):
            buttons.append(("_publish", "Save and publish"))
        if publisher and status == PublicationStatus.REVIEW:
            buttons.append(("_reject", "Save and send back to draft (reject)"))
        if publisher and status == PublicationStatus.PUBLISHED:
            buttons.append(("_unpublish", "Save and unpublish"))
        return buttons

    def change_view(self, request, object_id, form_url="", extra_context=None):
        pk = unquote(object_id)
        if request.method == "GET":
            self._record_baseline(pk)
        latest = None
        if str(pk).isdigit():
            latest = (
                PendingChange.objects.filter(
                    content_type=ContentType.objects.get_for_model(self.model), object_id=pk
                )
                .select_related("author", "reviewer")
                .first()
            )
        waiting = latest if latest and latest.state == PendingChange.State.PENDING else None
        mine = waiting is not None and waiting.author_id == request.user.pk
        if (
            mine
            and request.method == "GET"
            and not getattr(request, "editorial_state_before", None)
        ):
            request.editorial_pending_data = _as_querydict(waiting.data)
        opts = self.model._meta
        context = {
            **(extra_context or {}),
            "pending_change": waiting,
            "pending_is_mine": mine,
            "rejected_change": latest
            if latest and latest.state == PendingChange.State.REJECTED
            else None,
            "review_url": reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_review",
                args=(quote(pk),),
            )
            if waiting and self.has_publish_permission(request)
            else None,
            "review_comment": request.POST.get("_review_comment", ""),
        }
        return super().change_view(request, object_id, form_url, context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["editorial_buttons"] = self._buttons(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if (
            request.method == "POST"
            and object_id
            and ("_merge" in request.POST or "_mine" in request.POST)
        ):
            shown = self.merge_view(request, object_id)
            if shown is not None:
                return shown
        pressed = any(name in request.POST for name in PUBLISHER_BUTTONS)
        if request.method == "POST" and pressed and not self.has_publish_permission(request):
            raise PermissionDenied("Only a Publisher can publish, unpublish or reject.")
        response = super().changeform_view(request, object_id, form_url, extra_context)
        proposal = getattr(request, "editorial_proposal", None)
        if proposal is not None:
            if getattr(request, "editorial_state_before", None):
                # A restore has rewritten the live row: undo that, keep only the proposal.
                raise _KeepLiveRecord(response)
            self._store_proposal(request, unquote(object_id), proposal)
        return response

    def _store_proposal(self, request, pk, proposal):
        """Keep (or replace) the user's change waiting for review; the live row is locked
        so two saves cannot both leave one."""
        with transaction.atomic():
            obj = self.model._default_manager.select_for_update().get(pk=pk)
            waiting = PendingChange.objects.for_record(obj).pending().select_for_update().first()
            if waiting is not None and waiting.author_id != request.user.pk:
                raise PermissionDenied("Someone else's change to this record waits for review.")
            if waiting is None:
                waiting = PendingChange(record=obj, author=request.user)
            waiting.data = proposal
            waiting.base_edit = request.editorial_base_edit
            waiting.save()

    def response_change(self, request, obj):
        outcome = getattr(request, "editorial_outcome", None)
        if outcome == "proposed":
            self.message_user(
                request,
                f"Your change to “{obj}” waits for a Publisher's review. The public page keeps "
                "showing the published version until a Publisher publishes the change.",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(request.path)
        pressed = next((name for name in TRANSITIONS if name in request.POST), None)
        if pressed is None:
            if outcome == "unchanged":
                self.message_user(request, "Nothing was changed, so nothing was saved.")
                return HttpResponseRedirect(request.path)
            return super().response_change(request, obj)
        transition, done = TRANSITIONS[pressed]
        try:
            transition(obj, user=request.user)
        except TransitionRefused as refused:
            self.message_user(request, str(refused), messages.WARNING)
        else:
            if pressed == "_reject":
                set_comment(f"Sent back to draft: {request.POST['_review_comment'].strip()}")
            self.message_user(request, f"“{obj}”: {done}", messages.SUCCESS)
        return HttpResponseRedirect(request.path)

    # Conflict recovery.

    def _forms_for(self, request, obj):
        """The unbound change form and inline formsets for `obj` as this user sees them."""
        shown = copy.copy(request)
        shown.method = "GET"
        fields = flatten_fieldsets(self.get_fieldsets(shown, obj))
        form = self.get_form(shown, obj, change=True, fields=fields)(instance=obj)
        formsets, _ = self._create_formsets(shown, obj, change=True)
        return form, formsets

    def _base_data(self, request, obj, edit):
        """The change form's data as it was at edit number `edit`, from the history (the
        version is restored inside a transaction that is then rolled back)."""
        versions = Version.objects.get_for_object_reference(self.model, obj.pk)
        base = next((v for v in versions if v.field_dict.get("version") == edit), None)
        if base is None:
            return None
        with transaction.atomic():
            base.revision.revert(delete=True)
            then = self.model._default_manager.get(pk=obj.pk)
            data = _unbound_data(*self._forms_for(request, then))
            transaction.set_rollback(True)
        return data

    def _merge(self, request, obj, mine):
        """(merged data, automatic choices, conflicts) of `mine` over the live `obj`, or None
        when the history lacks the version the user opened."""
        try:
            edit = int(mine.get("version", ""))
        except ValueError:
            return None
        base = self._base_data(request, obj, edit)
        if base is None:
            return None
        form, formsets = self._forms_for(request, obj)
        theirs = _unbound_data(form, formsets)
        merged = theirs.copy()
        automatic, conflicts = [], []
        for name, field in form.fields.items():
            if name in QUIET_FIELDS or (name == "publication_status" and name not in mine):
                continue
            key = form.add_prefix(name)
            values = [_comparable(field, d, key) for d in (base, mine, theirs)]
            was, my, their = values
            label = capfirst(str(field.label or name))
            if my in (was, their):
                continue  # I did not change it, or we agree: theirs stands
            if their == was:
                merged.setlist(key, mine.getlist(key))
                automatic.append({"label": label, "shown": _shown_value(field, mine, key)})
                continue
            conflicts.append(
                {
                    "key": key,
                    "label": label,
                    "mine": _shown_value(field, mine, key),
                    "theirs": _shown_value(field, theirs, key),
                    "choice": mine.get(f"_choose-{key}"),
                }
            )
        for formset in formsets:
            label = capfirst(str(formset.model._meta.verbose_name_plural))
            was, my, their = (_inline_rows(formset, d) for d in (base, mine, theirs))
            if my in (was, their):
                continue
            if their == was:
                for key in _keys_of(merged, formset.prefix):
                    del merged[key]
                for key in _keys_of(mine, formset.prefix):
                    merged.setlist(key, mine.getlist(key))
                automatic.append({"label": label, "shown": f"{len(my)} rows, as you entered them"})
                continue
            conflicts.append(
                {
                    "key": formset.prefix,
                    "label": label,
                    "mine": "; ".join(" · ".join(str(v) for v in row if v) for row in my)
                    or "(none)",
                    "theirs": "; ".join(" · ".join(str(v) for v in row if v) for row in their)
                    or "(none)",
                    "choice": mine.get(f"_choose-{formset.prefix}"),
                    "formset": formset,
                }
            )
        return merged, automatic, conflicts

    def _apply_choices(self, merged, mine, conflicts):
        """Put the chosen side of each conflict into `merged`; False if one is unchosen."""
        for conflict in conflicts:
            if conflict["choice"] not in ("mine", "theirs"):
                return False
            if conflict["choice"] == "theirs":
                continue
            formset = conflict.get("formset")
            if formset is None:
                merged.setlist(conflict["key"], mine.getlist(conflict["key"]))
                continue
            # My rows replace theirs: every current row is deleted and mine come as new rows.
            prefix = formset.prefix
            current = int(merged.get(f"{prefix}-INITIAL_FORMS", 0))
            for index in range(current):
                merged[f"{prefix}-{index}-DELETE"] = "on"
            added = current
            total = int(mine.get(f"{prefix}-TOTAL_FORMS", 0))
            for index in range(min(total, 1000)):
                if mine.get(f"{prefix}-{index}-DELETE"):
                    continue
                row_keys = _keys_of(mine, f"{prefix}-{index}")
                if not any(mine.get(k) for k in row_keys if not k.endswith(("-id", "-DELETE"))):
                    continue
                for key in row_keys:
                    name = key[len(f"{prefix}-{index}-") :]
                    if name in ("id", "DELETE"):
                        continue
                    merged.setlist(f"{prefix}-{added}-{name}", mine.getlist(key))
                added += 1
            merged[f"{prefix}-TOTAL_FORMS"] = str(added)
        return True

    def merge_view(self, request, object_id):
        """ "Apply my changes on top of the current version": shows what merges by itself,
        asks about each field both sides changed, and saves only when the user confirms."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return None  # the change view answers as for any missing record
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        mine = request.POST.copy()
        if "_mine" in mine:  # the merge page posts the refused submission back as JSON
            try:
                kept = json.loads(mine["_mine"])
            except ValueError:
                kept = None
            if not isinstance(kept, dict) or not all(
                isinstance(values, list) for values in kept.values()
            ):
                return HttpResponseBadRequest(
                    "The merge form was altered, so nothing was saved. Open the record again."
                )
            chosen = {k: v for k, v in mine.items() if k.startswith("_choose-")}
            mine = _as_querydict(kept)
            for key, value in chosen.items():
                mine[key] = value
        result = self._merge(request, obj, mine)
        opts = self.model._meta
        if result is None:
            self.message_user(
                request,
                "The history does not hold the version you opened, so your changes cannot be "
                "merged automatically; re-apply them in a new tab.",
                messages.ERROR,
            )
            return None
        merged, automatic, conflicts = result
        ready = "_apply" in request.POST and self._apply_choices(merged, mine, conflicts)
        if ready:
            merged["version"] = str(obj.version)
            request.POST = merged
            request.POST._mutable = False
            request.editorial_merged = True
            return None  # the normal change view saves it
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "original": obj,
            "title": f"Apply your changes to “{obj}” on top of the current version",
            "automatic": automatic,
            "conflicts": conflicts,
            "unchosen": "_apply" in request.POST,
            "mine_json": json.dumps(_posted_data(mine)),
            "has_view_permission": True,
        }
        return TemplateResponse(request, "admin/editorial/merge.html", context)

    # Reviewing a change that waits.

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/review/",
                self.admin_site.admin_view(self.review_view),
                name=f"{opts.app_label}_{opts.model_name}_review",
            ),
            *super().get_urls(),
        ]

    def _bound_to(self, request, obj, data):
        """The Publisher's change form and inline formsets bound to `data` over the live `obj`."""
        data = _as_querydict(data)
        data["version"] = str(obj.version)  # compared with the base edit separately
        if "publication_status" not in data:
            data["publication_status"] = obj.publication_status
        posted = copy.copy(request)
        posted.method = "POST"
        posted.POST = data
        posted._files = MultiValueDict()
        fields = flatten_fieldsets(self.get_fieldsets(posted, obj))
        form_class = self.get_form(posted, obj, change=True, fields=fields)
        form = form_class(data, {}, instance=obj)
        formsets, _ = self._create_formsets(posted, obj, change=True)
        return form, formsets

    def review_view(self, request, object_id):
        if not self.has_publish_permission(request):
            raise PermissionDenied("Only a Publisher reviews changes to published records.")
        opts = self.model._meta
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, opts, object_id)
        change_url = reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
            args=(quote(obj.pk),),
        )
        comment_error = ""
        with transaction.atomic(), create_revision():
            obj = self.model._default_manager.select_for_update().get(pk=obj.pk)
            waiting = (
                PendingChange.objects.for_record(obj)
                .pending()
                .select_for_update(of=("self",))
                .select_related("author")
                .first()
            )
            if waiting is None:
                self.message_user(request, "No change to this record waits for review.")
                return HttpResponseRedirect(change_url)
            author = waiting.author.get_username() if waiting.author else "a deleted account"
            form, formsets = self._bound_to(request, obj, waiting.data)
            valid = form.is_valid() and all(fs.is_valid() for fs in formsets)
            if request.method == "POST" and "_reject" in request.POST:
                comment = request.POST.get("review_comment", "").strip()
                if comment:
                    waiting.state = PendingChange.State.REJECTED
                    waiting.review_comment = comment
                    waiting.reviewer = request.user
                    waiting.reviewed_at = timezone.now()
                    waiting.save()
                    self.message_user(
                        request, f"Rejected {author}'s change; the published version stays."
                    )
                    return HttpResponseRedirect(change_url)
                comment_error = "Say why the change is rejected: the editor sees this comment."
            elif request.method == "POST" and "_publish" in request.POST and valid:
                set_user(request.user)
                set_comment(
                    f"Published the change proposed by {author}, reviewed by "
                    f"{request.user.get_username()}."
                )
                changed = self.save_form(request, form, change=True)
                changed.save()
                form.save_m2m()
                for formset in formsets:
                    formset.instance = changed
                    formset.save()
                waiting.state = PendingChange.State.PUBLISHED
                waiting.reviewer = request.user
                waiting.reviewed_at = timezone.now()
                waiting.save()
                self.message_user(
                    request, f"Published {author}'s change to “{changed}”.", messages.SUCCESS
                )
                return HttpResponseRedirect(change_url)
            changes = pending_changes(form, formsets) if valid else []
            transaction.set_rollback(True)  # a review writes nothing
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "original": obj,
            "title": f"Review the change to “{obj}”",
            "subtitle": str(obj),
            "pending_change": waiting,
            "author": author,
            "changes": changes,
            "errors": [] if valid else _form_errors(form, formsets),
            "moved_on": obj.version != waiting.base_edit,
            "comment_error": comment_error,
            "change_url": change_url,
            "has_view_permission": True,
        }
        return TemplateResponse(
            request,
            "admin/editorial/review.html",
            context,
            status=400 if comment_error else 200,
        )

    # Publishing actions.

    def _apply(self, request, queryset, transition):
        """Apply a `core.publication` transition to each selected record that allows it."""
        changed = 0
        with transaction.atomic():
            for obj in queryset.select_for_update(of=("self",)):
                try:
                    transition(obj, user=request.user)
                except TransitionRefused:
                    continue
                changed += 1
        return changed

    @admin.action(
        permissions=["publish"], description="Publish the selected %(verbose_name_plural)s"
    )
    def publish_selected(self, request, queryset):
        count = self._apply(request, queryset, record_publish)
        self.message_user(request, f"Published {count} {self._plural(count)}.", messages.SUCCESS)

    @admin.action(
        permissions=["publish"],
        description="Unpublish the selected %(verbose_name_plural)s (back to draft)",
    )
    def unpublish_selected(self, request, queryset):
        count = self._apply(request, queryset, record_unpublish)
        self.message_user(request, f"Unpublished {count} {self._plural(count)}.", messages.SUCCESS)

    @admin.action(permissions=["change"], description="Send the selected drafts for review")
    def send_to_review(self, request, queryset):
        count = self._apply(request, queryset, record_send_to_review)
        self.message_user(request, f"Sent {count} {self._plural(count)} for review.")

    def _plural(self, count):
        opts = self.model._meta
        return opts.verbose_name if count == 1 else opts.verbose_name_plural

    # History and restore.

    def _pk_or_none(self, object_id):
        """The id from an address as a primary key, or None when no record could have it
        ("abc", "1.5"): the view then answers as stock Django does for a missing record."""
        try:
            return self.model._meta.pk.to_python(unquote(str(object_id)))
        except ValidationError:
            return None

    def _record_baseline(self, pk):
        """Give a record made outside the admin's history (a script, old data) a first version,
        so a later conflict or history entry can say what changed since the form was opened."""
        pk = self._pk_or_none(pk)
        if pk is None or Version.objects.get_for_object_reference(self.model, pk).exists():
            return
        obj = self.model._default_manager.filter(pk=pk).first()
        if obj is not None:
            with create_revision():
                set_comment("First recorded version (made before its history was kept).")
                add_to_revision(obj)

    def history_view(self, request, object_id, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        opts = self.model._meta
        if self._pk_or_none(object_id) is None:
            return self._get_obj_does_not_exist_redirect(request, opts, object_id)
        versions = list(
            Version.objects.get_for_object_reference(self.model, unquote(object_id))
            .select_related("revision__user")
            .order_by("pk")
        )
        inline = inline_versions_of(self.model, versions)
        action_list = []
        previous = None
        for version in versions:
            action_list.append(
                {
                    "revision": version.revision,
                    "url": reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                        args=(quote(version.object_id), version.pk),
                    ),
                    "changes": revision_changes(self.model, previous, version, inline)
                    if previous
                    else ["First recorded version."],
                }
            )
            previous = version
        action_list.reverse()
        reviews = PendingChange.objects.filter(
            content_type=ContentType.objects.get_for_model(self.model),
            object_id=unquote(object_id),
        ).select_related("author", "reviewer")
        context = {"action_list": action_list, "reviews": reviews, **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def recover_view(self, request, version_id, extra_context=None):
        request.editorial_recovering = True
        return super().recover_view(request, version_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # The restore rewrites the row before the form runs: remember the real version
        # and publication state, so the conflict check and the role rules still apply.
        if self._pk_or_none(object_id) is None:
            raise Http404("No such version of this record.")  # as django-reversion answers
        with transaction.atomic():
            row = (
                self.model._default_manager.select_for_update()
                .filter(pk=unquote(object_id))
                .values(*STATE_FIELDS)
                .first()
            )
            request.editorial_state_before = row
            try:
                with transaction.atomic():
                    return super().revision_view(request, object_id, version_id, extra_context)
            except _KeepLiveRecord as kept:
                proposal, response = request.editorial_proposal, kept.response
        # An Editor's restore of a published record waits for review like any other change.
        self._store_proposal(request, unquote(object_id), proposal)
        return response
