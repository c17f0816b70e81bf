from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal core")

    def ready(self):
        from core import checks  # noqa: F401  (registers the trigger checks)
        from core.export_files import remove_stale_partials
        from core.publication import transition_made
        from core.reviews import follow_review

        transition_made.connect(follow_review, dispatch_uid="core.reviews.follow_review")
        # A worker killed while building an export leaves its partial file: gone at start-up.
        remove_stale_partials()
