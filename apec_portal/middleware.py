"""Answer 503 instead of 500 while PostgreSQL cannot be reached."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.cache import patch_cache_control

from apec_portal.api import CORS_EXPOSED_HEADERS, CORS_REQUEST_HEADERS, superseding_endpoint
from core.content_cache import STAFF, audience
from core.list_params import requested_format

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
    the path). No real link has one. Query parameters of public pages are left
    to the forms and filters that read them: Django's form fields already refuse
    NUL with a message next to the field, which is clearer than a bare 400. The
    admin's own lists and autocomplete read theirs without a form (`?q=`,
    `?term=`), so there the query string is refused too.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def _texts(self, request):
        yield request.path
        yield from request.COOKIES.values()
        if self.admin_prefix is None:
            try:
                self.admin_prefix = reverse("admin:index")
            except NoReverseMatch:
                self.admin_prefix = ""  # a URLconf without the admin
        if self.admin_prefix and request.path.startswith(self.admin_prefix):
            for name, values in request.GET.lists():
                yield name
                yield from values

    def __call__(self, request):
        if any("\x00" in text for text in self._texts(request)):
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
#: are sent with POST; OPTIONS is answered here. TRACE (which would echo the request,
#: cookies included) and anything else is refused on every address.
ALLOWED_METHODS = ("GET", "HEAD", "POST", "OPTIONS")
READ_ONLY = ("GET", "HEAD", "OPTIONS")


def allowed_methods(path):
    """The methods that work on `path`, or None when no page is there.

    A class-based view allows the methods it has handlers for (POST only where it has a
    `post`); a function view restricted by `require_http_methods` (`require_safe`,
    `require_POST`, ...) what it lists; the admin (forms everywhere) GET, HEAD and POST;
    any other function view only reads. Static files are read only."""
    if path.startswith(settings.STATIC_URL):
        return READ_ONLY
    try:
        match = resolve(path)
    except Resolver404:
        return None
    view = match.func
    view_class = getattr(view, "view_class", None)
    if view_class is not None:
        handled = {
            name.upper() for name in view_class.http_method_names if hasattr(view_class, name)
        }
        if "GET" in handled:  # View.setup answers HEAD with get()
            handled.add("HEAD")
        return tuple(method for method in ALLOWED_METHODS if method in handled | {"OPTIONS"})
    listed = _methods_listed_by_decorator(view)
    if listed is not None:
        return tuple(method for method in ALLOWED_METHODS if method in listed | {"OPTIONS"})
    if path.startswith("/admin/"):
        return ALLOWED_METHODS
    return READ_ONLY


def _methods_listed_by_decorator(view):
    """The methods a `require_http_methods` wrapper names (read from its closure), or None."""
    while view is not None:
        for cell in getattr(view, "__closure__", None) or ():
            try:
                value = cell.cell_contents
            except ValueError:
                continue
            if (
                isinstance(value, (list, tuple, set, frozenset))
                and value
                and all(isinstance(item, str) and item.isupper() for item in value)
            ):
                return set(value)
        view = getattr(view, "__wrapped__", None)
    return None


class AllowedMethodsMiddleware:
    """Answer 405, naming the allowed methods, to any other method, before any view runs;
    answer OPTIONS with 204 and the methods that work on that address (404 where there is
    no page), and POST where only reading works with 405."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ALLOWED_METHODS:
            response = HttpResponseNotAllowed(ALLOWED_METHODS)
            response["Cache-Control"] = "no-store"
            return response
        if request.method in ("OPTIONS", "POST"):
            methods = allowed_methods(request.path_info)
            if methods is not None and request.method == "OPTIONS":
                response = HttpResponse(status=204)
            elif methods is not None and request.method not in methods:
                # A page that only reads would otherwise answer a POST as a GET: the Allow
                # header of OPTIONS and of this 405 are the same list.
                response = HttpResponseNotAllowed(methods)
            else:
                return self.get_response(request)
            response["Allow"] = ", ".join(methods)
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Send `Permissions-Policy` on every answer: the browser features the portal never
    uses (camera, geolocation, payment, ...) are turned off for it and anything it frames."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class StaffResponsesPrivateMiddleware:
    """`Cache-Control: private, no-store` on every answer made for staff (a draft preview,
    a staff export, any admin page): no shared cache or browser history keeps it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/") or audience(request) == STAFF:
            patch_cache_control(response, private=True, no_store=True)
            if "public" in response.get("Cache-Control", ""):
                response["Cache-Control"] = "private, no-store"
        return response


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


class ApiPreflightMiddleware:
    """CORS for the open data: answer a browser's preflight for the API (a page on another
    site that sends `If-None-Match` asks first), and mark each list's JSON export with
    the API list that supersedes it (`Link: <...>; rel="successor-version"`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "OPTIONS" and request.path.startswith("/api/"):
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = CORS_REQUEST_HEADERS
            response["Access-Control-Max-Age"] = "86400"
            response["Allow"] = "GET, HEAD, OPTIONS"
            response["Cache-Control"] = "no-store"
            return response
        response = self.get_response(request)
        if (
            requested_format(request.GET.get("format", "")) == "json"
            and response.status_code == 200
        ):
            successor = superseding_endpoint(request.path)
            if successor:
                query = request.GET.copy()
                query.pop("format", None)
                url = successor + (f"?{query.urlencode()}" if query else "")
                response["Link"] = f'<{request.build_absolute_uri(url)}>; rel="successor-version"'
                response["Access-Control-Expose-Headers"] = CORS_EXPOSED_HEADERS
        return response
