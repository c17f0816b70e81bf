from django.apps import AppConfig


class ApecPortalConfig(AppConfig):
    name = "apec_portal"
    verbose_name = "APEC SME Innovation Portal"
