"""The publication buttons of the change form, the list actions and the list's status
column and filter: each press is one transition of `core.publication`."""

from django.contrib import admin, messages
from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.editorial.log import log_editorial
from core.publication import (
    PublicationStatus,
    RuleRefused,
    TransitionRefused,
    record_publish,
    record_send_back,
    record_send_to_review,
    record_unpublish,
)

PUBLISHER_BUTTONS = ("_publish", "_unpublish", "_reject")
TRANSITIONS = {
    "_send_to_review": (record_send_to_review, _("sent for review.")),
    "_publish": (record_publish, _("published.")),
    "_unpublish": (record_unpublish, _("unpublished (back to draft).")),
    "_reject": (record_send_back, _("sent back to draft.")),
}


@admin.display(description=_("Publication status"), ordering="publication_status")
def publication_status(obj):
    """The list's status column; a function of this name keeps the column's CSS class."""
    label = obj.get_publication_status_display()
    if obj.is_published and getattr(obj, "has_pending_change", False):
        return _("%(status)s — changes in review") % {"status": label}
    return label


class PublicationFilter(admin.SimpleListFilter):
    """The list's publication filter, where "In review" is everything a Publisher must look
    at: drafts sent for review and published records with a change waiting for review."""

    title = _("publication status")
    parameter_name = "publication_status"

    def lookups(self, request, model_admin):
        return [
            (PublicationStatus.DRAFT, _("Draft")),
            (PublicationStatus.REVIEW, _("In review (drafts and changes to published records)")),
            (PublicationStatus.PUBLISHED, _("Published")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == PublicationStatus.REVIEW:
            return queryset.filter(
                models.Q(publication_status=PublicationStatus.REVIEW)
                | models.Q(has_pending_change=True)
            )
        if value in (PublicationStatus.DRAFT, PublicationStatus.PUBLISHED):
            return queryset.filter(publication_status=value)
        return queryset


class ButtonsMixin:
    """The change form's publication buttons and the list's publication actions."""

    actions = ["send_to_review", "publish_selected", "unpublish_selected"]

    def _buttons(self, request, obj):
        """(name, label) of the transitions this user may make on `obj` from its form."""
        if obj is None:
            return []
        publisher = self.has_publish_permission(request)
        status = obj.publication_status
        buttons = []
        if status == PublicationStatus.DRAFT and self.has_change_permission(request, obj):
            buttons.append(("_send_to_review", _("Save and send for review")))
        if publisher and status in (PublicationStatus.DRAFT, PublicationStatus.REVIEW):
            buttons.append(("_publish", _("Save and publish")))
        if publisher and status == PublicationStatus.REVIEW:
            buttons.append(("_reject", _("Save and send back to draft (reject)")))
        if publisher and status == PublicationStatus.PUBLISHED:
            buttons.append(("_unpublish", _("Save and unpublish")))
        return buttons

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["editorial_buttons"] = self._buttons(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

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
                self.message_user(request, _("Nothing was changed, so nothing was saved."))
                return HttpResponseRedirect(request.path)
            return super().response_change(request, obj)
        transition, done = TRANSITIONS[pressed]
        extra = {"comment": request.POST.get("_review_comment", "")} if pressed == "_reject" else {}
        try:
            transition(obj, user=request.user, **extra)
        except TransitionRefused as refused:
            self.message_user(request, str(refused), messages.WARNING)
        else:
            # The history keeps the English; the message is in the staff member's language.
            with translation.override("en"):
                log_editorial(request, obj, capfirst(str(done)))
            message = _("“%(record)s”: %(done)s") % {"record": obj, "done": done}
            self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(request.path)

    # Publishing actions.

    def _apply(self, request, queryset, transition, action_done):
        """Apply a `core.publication` transition to each selected record that allows it."""
        changed = 0
        refused = []
        with transaction.atomic():
            for obj in queryset.select_for_update(of=("self",)):
                try:
                    transition(obj, user=request.user)
                except RuleRefused as why:
                    refused.append(str(why))
                    continue
                except TransitionRefused:
                    continue  # not in a state this action starts from
                log_editorial(request, obj, action_done)
                changed += 1
        for why in refused[:10]:  # the first few reasons; the rest are alike
            self.message_user(request, why, messages.WARNING)
        return changed

    @admin.action(
        permissions=["publish"], description=_("Publish the selected %(verbose_name_plural)s")
    )
    def publish_selected(self, request, queryset):
        count = self._apply(request, queryset, record_publish, "Published.")
        self.message_user(
            request, _("Published %(count)s %(records)s.") % self._counted(count), messages.SUCCESS
        )

    @admin.action(
        permissions=["publish"],
        description=_("Unpublish the selected %(verbose_name_plural)s (back to draft)"),
    )
    def unpublish_selected(self, request, queryset):
        count = self._apply(request, queryset, record_unpublish, "Unpublished.")
        self.message_user(
            request,
            _("Unpublished %(count)s %(records)s.") % self._counted(count),
            messages.SUCCESS,
        )

    @admin.action(permissions=["change"], description=_("Send the selected drafts for review"))
    def send_to_review(self, request, queryset):
        count = self._apply(request, queryset, record_send_to_review, "Sent for review.")
        self.message_user(
            request, _("Sent %(count)s %(records)s for review.") % self._counted(count)
        )

    def _counted(self, count):
        opts = self.model._meta
        return {
            "count": count,
            "records": opts.verbose_name if count == 1 else opts.verbose_name_plural,
        }
