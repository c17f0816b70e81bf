"""The server-error handler (handler500 in apec_portal.urls)."""

import sys

from django.http import HttpResponseServerError
from django.template.loader import render_to_string

from apec_portal.middleware import DATABASE_UNAVAILABLE, database_unavailable_response


def server_error(request):
    """503 when the failure was the database going away, else the 500 page.

    Django calls it while handling the exception, so ``sys.exc_info()`` still
    names it. Like Django's own handler, it renders without the request so that
    the page cannot fail the same way the request did.
    """
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable_response(request)
    return HttpResponseServerError(render_to_string("500.html"))
