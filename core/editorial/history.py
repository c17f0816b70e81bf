"""History and restore: the history page lists who changed what, field by field; a
restore of a public record by an Editor becomes a change waiting for review."""

from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from reversion import add_to_revision, create_revision, set_comment
from reversion.models import Version

from core.editorial.diffs import STATE_FIELDS, inline_versions_of, revision_changes
from core.models import PendingChange


class _KeepLiveRecord(Exception):
    """Rolls back a restore that an Editor's change to a published record had applied."""

    def __init__(self, response):
        super().__init__("restore kept as a change waiting for review")
        self.response = response


class HistoryMixin:
    """The history page, restoring an old version, recovering a deleted record."""

    history_latest_first = True
    object_history_template = "admin/editorial/object_history.html"

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
