"""The error handlers for a bad request and a server error (handler400 and handler500)."""

import sys

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError
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


def bad_request(request, exception):
    """413 with a plain reason when the form sent was too large, else the 400 page.

    Django refuses a form body over DATA_UPLOAD_MAX_MEMORY_SIZE before any view sees it; a bare 400 would leave the sender guessing.
    """
    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1_000_000
        body = render_to_string(
            "400.html",
            {
                "code": 413,
                "heading": "Too large",
                "reason": (
                    f"The form you sent is larger than the portal accepts (about {limit} MB "
                    "in all; a statement's text may be at most 1 MB). Nothing was saved."
                ),
            },
        )
        return HttpResponse(body, status=413)
    return HttpResponseBadRequest(render_to_string("400.html"))
