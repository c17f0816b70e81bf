"""Conflict recovery: a three-way merge of the refused submission ("mine"), the version
the user opened ("base") and the record as it is now ("theirs"), in the change form's
own data: every form field, and each inline as one whole list of rows."""

import json

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from reversion.models import Version

from core.editorial.diffs import QUIET_FIELDS, _shown_value
from core.editorial.formdata import (
    _as_querydict,
    _comparable,
    _inline_rows,
    _keys_of,
    _posted_data,
    _unbound_data,
)


class MergeMixin:
    """ "Apply my changes on top of the current version" after a refused save."""

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
        out = (merged, automatic, conflicts)
        for name, field in form.fields.items():
            if name in QUIET_FIELDS or (name == "publication_status" and name not in mine):
                continue
            label = capfirst(str(field.label or name))
            _merge_field(form.add_prefix(name), label, field, (base, mine, theirs), out)
        for formset in formsets:
            _merge_formset(formset, (base, mine, theirs), out)
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
            # The normal change view saves it: its form and inlines are bound to the merged
            # data (EditorialAdmin.get_form, get_formset_kwargs); the request stays as sent.
            request.editorial_merged_data = merged
            return None
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


def _merge_field(key, label, field, data, out):
    """Merge one form field of (base, mine, theirs) into `merged`: my change where only I
    changed it (an automatic choice), else a conflict unless we agree."""
    base, mine, theirs = data
    merged, automatic, conflicts = out
    was, my, their = (_comparable(field, d, key) for d in (base, mine, theirs))
    if my in (was, their):
        return  # I did not change it, or we agree: theirs stands
    if their == was:
        merged.setlist(key, mine.getlist(key))
        automatic.append({"label": label, "shown": _shown_value(field, mine, key)})
        return
    conflicts.append(
        {
            "key": key,
            "label": label,
            "mine": _shown_value(field, mine, key),
            "theirs": _shown_value(field, theirs, key),
            "choice": mine.get(f"_choose-{key}"),
        }
    )


def _merge_formset(formset, data, out):
    """Merge one inline formset's rows the same way, as a whole."""
    base, mine, theirs = data
    merged, automatic, conflicts = out
    label = capfirst(str(formset.model._meta.verbose_name_plural))
    was, my, their = (_inline_rows(formset, d) for d in (base, mine, theirs))
    if my in (was, their):
        return
    if their == was:
        for key in _keys_of(merged, formset.prefix):
            del merged[key]
        for key in _keys_of(mine, formset.prefix):
            merged.setlist(key, mine.getlist(key))
        automatic.append({"label": label, "shown": f"{len(my)} rows, as you entered them"})
        return
    conflicts.append(
        {
            "key": formset.prefix,
            "label": label,
            "mine": "; ".join(" · ".join(str(v) for v in row if v) for row in my) or "(none)",
            "theirs": "; ".join(" · ".join(str(v) for v in row if v) for row in their) or "(none)",
            "choice": mine.get(f"_choose-{formset.prefix}"),
            "formset": formset,
        }
    )
