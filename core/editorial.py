"""The secretariat's editorial workflow, shared by the admin of every public record.

- Roles: Editors change records; only a user with the model's "publish"
  permission (the Publishers group) can publish or unpublish, by any route.
- No lost edits: each change form carries the record's `version` in a hidden
  field; a save over a version someone else has moved on is refused with a
  list of what they changed. The parent row is locked while the check and the
  save run, and every save (inlines included) bumps the version.
- History: django-reversion keeps one revision per save with the inline rows;
  the history page lists who changed what, field by field, and each entry
  opens a form that restores that version.

Publication states change only through `core.publication`, which also holds the rules.
"""

import datetime

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator, capfirst
from reversion.admin import VersionAdmin
from reversion.models import Version
from reversion.revisions import (
    _get_options,
    add_to_revision,
    create_revision,
    set_comment,
)

from core.publication import (
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

    def __init__(self, *args, **kwargs):
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
        submitted = cleaned.get("version")
        if submitted != current["version"]:
            self.conflict = conflict_report(model, self.instance.pk, submitted)
            raise ValidationError(self.conflict, code="edit_conflict")
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
        "Your entries are still in the form below. Open this page again in a new tab to see "
        "the current version, re-apply your changes there and save."
    )
    return lines


class EditorialAdmin(VersionAdmin):
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
            },
        )

    def save_model(self, request, obj, form, change):
        settle_edited_state(
            obj,
            before=getattr(form, "state_before", None) or {},
            user=request.user,
            recovered=getattr(request, "editorial_recovering", False),
        )
        super().save_model(request, obj, form, change)

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

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            self._record_baseline(unquote(object_id))
        return super().change_view(request, object_id, form_url, extra_context)

    def _record_baseline(self, pk):
        """Give a record made outside the admin's history (a script, old data) a first version,
        so a later conflict or history entry can say what changed since the form was opened."""
        if Version.objects.get_for_object_reference(self.model, pk).exists():
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
        context = {"action_list": action_list, **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def recover_view(self, request, version_id, extra_context=None):
        request.editorial_recovering = True
        return super().recover_view(request, version_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # The restore rewrites the row before the form runs: remember the real version
        # and publication state, so the conflict check and the role rules still apply.
        with transaction.atomic():
            row = (
                self.model._default_manager.select_for_update()
                .filter(pk=unquote(object_id))
                .values(*STATE_FIELDS)
                .first()
            )
            request.editorial_state_before = row
            return super().revision_view(request, object_id, version_id, extra_context)
