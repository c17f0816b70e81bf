"""Answer 503 instead of 500 while PostgreSQL cannot be reached."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotAllowed
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


#: Every method the portal answers. Pages and exports are read with GET and HEAD, forms
#: are sent with POST; OPTIONS gets Django's own answer. TRACE (which would echo the
#: request, cookies included) and anything else is refused on every address.
ALLOWED_METHODS = ("GET", "HEAD", "POST", "OPTIONS")


class AllowedMethodsMiddleware:
    """Answer 405, naming the allowed methods, to any other method, before any view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ALLOWED_METHODS:
            response = HttpResponseNotAllowed(ALLOWED_METHODS)
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)


proxy_logger = logging.getLogger("apec_portal.proxy")


class ProxySettingsWarningMiddleware:
    """Log once per process that TRUSTED_PROXY_COUNT is 0 when requests come through a proxy.

    With TRUSTED_PROXY_COUNT = 0 the sign-in lock-out takes the socket's address as the
    client's. Behind a load balancer that is the balancer's address for every visitor, so
    one visitor's failed sign-ins would count against everyone's: a request that carries
    X-Forwarded-For while the count is 0 is the sign. After the one warning the check
    costs nothing more.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.warned = False

    def __call__(self, request):
        if (
            not self.warned
            and settings.TRUSTED_PROXY_COUNT == 0
            and request.headers.get("x-forwarded-for", "").strip()
        ):
            self.warned = True
            proxy_logger.warning(
                "a request arrived with X-Forwarded-For but TRUSTED_PROXY_COUNT is 0: behind "
                "a proxy or load balancer, set TRUSTED_PROXY_COUNT to the number of proxies "
                "that append to X-Forwarded-For, or sign-in lock-outs treat every visitor as "
                "one client",
                extra={"event": "proxy_settings_mismatch"},
            )
        return self.get_response(request)
