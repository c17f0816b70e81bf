"""Sign-in protection: django-axes wired to how the portal is deployed.

Three limits, none of which lets a stranger lock a member of staff out:

- **The pair** (user name, client address): AXES_FAILURE_LIMIT failures lock that pair
  for AXES_COOLOFF_TIME (django-axes). Someone guessing from elsewhere locks only their
  own pair; the owner of the account, from their own address, is not affected.
- **The account**, whatever the address: SIGNIN_ACCOUNT_FAILURE_LIMIT failures within
  SIGNIN_FAILURE_WINDOW refuse further sign-ins to it. This bounds the guesses of someone
  who spreads them over many addresses (an IPv6 range, a botnet).
- **The address**, whatever the account: SIGNIN_ADDRESS_FAILURE_LIMIT failures within the
  window refuse further sign-ins from it. This bounds one address trying a few passwords
  on every account ("password spraying").

So that the two wider limits cannot be turned against staff, neither applies to a user
name at an address from which that account signed in successfully within
SIGNIN_KNOWN_ADDRESS_DAYS (django-axes keeps successful sign-ins in its AccessLog):
staff at their usual places sign in as before while an attack goes on; only a sign-in
from a new place waits until the failures age out of the window.
"""

from datetime import timedelta

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessFailureLog, AccessLog
from axes.signals import user_locked_out
from django.conf import settings
from django.utils import timezone


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
            for part in request.headers.get("x-forwarded-for", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


class LockoutHandler(AxesDatabaseHandler):
    """django-axes' database handler (the pair limit) plus the account and address limits."""

    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or self.wider_limit_reached(
            request, credentials
        )

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        """Record the failure as django-axes does; lock out at the wider limits too."""
        super().user_login_failed(sender, credentials, request, **kwargs)
        if (
            request is not None
            and not request.axes_locked_out
            and self.wider_limit_reached(request, credentials)
        ):
            request.axes_locked_out = True
            request.axes_credentials = credentials
            user_locked_out.send(
                "axes",
                request=request,
                username=get_client_username(request, credentials),
                ip_address=request.axes_ip_address,
            )

    def wider_limit_reached(self, request, credentials=None):
        """Whether the account's or the address's failures in the window reach their limit,
        for a user name that has not signed in from this address recently."""
        username = get_client_username(request, credentials)
        address = getattr(request, "axes_ip_address", None) or client_ip(request)
        now = timezone.now()
        failures = AccessFailureLog.objects.filter(
            attempt_time__gte=now - settings.SIGNIN_FAILURE_WINDOW
        )
        over_limit = (
            username
            and failures.filter(username=username).count() >= settings.SIGNIN_ACCOUNT_FAILURE_LIMIT
        ) or (
            address
            and failures.filter(ip_address=address).count() >= settings.SIGNIN_ADDRESS_FAILURE_LIMIT
        )
        if not over_limit:
            return False
        known = AccessLog.objects.filter(
            username=username,
            ip_address=address,
            attempt_time__gte=now - timedelta(days=settings.SIGNIN_KNOWN_ADDRESS_DAYS),
        )
        return not (username and address and known.exists())
