"""Answer 503 instead of 500 while PostgreSQL cannot be reached."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

logger = logging.getLogger("apec_portal.availability")

#: Exceptions that mean "the database is not answering", not "our code is wrong".
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def database_unavailable_response(request):
    """The short "temporarily unavailable" page, rendered without the database.

    It is rendered without the request, so no context processor (and so no
    session or user lookup) runs; should even that fail, a bare page is sent.
    """
    logger.warning(
        "database unavailable",
        extra={"event": "database_unavailable", "path": request.path, "method": request.method},
    )
    try:
        body = render_to_string("503.html")
    except Exception:
        logger.exception("503 page failed to render", extra={"event": "error_page_failed"})
        body = "<!DOCTYPE html><title>Temporarily unavailable</title><p>Temporarily unavailable."
    response = HttpResponse(body, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Turn a lost database connection in a view or template into a 503.

    Django reconnects at the start of the next request (CONN_HEALTH_CHECKS), so
    the portal recovers by itself once PostgreSQL is back. Failures outside the
    view (in other middleware) reach ``apec_portal.errors.server_error``, which
    gives the same answer.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNAVAILABLE):
            return database_unavailable_response(request)
        return None


class RejectNullCharactersMiddleware:
    """Answer 400 to an address or cookie that contains a NUL character.

    PostgreSQL cannot store or compare text containing NUL, so such a value
    would otherwise fail deep inside a query as a 500 (e.g. an economy code in
    the path). No real link has one. Query parameters are left to the forms
    and filters that read them: Django's form fields already refuse NUL with a
    message next to the field, which is clearer than a bare 400.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in text for text in (request.path, *request.COOKIES.values())):
            logger.info(
                "request with a NUL character refused",
                extra={"event": "null_character_refused"},
            )
            return render(
                request,
                "400.html",
                {"reason": "The address contains a null character, which no page accepts."},
                status=400,
            )
        return self.get_response(request)
