"""The editorial desk on the admin's home page: who must act on what.

- Publishers: "Waiting for your review", drafts sent for review and Editors' changes to
  public records, oldest first, with who sent them and when, each linked to where it is
  reviewed.
- Everyone who edits: "Your drafts" (drafts and records in review they have saved) and
  "Sent back to you" (their drafts or changes a Publisher sent back, with the comment,
  until they send the record again).

Each list is one query whatever its length (the record titles come in the same query),
so the home page runs a fixed number of queries per role.
"""

from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Cast
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from reversion.models import Version

from core.models import (
    NotificationSetting,
    PendingChange,
    PublicationStatus,
    PublicRecord,
    ReviewRequest,
)
from core.publication import can_publish

SHOWN = 20  # items per list; the heading gives the whole count


@dataclass(frozen=True)
class DeskItem:
    title: str
    kind: str  # the model's verbose name
    what: str  # "Draft sent for review", "Change to the published record", ...
    who: str
    when: object
    url: str
    comment: str = ""


def public_models():
    """The public-record models the admin edits (initiatives, events, statements)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PublicRecord) and admin.site.is_registered(model)
    ]


def _titled(queryset, kinds):
    """`queryset` (of rows with content_type and object_id) with its records' titles."""
    whens = [
        models.When(
            content_type=ct,
            then=models.Subquery(
                model._default_manager.filter(pk=models.OuterRef("object_id")).values("title")[:1]
            ),
        )
        for model, ct in kinds.items()
    ]
    return (
        queryset.filter(content_type__in=list(kinds.values()))
        .annotate(record_title=models.Case(*whens, default=None, output_field=models.CharField()))
        .filter(record_title__isnull=False)  # a record deleted since has nothing to act on
    )


def _url(row, view):
    ct = row.content_type
    return reverse(f"admin:{ct.app_label}_{ct.model}_{view}", args=[row.object_id])


def _who(user):
    return user.get_username() if user is not None else "an import or a deleted account"


def _kind(row):
    return str(row.content_type.model_class()._meta.verbose_name)


def waiting_for_review(user, kinds):
    """(count, items) of what waits for `user`'s review, oldest first."""
    kinds = {model: ct for model, ct in kinds.items() if can_publish(user, model)}
    if not kinds:
        return None
    drafts = _titled(ReviewRequest.objects.open(), kinds).select_related(
        "requested_by", "content_type"
    )
    changes = _titled(PendingChange.objects.pending(), kinds).select_related(
        "author", "content_type"
    )
    count = drafts.count() + changes.count()
    items = [
        DeskItem(
            row.record_title,
            _kind(row),
            gettext("Draft sent for review"),
            _who(row.requested_by),
            row.requested_at,
            _url(row, "change"),
        )
        for row in drafts.order_by("requested_at", "pk")[:SHOWN]
    ] + [
        DeskItem(
            row.record_title,
            _kind(row),
            gettext("Change to the published record"),
            _who(row.author),
            row.created_at,
            _url(row, "review"),
        )
        for row in changes.order_by("created_at", "pk")[:SHOWN]
    ]
    items.sort(key=lambda item: item.when)
    return count, items[:SHOWN]


def your_drafts(user, kinds):
    """Drafts and records in review that `user` has saved, newest first, with the changes
    of theirs that wait for review."""
    items = []
    for model, ct in kinds.items():
        saved_by_user = Version.objects.filter(
            content_type=ct,
            object_id=Cast(models.OuterRef("pk"), models.CharField()),
            revision__user=user,
        )
        rows = (
            model._default_manager.filter(
                publication_status__in=[PublicationStatus.DRAFT, PublicationStatus.REVIEW]
            )
            .filter(models.Exists(saved_by_user))
            .order_by("-updated_at", "-pk")
            .only("pk", "title", "publication_status", "updated_at")[:SHOWN]
        )
        opts = model._meta
        for row in rows:
            items.append(
                DeskItem(
                    row.title,
                    str(opts.verbose_name),
                    row.get_publication_status_display(),
                    _who(user),
                    row.updated_at,
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[row.pk]),
                )
            )
    changes = _titled(PendingChange.objects.pending().filter(author=user), kinds).select_related(
        "content_type"
    )
    for row in changes.order_by("-created_at")[:SHOWN]:
        items.append(
            DeskItem(
                row.record_title,
                _kind(row),
                gettext("Your change waits for review"),
                _who(user),
                row.created_at,
                _url(row, "change"),
            )
        )
    items.sort(key=lambda item: item.when, reverse=True)
    return items[:SHOWN]


def _followed(model, when):
    """The condition "a later row of `model` (by its `when` field) stands for the same
    record": what is sent back stays on the desk until the record is sent again."""
    return models.Exists(
        model.objects.filter(
            content_type=models.OuterRef("content_type"),
            object_id=models.OuterRef("object_id"),
            **{f"{when}__gt": models.OuterRef(when)},
        )
    )


def sent_back(user, kinds):
    """The user's drafts and changes a Publisher sent back, newest first, until the user
    sends that record for review again (or proposes a new change)."""
    drafts = (
        _titled(
            ReviewRequest.objects.filter(
                requested_by=user, state=ReviewRequest.State.SENT_BACK
            ).exclude(_followed(ReviewRequest, "requested_at")),
            kinds,
        )
        .select_related("reviewer", "content_type")
        .order_by("-reviewed_at")[:SHOWN]
    )
    changes = (
        _titled(
            PendingChange.objects.filter(author=user, state=PendingChange.State.REJECTED).exclude(
                _followed(PendingChange, "created_at")
            ),
            kinds,
        )
        .select_related("reviewer", "content_type")
        .order_by("-reviewed_at")[:SHOWN]
    )
    items = [
        DeskItem(
            row.record_title,
            _kind(row),
            gettext("Draft sent back"),
            _who(row.reviewer),
            row.reviewed_at,
            _url(row, "change"),
            row.review_comment,
        )
        for row in drafts
    ] + [
        DeskItem(
            row.record_title,
            _kind(row),
            gettext("Change rejected"),
            _who(row.reviewer),
            row.reviewed_at,
            _url(row, "change"),
            row.review_comment,
        )
        for row in changes
    ]
    items.sort(key=lambda item: item.when, reverse=True)
    return items[:SHOWN]


def desk_for(user):
    """What the admin's home page shows `user` of the editorial workflow."""
    if user is None or not user.is_authenticated or not user.is_staff:
        return None
    models_ = public_models()
    kinds = {model: ContentType.objects.get_for_model(model) for model in models_}
    editable = {
        model: ct
        for model, ct in kinds.items()
        if user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
    }
    review = waiting_for_review(user, editable)
    return {
        "review_count": review[0] if review else None,
        "review": review[1] if review else [],
        "is_publisher": review is not None,
        "drafts": your_drafts(user, editable),
        "sent_back": sent_back(user, editable),
        "emails_on": _emails_on(user),
    }


def _emails_on(user):
    setting = NotificationSetting.objects.filter(user=user).first()
    return True if setting is None else setting.editorial_emails


class NotificationForm(forms.ModelForm):
    class Meta:
        model = NotificationSetting
        fields = ["editorial_emails"]
        labels = {"editorial_emails": gettext_lazy("email me about reviews")}
        help_texts = {
            "editorial_emails": gettext_lazy(
                "Publishers: when something is sent for review. Editors: when your draft or "
                "change is published or sent back."
            )
        }


def notification_settings_view(request):
    """Each member of staff turns their own editorial emails on or off."""
    setting = NotificationSetting.objects.filter(user=request.user).first()
    setting = setting or NotificationSetting(user=request.user)
    data = request.POST if request.method == "POST" else None
    form = NotificationForm(data, instance=setting)
    if request.method == "POST" and form.is_valid():
        form.save()
        if form.instance.editorial_emails:
            messages.success(request, gettext("Your editorial emails are on."))
        else:
            messages.success(request, gettext("Your editorial emails are off."))
        return HttpResponseRedirect(reverse("admin:index"))
    context = {
        **admin.site.each_context(request),
        "title": gettext("Your email notifications"),
        "form": form,
        "address": request.user.email,
    }
    return TemplateResponse(request, "admin/editorial/notifications.html", context)
