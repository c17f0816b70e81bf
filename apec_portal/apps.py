from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ApecPortalConfig(AppConfig):
    name = "apec_portal"
    verbose_name = "APEC SME Innovation Portal"

    def ready(self):
        from apec_portal.page_cache import install_triggers_after_migrate

        # After every migrate (new tables included), attach the content-version trigger.
        post_migrate.connect(
            install_triggers_after_migrate, sender=self, dispatch_uid="apec_portal_triggers"
        )
