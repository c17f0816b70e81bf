"""The portal's URLs plus views that fail on purpose, to see the error pages."""

from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.urls import path

from apec_portal.urls import handler400, handler500
from apec_portal.urls import urlpatterns as portal_urlpatterns


def forbidden(request):
    raise PermissionDenied("internal detail: editors group lacks perm 42")


def broken(request):
    raise RuntimeError("internal detail: /srv/secret/path line 42")


def database_gone(request):
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [
    *portal_urlpatterns,
    path("test-forbidden/", forbidden),
    path("test-broken/", broken),
    path("test-database-gone/", database_gone),
]

__all__ = ["handler400", "handler500", "urlpatterns"]
