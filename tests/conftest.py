"""Fixtures shared by the tests, and how the test databases are laid out.

The test databases
------------------
pytest-django creates `test_<name>` from the migrations: economies and themes, no
records. Most tests start from it and build exactly what they need with the
factories in `tests/factories.py`; the database is empty of records again after
every test (each runs in a transaction that is rolled back).

The demo content (`apec_portal/demo/`: 12 initiatives, 16 events, the 2014 and
2017 statements with 70 paragraphs) is loaded ONCE per session into a copy of that
database, `test_<name>_demo`. A test that relies on the demo records or their prose
says so by asking for the `demo` fixture, and nothing else:

    def test_digital_resilience_finds_2017(client, demo):
        statement = demo.statement(2017)
        ...

Such a test runs against the demo copy, inside a transaction that is rolled back
like any other test's, so it may write (an admin edit, a deletion) without the next
test seeing it. Do not commit in it (no `transaction=True`): see below.

A live-server test (`live_server`, `django_db(transaction=True)`) commits, and its
database is emptied after it; asking for `demo` there loads the demo content into
the ordinary test database for that one test (slow: keep such tests few and marked).

A browser test that only reads asks for `demo_site` instead: the address of a live
server, started once, on a third copy, `test_<name>_demo_site`, made once from the demo
copy. No load and no flush per test; the test fails if the content changed under it.

A test of exports at scale asks for `events_at_scale`: 100,000 synthetic events committed
once, when a test first asks, into a fourth copy, `test_<name>_scale`, which a gunicorn
started by the test reads too; the test itself rolls back on that copy.

Under pytest-xdist each worker has its own set (`test_<name>_gw0`, ...). Every test
database is dropped at the end even if a session is still connected to it
(`tests/postgresql/base.py`).

Markers
-------
`slow`: heavy tests (data at scale, fuzzing, a database outage). `browser`: drives
headless Chromium. Plain `pytest` leaves both out (the quick local loop);
`scripts/test`, and so CI, runs everything (it sets TEST_ALL=1). To run them by hand:
`pytest -m slow`, `pytest -m browser`, or `TEST_ALL=1 pytest`.

Accounts: `editor`, `publisher` and clients signed in as them (`editor_client`,
`publisher_client`).
"""

import itertools
import os
import shutil

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import Client
from pytest_django.live_server_helper import LiveServer
from pytest_django.plugin import validate_django_db

from core.content_cache import content_token
from events.models import Event
from initiatives.models import Economy, Initiative
from statements.models import Paragraph, Statement
from tests.admin_forms import staff_user

DEMO_SUFFIX = "demo"
SITE_SUFFIX = "site"
SCALE_SUFFIX = "scale"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """How many processes `-n auto` (pyproject.toml) runs the tests in (pytest-xdist).

    A run of the whole suite (`pytest` or `scripts/test` with no paths) is shared between
    one process per core the run may use, up to four: each process makes its own test
    databases (`test_<name>_gw0`, ...) and loads the demo content once, a fixed cost of a few
    seconds that a whole run repays many times. A run of named files or tests (`pytest
    tests/portal/test_x.py`) stays in one process, where that cost would be most of the
    run. `-n 0` or `-n 2` on the command line, or PYTEST_XDIST_AUTO_NUM_WORKERS, decides
    instead.
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return int(os.environ["PYTEST_XDIST_AUTO_NUM_WORKERS"])
    if config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return 0
    cores = len(os.sched_getaffinity(0))
    return min(cores, 4) if cores > 1 else 0


def pytest_unconfigure(config):
    """Remove the process's scratch folders (apec_portal/test_settings.py) when the run
    ends; pytest-xdist's workers may end before their exit handlers run."""
    scratch = getattr(settings, "SCRATCH", None)
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)


def _heavy(item):
    return bool(item.get_closest_marker("slow") or item.get_closest_marker("browser"))


def _database_use(item):
    """ "commits", "rolls back" or None, as pytest-django decides it (`live_server`,
    `transactional_db` or `django_db(transaction=True)` commit)."""
    fixtures = getattr(item, "fixturenames", ())
    marker = item.get_closest_marker("django_db")
    if marker:
        transaction, reset_sequences, *_ = validate_django_db(marker)
        if transaction or reset_sequences:
            return "commits"
    if "transactional_db" in fixtures or "live_server" in fixtures:
        return "commits"
    return "rolls back" if marker or "db" in fixtures else None


def _run_order(item):
    """Heavy tests first, so that pytest-xdist (handing out two tests at a time) spreads
    them over the workers and ends the run on short ones; but a test that commits after
    every test that rolls back, as pytest-django orders them: it ends by emptying the
    database, the migrations' reference data included. Tests without a database last:
    they fill the workers' ends."""
    use = _database_use(item)
    if use == "commits":
        return 2 if _heavy(item) else 3
    if _heavy(item):
        return 0
    return 1 if use else 4


def pytest_collection_modifyitems(config, items):
    """Leave out slow and browser tests unless asked for (TEST_ALL=1 or any -m); when they
    run, in `_run_order` (a stable sort: within a group, the collection's order)."""
    if os.environ.get("TEST_ALL") == "1" or config.getoption("markexpr"):
        items.sort(key=_run_order)
        return
    skip = pytest.mark.skip(reason="slow or browser: run with TEST_ALL=1 (scripts/test) or -m")
    for item in items:
        if _heavy(item):
            item.add_marker(skip)


# --- the demo copy of the test database -----------------------------------------------------


class _Databases:
    main = None  # the test database's name, once pytest-django has made it
    demo = None  # its copy holding the demo content
    site = None  # a copy of that, served to the browser tests that only read (`demo_site`)
    scale = None  # a copy holding 100,000 synthetic events (`events_at_scale`)
    item = None  # the test being set up


def _runs_in_demo_copy(item):
    """A test that asked for `demo` and rolls back (a committing test cannot use the copy)."""
    names = getattr(item, "fixturenames", ())
    if "demo" not in names:
        return False
    if "transactional_db" in names or "live_server" in names:
        return False
    marker = item.get_closest_marker("django_db")
    committing = marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,))
    return not committing


def _point_default_database_at(name):
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.settings_dict["NAME"] != name:
        connection.close()
        connection.settings_dict["NAME"] = name


def _point_for(item):
    if _Databases.scale is not None and "events_at_scale" in getattr(item, "fixturenames", ()):
        _point_default_database_at(_Databases.scale)
    elif _Databases.site is not None and "demo_site" in getattr(item, "fixturenames", ()):
        _point_default_database_at(_Databases.site)
    elif _Databases.demo is not None:
        _point_default_database_at(_Databases.demo if _runs_in_demo_copy(item) else _Databases.main)
    elif _Databases.main is not None:  # back from a copy, when there is no demo copy
        _point_default_database_at(_Databases.main)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    # Before any of the test's fixtures (pytest-django's transaction among them) run.
    _Databases.item = item
    _point_for(item)
    return (yield)


@pytest.fixture(scope="session")
def _demo_database(django_db_setup, django_db_blocker):
    """Copy the freshly migrated test database and load the demo content into the copy, once."""
    with django_db_blocker.unblock():
        connection = connections[DEFAULT_DB_ALIAS]
        _Databases.main = connection.settings_dict["NAME"]
        connection.creation.clone_test_db(suffix=DEMO_SUFFIX, verbosity=0)
        demo_name = connection.creation.get_test_db_clone_settings(DEMO_SUFFIX)["NAME"]
        _point_default_database_at(demo_name)
        call_command("load_demo_data", verbosity=0)
        _point_default_database_at(_Databases.main)
        _Databases.demo = demo_name
        _point_for(_Databases.item)  # the test that asked for it is being set up now
    yield demo_name
    with django_db_blocker.unblock():
        _point_default_database_at(_Databases.main)
        _Databases.demo = None
        connection.creation._destroy_test_db(demo_name, verbosity=0)


@pytest.fixture(scope="session", autouse=True)
def _demo_database_first(request):
    """Make the demo copy before the first test runs, when any test will ask for it.

    A committing (live-server) test ends by flushing the main test database, reference
    data from the migrations (economies, themes) included; a copy taken after that would
    lack them. Taken first, the copy never depends on the order the tests run in.
    """
    if any("demo" in getattr(item, "fixturenames", ()) for item in request.session.items):
        request.getfixturevalue("_demo_database")


@pytest.fixture(scope="session")
def _demo_site_database(_demo_database, django_db_blocker):
    """A copy of the demo database, made once, for the browser tests that only read."""
    with django_db_blocker.unblock():
        connection = connections[DEFAULT_DB_ALIAS]
        _point_default_database_at(_Databases.demo)
        connection.close()  # PostgreSQL copies a database no session is connected to
        connection.creation.clone_test_db(suffix=SITE_SUFFIX, verbosity=0)
        site_name = connection.creation.get_test_db_clone_settings(SITE_SUFFIX)["NAME"]
        _point_default_database_at(_Databases.main)
        _Databases.site = site_name
        _point_for(_Databases.item)  # the test that asked for it is being set up now
    yield site_name
    with django_db_blocker.unblock():
        _point_default_database_at(_Databases.main)
        _Databases.site = None
        connection.creation._destroy_test_db(site_name, verbosity=0)


@pytest.fixture(scope="session")
def _demo_site_server(_demo_site_database):
    server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture
def demo_site(_demo_site_server, db):
    """The address of a live server on the demo content, for a browser test that only reads.

    The demo content is loaded once per run (per pytest-xdist worker) into its own copy of
    the database, and the server, started once, reads it there: no load and no flush per
    test. The test itself runs in a transaction that is rolled back (`db`), on that copy
    too. A test that writes anything (an account, a record, a form that saves) uses
    `live_server` with `demo` and `django_db(transaction=True)` instead, on a database of
    its own that is emptied after it.
    """
    token = content_token()
    _demo_site_server._live_server_modified_settings.enable()
    yield _demo_site_server.url
    _demo_site_server._live_server_modified_settings.disable()
    # Every write to a content table changes the token (core/content_cache.py): a test that
    # wrote through the server would leave its change to every later test.
    assert content_token() == token, "a test on `demo_site` wrote to the shared demo content"


@pytest.fixture(scope="session")
def _events_at_scale_database(django_db_setup, django_db_blocker):
    """A copy of the migrated test database holding 100,000 synthetic events, made once."""
    with django_db_blocker.unblock():
        connection = connections[DEFAULT_DB_ALIAS]
        main = _Databases.main = connection.settings_dict["NAME"]
        # A committing test empties the database, reference data included; the tests on
        # this copy roll back, and run before any committing test (`_run_order`).
        assert Economy.objects.exists(), "the test database lost its economies: copied too late"
        connection.close()  # PostgreSQL copies a database no session is connected to
        connection.creation.clone_test_db(suffix=SCALE_SUFFIX, verbosity=0)
        scale_name = connection.creation.get_test_db_clone_settings(SCALE_SUFFIX)["NAME"]
        _point_default_database_at(scale_name)
        call_command(
            "generate_synthetic_data",
            events=100_000,
            initiatives=500,
            statements=50,
            paragraphs=5,
            verbosity=0,
        )
        _point_default_database_at(main)
        _Databases.scale = scale_name
        _point_for(_Databases.item)  # the test that asked for it is being set up now
    yield scale_name
    with django_db_blocker.unblock():
        _point_default_database_at(main)
        _Databases.scale = None
        connection.creation._destroy_test_db(scale_name, verbosity=0)


@pytest.fixture
def events_at_scale(_events_at_scale_database, db):
    """100,000 synthetic events (`generate_synthetic_data`: about 3 % of them drafts or in
    review, with 500 initiatives and 50 statements), for a test of exports at scale.

    The data are made once per run (per pytest-xdist worker) in a copy of the test database
    of their own, committed, so that a server in another process (gunicorn) reads them
    too; the test itself runs in a transaction that is rolled back, on that copy. Making
    them is some 40 s of PostgreSQL's CPU (each event's search columns in ten languages),
    so no test makes them twice.
    """
    return Event.objects


class DemoContent:
    """Handles to the demo records (apec_portal/demo/) that tests name."""

    STATEMENT_2014 = "2014-apec-small-and-medium-enterprises-ministerial-meeting"
    STATEMENT_2017 = "2017-apec-small-and-medium-enterprises-ministerial-meeting"
    O2O_INITIATIVE = "apec-sme-online-to-offline-o2o-initiative"
    LIE_INITIATIVE = "apec-local-innovation-ecosystem-initiative"

    def statement(self, year):
        return Statement.objects.get(meeting__start_date__year=year)

    def paragraph(self, year, number):
        return Paragraph.objects.get(statement__meeting__start_date__year=year, number=number)

    def initiative(self, slug):
        return Initiative.objects.get(slug=slug)

    def event(self, slug):
        return Event.objects.get(slug=slug)


@pytest.fixture
def demo(_demo_database, db, request):
    """The demo content, for a test that relies on it (see the module docstring)."""
    if not _runs_in_demo_copy(request.node):
        call_command("load_demo_data", verbosity=0)  # a committing (live-server) test
    return DemoContent()


# --- secretariat accounts in their roles, and clients signed in as them --------------------


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


@pytest.fixture
def caches_on(settings):
    """The page and query caches switched on (as in production) and empty, before and after."""
    settings.PAGE_CACHE_SECONDS = 300
    settings.QUERY_CACHE_SECONDS = 300
    for alias in (settings.PAGE_CACHE_ALIAS, settings.QUERY_CACHE_ALIAS):
        caches[alias].clear()
    yield
    for alias in (settings.PAGE_CACHE_ALIAS, settings.QUERY_CACHE_ALIAS):
        caches[alias].clear()


_export_dirs = itertools.count()


@pytest.fixture(autouse=True)
def export_files_per_test(settings):
    """Built export files in a directory of the test's own: a rolled-back test returns the
    content token to its old value, so files from another test must not be found.

    A new name under the process's scratch folder (removed at the end), made only when a
    test builds a file (`core.export_files.export_dir`): pytest's `tmp_path` made a folder
    for every test, looking through all the earlier ones to number it (16 ms a test in a
    profile of tests/initiatives)."""
    settings.EXPORT_CACHE_DIR = os.path.join(settings.SCRATCH, "exports", str(next(_export_dirs)))
