from django.apps import AppConfig
from django.db.models.signals import post_migrate


class InitiativesConfig(AppConfig):
    name = "initiatives"

    def ready(self):
        from core.content_cache import install_triggers_after_migrate

        # After every migrate (so new tables too), attach the content-version trigger.
        post_migrate.connect(
            install_triggers_after_migrate,
            sender=self,
            dispatch_uid="initiatives_content_version_triggers",
        )
