"""Editorial acts in the admin's log ("Recent actions")."""

from django.contrib.admin.models import CHANGE, LogEntry


def log_editorial(request, obj, message):
    """An editorial act (a change proposed for review, sent for review, published, sent
    back, a change published or rejected) in the admin's "Recent actions" and the log."""
    LogEntry.objects.log_actions(
        request.user.pk, [obj], CHANGE, change_message=message, single_object=True
    )
