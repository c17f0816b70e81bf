"""Sign-in protection: django-axes wired to how the portal is deployed."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings


class LockoutBackend(AxesStandaloneBackend):
    """Refuse sign-ins from locked-out accounts and clients.

    Only a sign-in that arrives over HTTP has a client to lock out, and every
    sign-in form Django serves passes its request. A call without one (the
    shell, a management command, the test client's ``login()``) is left to the
    next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def client_ip(request):
    """The address of the client, as the trusted proxies in front of us saw it.

    With TRUSTED_PROXY_COUNT = n, the n-th address from the right of
    X-Forwarded-For was written by our own outermost proxy; anything left of
    it came from the client and may be forged. Without proxies, REMOTE_ADDR.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
