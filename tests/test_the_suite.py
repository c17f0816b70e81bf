"""The test suite's own machinery: how many processes a run uses, and that a run leaves no
test database behind even when a session outlives the tests."""

import types

import psycopg2
import pytest
from django.db import connection

from tests import conftest


def config(source):
    return types.SimpleNamespace(args_source=source)


def test_the_whole_suite_runs_on_each_core_and_named_files_in_one_process(monkeypatch):
    monkeypatch.delenv("PYTEST_XDIST_AUTO_NUM_WORKERS", raising=False)
    monkeypatch.setattr(conftest.os, "sched_getaffinity", lambda pid: {0, 1})
    assert conftest.pytest_xdist_auto_num_workers(config(pytest.Config.ArgsSource.TESTPATHS)) == 2
    assert conftest.pytest_xdist_auto_num_workers(config(pytest.Config.ArgsSource.ARGS)) == 0
    monkeypatch.setattr(conftest.os, "sched_getaffinity", lambda pid: set(range(16)))
    assert conftest.pytest_xdist_auto_num_workers(config(pytest.Config.ArgsSource.TESTPATHS)) == 4
    monkeypatch.setattr(conftest.os, "sched_getaffinity", lambda pid: {0})
    assert conftest.pytest_xdist_auto_num_workers(config(pytest.Config.ArgsSource.TESTPATHS)) == 0
    monkeypatch.setenv("PYTEST_XDIST_AUTO_NUM_WORKERS", "3")
    assert conftest.pytest_xdist_auto_num_workers(config(pytest.Config.ArgsSource.ARGS)) == 3


def database_exists(cursor, name):
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
    return cursor.fetchone() is not None


def test_a_test_database_is_dropped_while_a_session_is_still_connected(django_db_blocker):
    """tests/postgresql/base.py: Django's plain DROP DATABASE would be refused here."""
    with django_db_blocker.unblock():
        name = f"{connection.settings_dict['NAME']}_lingering"
        quoted = connection.ops.quote_name(name)
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")
            cursor.execute(f"CREATE DATABASE {quoted}")
        params = connection.get_connection_params()
        lingering = psycopg2.connect(**{**params, "dbname": name})
        try:
            connection.creation._destroy_test_db(name, verbosity=0)
            with connection.creation._nodb_cursor() as cursor:
                assert not database_exists(cursor, name)
            assert lingering.closed or _is_cut_off(lingering)
        finally:
            lingering.close()
            with connection.creation._nodb_cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")


def _is_cut_off(session):
    try:
        with session.cursor() as cursor:
            cursor.execute("SELECT 1")
    except psycopg2.Error:
        return True
    return False
