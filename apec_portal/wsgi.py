import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "apec_portal.settings")

application = get_wsgi_application()

# URL patterns and templates made ready before the first request (apec_portal/warmup.py);
# under gunicorn's preload_app, once in the master for every worker it forks.
from apec_portal.warmup import warm  # noqa: E402 (needs the settings configured above)

warm()
