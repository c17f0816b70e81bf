"""`EditorialAdmin`: the ModelAdmin of every public record, put together from the
editorial concerns (buttons, pending changes and review, merge, history) over
`core.publication`."""

from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from reversion.admin import VersionAdmin

from core.admin_input import AdminInputMixin
from core.editorial.buttons import (
    PUBLISHER_BUTTONS,
    ButtonsMixin,
    PublicationFilter,
    publication_status,
)
from core.editorial.formdata import _as_querydict, proposal_data
from core.editorial.forms import ChangeFormsMixin, EditorialForm
from core.editorial.history import HistoryMixin, _KeepLiveRecord
from core.editorial.merge import MergeMixin
from core.editorial.pending import PendingChangesMixin
from core.models import PendingChange
from core.publication import (
    PublicationStatus,
    can_publish,
    settle_edited_state,
    shown_publicly,
)


class EditorialAdmin(
    AdminInputMixin,
    ButtonsMixin,
    PendingChangesMixin,
    MergeMixin,
    HistoryMixin,
    ChangeFormsMixin,
    VersionAdmin,
):
    """ModelAdmin for Initiative, Event and Statement."""

    form = EditorialForm
    view_on_site = True
    change_form_template = "admin/editorial/change_form.html"

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
                "merged_data": getattr(request, "editorial_merged_data", None),
            },
        )

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        pending = getattr(request, "editorial_pending_data", None)
        if request.method != "POST" and pending is not None:
            kwargs.update(data=pending.copy(), files=MultiValueDict())
        merged = getattr(request, "editorial_merged_data", None)
        if request.method == "POST" and merged is not None:
            kwargs.update(data=merged, files=MultiValueDict())
        return kwargs

    def _create_formsets(self, request, obj, change):
        formsets, inline_instances = super()._create_formsets(request, obj, change)
        request.editorial_formsets = formsets  # save_model needs to know if any row changed
        return formsets, inline_instances

    def _goes_to_review(self, request, form):
        """Whether this save becomes a change waiting for review instead of a write."""
        before = getattr(form, "state_before", None) or {}
        public = before.get("publication_status") == PublicationStatus.PUBLISHED or (
            shown_publicly(form.instance)
        )
        return (
            public
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
            request.editorial_proposal = proposal_data(
                form, getattr(request, "editorial_formsets", []), form.data
            )
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

    def get_list_filter(self, request):
        return [
            PublicationFilter if name == "publication_status" else name
            for name in super().get_list_filter(request)
        ]

    def get_list_display(self, request):
        # The status column says when a published record has a change waiting for review.
        return [
            publication_status if name == "publication_status" else name
            for name in super().get_list_display(request)
        ]

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
            pending = _as_querydict(waiting.data)
            pending["version"] = str(waiting.base_edit)  # the edit the change was made on
            request.editorial_pending_data = pending
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
