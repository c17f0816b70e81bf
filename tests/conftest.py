"""Fixtures shared by the tests: secretariat accounts in their roles and clients signed in as them."""

import pytest
from django.test import Client

from tests.admin_forms import staff_user


@pytest.fixture
def editor(db):
    return staff_user("eddie.editor", "editor")


@pytest.fixture
def publisher(db):
    return staff_user("pat.publisher", "publisher")


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def publisher_client(publisher):
    client = Client()
    client.force_login(publisher)
    return client


@pytest.fixture(autouse=True)
def export_files_per_test(settings, tmp_path):
    """Built export files in a directory of the test's own: a rolled-back test returns the
    content token to its old value, so files from another test must not be found."""
    settings.EXPORT_CACHE_DIR = str(tmp_path / "exports")
