"""Review requests follow the publication service: a draft sent for review opens one
(and Publishers are emailed); leaving review closes it as published or sent back (and
its sender is emailed, with the Publisher's comment). Connected in `CoreConfig.ready`
to `core.publication.transition_made`, inside the transition's transaction."""

from core import notifications
from core.models import ReviewRequest
from core.publication import PublicationStatus


def follow_review(sender, *, record, source, target, user, comment, **kwargs):
    requests = ReviewRequest.objects.for_record(record).open().select_related("requested_by")
    if target == PublicationStatus.REVIEW:
        requests.update(state=ReviewRequest.State.CLOSED)
        ReviewRequest.objects.create(record=record, requested_by=user)
        notifications.review_wanted(record, by=user)
        return
    if source != PublicationStatus.REVIEW:
        return
    request = requests.first()
    if request is None:
        return
    published = target == PublicationStatus.PUBLISHED
    request.end_review(
        ReviewRequest.State.PUBLISHED if published else ReviewRequest.State.SENT_BACK,
        user,
        comment,
    )
    notifications.review_done(
        record, author=request.requested_by, reviewer=user, published=published, comment=comment
    )
