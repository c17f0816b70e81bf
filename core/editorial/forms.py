"""The change form of a public record: the hidden edit-number check that refuses a
save over someone else's, the publication rights, and the rules between records; and
the change form and inlines built for a user (`ChangeFormsMixin.change_forms`)."""

from django import forms
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reversion.models import Version

from core.editorial.diffs import STATE_FIELDS, inline_versions_of, revision_changes
from core.models import PendingChange
from core.publication import (
    PublicationStatus,
    can_publish,
    rule_problem,
    status_choices,
)


class EditorialForm(forms.ModelForm):
    """Hidden version check and publication rights; configured per request by the admin."""

    user = None  # who edits: the admin sets it per request
    # When a restore has already rewritten the row: its version and publication before.
    state_before_restore = None
    # An Editor reopening a record whose change of theirs waits for review edits that change.
    pending_data = None

    # After "apply my changes on top of the current version": the merged data to save.
    merged_data = None

    def __init__(self, *args, **kwargs):
        if self.pending_data is not None and not args and kwargs.get("data") is None:
            kwargs["data"] = self.pending_data
        if self.merged_data is not None and args:
            args = (self.merged_data, MultiValueDict(), *args[2:])
        super().__init__(*args, **kwargs)
        if "version" in self.fields:
            self.fields["version"].widget = forms.HiddenInput()
            self.fields["version"].required = False
            if self.state_before_restore and not self.is_bound:
                self.initial["version"] = self.state_before_restore["version"]
        status = self.fields.get("publication_status")
        if status is not None and not can_publish(self.user, self._meta.model):
            status.choices = status_choices(self.user, self._meta.model, status.choices)
            status.help_text = _("Only a Publisher can publish.")
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
                _(
                    "This %(model)s was deleted while you edited it; nothing was saved. A "
                    "Publisher can recover it from the list page."
                )
                % {"model": model._meta.verbose_name}
            )
        if self.state_before_restore:
            current = dict(self.state_before_restore)
        self.state_before = current
        if "_reject" in self.data and not self.data.get("_review_comment", "").strip():
            raise ValidationError(
                _("Say why the record goes back to draft: the comment is shown to its editors."),
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
                who = waiting.author.get_username() if waiting.author else _("someone")
                raise ValidationError(
                    _(
                        "Your changes were NOT saved: %(who)s's change to this %(model)s is "
                        "waiting for a Publisher's review, and only one change to a published "
                        "record can wait at a time. Your entries are still in the form below; "
                        "save them once that change is published or rejected."
                    )
                    % {"who": who, "model": model._meta.verbose_name},
                    code="change_waiting",
                )
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        # The rules between records (a statement and its meeting) hold for the state the
        # save would leave, whoever saves and whichever field moved it.
        record = self.instance
        target = record.publication_status
        before = (getattr(self, "state_before", None) or {}).get("publication_status")
        if target == before and not self._needs_moved():
            return  # the state and what it rests on stay as they are
        if record.pk is None and target != PublicationStatus.PUBLISHED:
            return
        problem = rule_problem(record, target)
        if problem:
            self.add_error(None, ValidationError(problem, code="publication_rule"))

    def _needs_moved(self):
        """Whether the form points a published record at other records it needs (a
        statement at another meeting): the rule is checked again then."""
        record = self.instance
        needs = getattr(record, "publication_needs", None)
        if needs is None or record.pk is None or not record.is_published:
            return False
        saved = type(record)._default_manager.filter(pk=record.pk).first()
        return saved is not None and [n.pk for n in needs()] != [
            n.pk for n in saved.publication_needs()
        ]


def conflict_report(model, pk, base_version):
    """The lines of the message shown when a save would overwrite someone else's edit."""
    verbose = model._meta.verbose_name
    lines = [
        _(
            "Your changes were NOT saved: someone else saved this %(model)s after you opened "
            "it, and saving would overwrite their work. Their changes:"
        )
        % {"model": verbose}
    ]
    versions = list(
        Version.objects.get_for_object_reference(model, pk).select_related("revision__user")
    )  # newest first
    latest = versions[0] if versions else None
    base = next((v for v in versions if v.field_dict.get("version") == base_version), None)
    if latest is None or base is None or latest.pk == base.pk:
        lines.append(_("(The history does not say what changed; see the History page.)"))
    else:
        inline = inline_versions_of(model, [base, latest])
        changes = revision_changes(model, base, latest, inline)
        authors = []
        for version in versions:
            if version.pk == base.pk:
                break
            user = version.revision.user
            who = user.get_username() if user else _("an import or script")
            when = date_format(timezone.localtime(version.revision.date_created), "j M Y H:i")
            authors.append(_("%(who)s at %(when)s") % {"who": who, "when": when})
        lines.append(_("Saved by %(authors)s.") % {"authors": "; ".join(authors)})
        lines.extend(changes or [_("(No field changed.)")])
    lines.append(
        _(
            "Your entries are still in the form below: “%(button)s” merges them with what was "
            "saved, asking you about any field you both changed."
        )
        % {"button": _("Apply my changes on top of the current version")}
    )
    return lines


class ChangeFormsMixin:
    """Builds a record's change form and inline formsets as a user's change page has them."""

    def change_forms(self, request, obj, data=None):
        """The change form and inline formsets for `obj` as this user's change page has
        them: unbound, or bound to `data` (a change form's data). Built from the real
        request (its user decides the fields), whatever its method."""
        fields = flatten_fieldsets(self.get_fieldsets(request, obj))
        form_class = self.get_form(request, obj, change=True, fields=fields)
        if data is None:
            form = form_class(instance=obj)
        else:
            form = form_class(data, MultiValueDict(), instance=obj)
        formsets, prefixes = [], {}
        for formset_class, inline in self.get_formsets_with_inlines(request, obj):
            prefix = formset_class.get_default_prefix()
            prefixes[prefix] = prefixes.get(prefix, 0) + 1
            if prefixes[prefix] != 1 or not prefix:
                prefix = f"{prefix}-{prefixes[prefix]}"  # as the stock change view names them
            kwargs = {"instance": obj, "prefix": prefix, "queryset": inline.get_queryset(request)}
            if data is not None:
                kwargs.update(data=data, files=MultiValueDict())
            formsets.append(formset_class(**kwargs))
        return form, formsets

    def _forms_for(self, request, obj):
        """The unbound change form and inline formsets for `obj` as this user sees them."""
        return self.change_forms(request, obj)
