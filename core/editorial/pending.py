"""Changes to public records that wait for a Publisher: kept from the change form or
from any other route (`propose_for_review`), reviewed as a field-by-field diff, and
published through the same form or rejected with a comment."""

import copy

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseRedirect, QueryDict
from django.template.response import TemplateResponse
from django.urls import path, reverse
from reversion import create_revision, set_comment, set_user

from core import notifications
from core.editorial.diffs import _form_errors, pending_changes
from core.editorial.formdata import NEVER_PROPOSED, _as_querydict, _unbound_data, proposal_data
from core.editorial.log import log_editorial
from core.models import PendingChange


class PendingChangesMixin:
    """Keeping an Editor's change to a public record, and the Publisher's review of it."""

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
        # A pending change never moves the publication state, whatever it holds.
        for name in NEVER_PROPOSED - {"version"}:
            data.pop(name, None)
        data["publication_status"] = obj.publication_status
        # Bound to a copy: validating the form writes its values onto the instance, and
        # `obj` must keep saying what is live (its name in messages and emails).
        form, formsets = self.change_forms(request, copy.copy(obj), data)
        absent = [
            form.add_prefix(name)
            for name in form.fields
            if form.add_prefix(name) not in data and name not in NEVER_PROPOSED
        ]
        if absent:
            # Fields the Editor's form did not have keep their live values: nothing the
            # review does not show is applied.
            live = _unbound_data(*self.change_forms(request, obj))
            for key in absent:
                data.setlist(key, live.getlist(key))
            form, formsets = self.change_forms(request, copy.copy(obj), data)
        return form, formsets

    def _end_review(self, request, waiting, record, *, published, log, message, comment=""):
        """Close the change `waiting` as published or rejected (with the Publisher's
        `comment`) by the Publisher reviewing it: who and when are kept, `log` goes to the
        record's editorial log, the author hears of it, the Publisher reads `message`."""
        waiting.end_review(
            PendingChange.State.PUBLISHED if published else PendingChange.State.REJECTED,
            request.user,
            comment,
        )
        log_editorial(request, record, log)
        notifications.review_done(
            record,
            author=waiting.author,
            reviewer=request.user,
            published=published,
            comment=comment,
            change=True,
        )
        self.message_user(request, message, messages.SUCCESS if published else messages.INFO)

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
            live = str(obj)  # binding the proposal's data changes obj: name the live record
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
                    self._end_review(
                        request,
                        waiting,
                        obj,
                        published=False,
                        comment=comment,
                        log=f"Rejected {author}'s change: {comment}",
                        message=f"Rejected {author}'s change; the published version stays.",
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
                self._end_review(
                    request,
                    waiting,
                    changed,
                    published=True,
                    log=f"Published {author}'s change.",
                    message=f"Published {author}'s change to “{changed}”.",
                )
                return HttpResponseRedirect(change_url)
            changes = pending_changes(form, formsets) if valid else []
            transaction.set_rollback(True)  # a review writes nothing
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "original": obj,
            "title": f"Review the change to “{live}”",
            "subtitle": live,
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

    def _store_proposal(self, request, pk, proposal):
        """Keep (or replace) the user's change waiting for review; the live row is locked
        so two saves cannot both leave one."""
        with transaction.atomic():
            obj = self.model._default_manager.select_for_update().get(pk=pk)
            waiting = PendingChange.objects.for_record(obj).pending().select_for_update().first()
            if waiting is not None and waiting.author_id != request.user.pk:
                raise PermissionDenied("Someone else's change to this record waits for review.")
            keep_waiting(request, obj, waiting, proposal, request.editorial_base_edit)


def keep_waiting(request, record, waiting, proposal, base_edit):
    """Keep `proposal` (made on edit number `base_edit`) as the user's change to `record`
    waiting for review: in `waiting`, the user's change that waits already, or in a new
    one, which the Publishers hear of. Every route's proposal is kept here."""
    new = waiting is None
    if new:
        waiting = PendingChange(record=record, author=request.user)
    waiting.data = proposal
    waiting.base_edit = base_edit
    waiting.save()
    log_editorial(request, record, "Proposed a change for a Publisher's review.")
    if new:
        notifications.review_wanted(record, by=request.user, change=True)
    return waiting


# Any route's change to a public record, kept for review.


class ProposalRefused(ValueError):
    """A route's change cannot be kept for review (someone else's change waits, or the
    change does not fit the Editor's form); nothing was saved."""


def _rows_as_new(after, before, formset_prefixes):
    """`after` (a change form's data read back after a change was made and rolled back)
    as data that applies to the record as it is: rows that existed keep their ids, rows
    the change removed are posted deleted, rows it added are posted as new rows."""
    data = QueryDict(mutable=True)
    inline_keys = tuple(f"{prefix}-" for prefix in formset_prefixes)
    for key in after:
        if not key.startswith(inline_keys):
            data.setlist(key, after.getlist(key))
    for prefix in formset_prefixes:

        def rows(source, prefix=prefix):
            total = int(source.get(f"{prefix}-TOTAL_FORMS") or 0)
            found = []
            for index in range(total):
                head = f"{prefix}-{index}-"
                found.append(
                    {
                        key[len(head) :]: source.getlist(key)
                        for key in source
                        if key.startswith(head)
                    }
                )
            return found

        old_rows = {row.get("id", [""])[0]: row for row in rows(before) if row.get("id", [""])[0]}
        new_rows = rows(after)
        kept = [row for row in new_rows if row.get("id", [""])[0] in old_rows]
        added = [row for row in new_rows if row.get("id", [""])[0] not in old_rows]
        still = {row["id"][0] for row in kept}
        removed = [{**row, "DELETE": ["on"]} for pk, row in old_rows.items() if pk not in still]
        added = [{**row, "id": [""]} for row in added]
        ordered = kept + removed + added
        for index, row in enumerate(ordered):
            for name, values in row.items():
                data.setlist(f"{prefix}-{index}-{name}", values)
        data[f"{prefix}-TOTAL_FORMS"] = str(len(ordered))
        data[f"{prefix}-INITIAL_FORMS"] = str(len(kept) + len(removed))
        for name in ("MIN_NUM_FORMS", "MAX_NUM_FORMS"):
            if f"{prefix}-{name}" in after:
                data[f"{prefix}-{name}"] = after[f"{prefix}-{name}"]
    return data


def propose_for_review(request, records, apply_change, *, admin_site=None):
    """Keep a change some route makes to public records as changes waiting for review.

    For routes other than the change form (an import, a re-import, a list action, a
    restore) when `request.user` may not publish: `apply_change()` is the code the route
    would run for a Publisher. It runs inside a transaction that is rolled back; what it
    left on each of `records` (and on their inline rows) is read back through the user's
    own change form, so a pending change holds only what that form shows (never the
    publication state), and is kept as that user's `PendingChange` for the record.
    Records it did not change get none. Returns the pending changes kept.

    Raises `ProposalRefused` (nothing saved) when someone else's change to one of the
    records waits, or when the change would not be valid in the Editor's form (e.g. rows
    that point at rows the same change adds). A record that is not public is not
    handled here: the route saves a draft's change directly.
    """
    from django.contrib.admin import site as default_site

    site = admin_site or default_site
    kept = []
    with transaction.atomic():
        plans = []
        for record in records:
            model_admin = site.get_model_admin(type(record))
            live = type(record)._default_manager.select_for_update().get(pk=record.pk)
            form, formsets = model_admin.change_forms(request, live)
            plans.append((model_admin, live, _unbound_data(form, formsets), formsets))
        point = transaction.savepoint()
        try:
            apply_change()
            after = []
            for model_admin, live, _, _ in plans:
                changed = type(live)._default_manager.get(pk=live.pk)
                after.append(_unbound_data(*model_admin.change_forms(request, changed)))
        finally:
            transaction.savepoint_rollback(point)
        for (model_admin, live, before, formsets), data in zip(plans, after, strict=True):
            prefixes = [formset.prefix for formset in formsets]
            data = _rows_as_new(data, before, prefixes)
            form, bound = model_admin.change_forms(request, live, data)
            proposal = proposal_data(form, bound, data)
            if proposal == proposal_data(form, bound, before):
                continue
            data["version"] = str(live.version)
            form, bound = model_admin.change_forms(request, live, data)
            if not (form.is_valid() and all(formset.is_valid() for formset in bound)):
                raise ProposalRefused(
                    f"The change to “{live}” cannot be kept for review: "
                    + "; ".join(_form_errors(form, bound))
                )
            if not any([form.has_changed(), *(formset.has_changed() for formset in bound)]):
                continue
            waiting = PendingChange.objects.for_record(live).pending().select_for_update().first()
            if waiting is not None and waiting.author_id != request.user.pk:
                who = waiting.author.get_username() if waiting.author else "someone"
                raise ProposalRefused(
                    f"{who}'s change to “{live}” is waiting for a Publisher's review; only one "
                    "change to a public record can wait at a time. Nothing was saved."
                )
            kept.append(keep_waiting(request, live, waiting, proposal, live.version))
    return kept
