import logging

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("apec_portal.security")


def log_lockout(sender, request, username, ip_address, **kwargs):
    logger.warning(
        "sign-in locked out",
        extra={"event": "signin_lockout", "username": username, "ip_address": ip_address},
    )


class ApecPortalConfig(AppConfig):
    name = "apec_portal"
    verbose_name = _("APEC SME Innovation Portal")

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib import admin

        # The admin names the portal, so staff know where they are.
        admin.site.site_header = _("APEC SME Innovation Portal")
        admin.site.site_title = _("APEC SME Innovation Portal administration")
        admin.site.index_title = _("Records and editorial work")
        admin.site.site_url = "/"

        user_locked_out.connect(log_lockout, dispatch_uid="apec_portal.log_lockout")
