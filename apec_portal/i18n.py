"""Languages: which one a request is in, the switcher, and the alternates of every page.

The public pages live twice over in `i18n_patterns`: English at today's addresses
(`/events/`), every other language under its prefix (`/es/events/`). The address
alone decides the language of a public page, so the page cache (keyed by the
address) and every cache keyed inside the page (`core.content_cache.content_key`
adds the active language) can never hand one language's page to another.

The reader's choice is remembered in a cookie set by `choose_language`, which the
switcher links to (plain links: no script, no form, no CSRF cookie that would keep
the page out of the page cache). The cookie is read in two places only: by
`RememberedLanguageMiddleware`, which sends a reader who comes back to an English
address to the same page in their language, and in the admin, which has no prefix
and follows the cookie, else the browser's Accept-Language.

Paths are not translated, so a page's address in another language is its address
without the prefix, with the other prefix in front: no URL resolving per link.
"""

from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

#: Addresses outside `i18n_patterns`: they have one language (or none) and no prefix.
UNPREFIXED = (
    "/admin/",
    "/static/",
    "/language/",
    "/healthz",
    "/sitemap",
    "/robots.txt",
    "/favicon.ico",
    "/data/dataset.json",
    "/data/releases/",
    "/api/",
)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


_PREFIXED = frozenset(code for code in language_codes() if code != settings.LANGUAGE_CODE)


def split_prefix(path):
    """(language code or "", the path without the prefix) for an address."""
    parts = path.split("/", 2)
    if len(parts) > 2 and parts[1] in _PREFIXED:
        return parts[1], "/" + parts[2]
    if len(parts) == 2 and parts[1] in _PREFIXED:
        return parts[1], "/"
    return "", path


def is_translatable(neutral_path):
    return not neutral_path.startswith(UNPREFIXED)


def localized_path(neutral_path, code):
    """The address of `neutral_path` (an English address) in the language `code`."""
    if code == settings.LANGUAGE_CODE or not is_translatable(neutral_path):
        return neutral_path
    return f"/{code}{neutral_path}"


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that the admin (no prefix) follows the reader's
    chosen language, else their browser's, where the public English pages stay English."""

    def __call__(self, request):
        try:
            return super().__call__(request)
        finally:
            # The language belongs to this request only: the thread's next request (or a
            # task run outside any request) starts from the default again.
            translation.deactivate()

    def process_request(self, request):
        if request.path_info.startswith("/admin/"):
            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
            return None
        return super().process_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith("/admin/"):
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class RememberedLanguageMiddleware:
    """Send a reader whose cookie names another language from an English address to the
    same page in that language (302, so the choice can change). Readers without the
    cookie, and every non-page address, pass straight through."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if (
            chosen in _PREFIXED
            and request.method in ("GET", "HEAD")
            and not split_prefix(request.path_info)[0]
            and is_translatable(request.path_info)
        ):
            target = localized_path(request.path_info, chosen)
            query = request.META.get("QUERY_STRING", "")
            response = HttpResponseRedirect(f"{target}?{query}" if query else target)
            response["Cache-Control"] = "private, no-cache"
            patch_vary_headers(response, ("Cookie",))
            return response
        return self.get_response(request)


@require_safe
def choose_language(request, code):
    """/language/<code>/?next=<address>: remember `code` and go to `next` in it."""
    if code not in language_codes():
        return HttpResponseBadRequest("Unknown language.", content_type="text/plain; charset=utf-8")
    target = request.GET.get("next", "/")
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    path, _, query = target.partition("?")
    _current, neutral = split_prefix(path)
    destination = localized_path(neutral, code)
    response = HttpResponseRedirect(f"{destination}?{query}" if query else destination)
    response["Cache-Control"] = "no-store"
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    return response


class _Languages:
    """The languages as the templates use them, computed only when a template asks."""

    def __init__(self, request):
        self.request = request

    def _links(self):
        if hasattr(self, "_cache"):
            return self._cache
        request = self.request
        _code, neutral = split_prefix(request.path_info)
        query = request.META.get("QUERY_STRING", "")
        suffix = f"?{query}" if query else ""
        current = translation.get_language()
        links = []
        for code, name in settings.LANGUAGES:
            path = localized_path(neutral, code) + suffix
            links.append(
                {
                    "code": code,
                    "name": name,
                    "path": path,
                    "url": request.build_absolute_uri(path),
                    "choose": f"/language/{code}/?next={_quote(path)}",
                    "current": code == current,
                }
            )
        self._cache = (neutral, links)
        return self._cache

    @property
    def alternates(self):
        """hreflang alternates of this page (absolute), with x-default the English one."""
        neutral, links = self._links()
        if not is_translatable(neutral):
            return []
        return links

    @property
    def x_default(self):
        return self.alternates[0]["url"] if self.alternates else ""

    @property
    def switcher(self):
        neutral, links = self._links()
        return links if is_translatable(neutral) else []

    @property
    def section(self):
        """The site section of this page ("events", "initiatives", ...) for the main menu."""
        neutral = self._links()[0]
        return neutral.split("/", 2)[1] if neutral.count("/") >= 2 else ""


def _quote(path):
    return quote(path, safe="/")


def languages(request):
    """Context processor: `languages` (alternates, switcher, section of this page)."""
    return {"languages": _Languages(request)}
