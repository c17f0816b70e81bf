"""The start-up warm-up (apec_portal/warmup.py) that gunicorn's master runs before forking."""

import gc

import pytest
from django.conf import settings
from django.db import connection
from django.template import engines

from apec_portal.warmup import portal_template_names, warm


def test_every_portal_template_is_compiled_without_touching_the_database():
    # No database fixture: pytest-django refuses any query or connection made here.
    names = portal_template_names()
    assert "base.html" in names and "500.html" in names
    assert all(not name.startswith("/") for name in names)
    gc.unfreeze()
    compiled = warm()
    assert compiled == len(names) * len(engines.all())
    # What was loaded is frozen out of the collector's scans (then put back for the tests).
    assert gc.get_freeze_count() > 0
    gc.unfreeze()


# Outside a test transaction (the close would be deferred inside one); the serialized
# rollback puts back the rows the migrations made, as the browser tests do.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_warm_up_leaves_no_open_connection_for_forked_workers_to_share():
    connection.ensure_connection()
    assert connection.connection is not None
    warm()
    gc.unfreeze()
    assert connection.connection is None


def test_gunicorn_loads_the_application_in_the_master():
    config = {}
    exec((settings.BASE_DIR / "gunicorn.conf.py").read_text(), config)
    assert config["preload_app"] is True
