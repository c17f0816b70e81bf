"""System checks for the triggers the caches and the search vocabulary rely on.

Tagged `database`: Django runs them only when databases are named
(`manage.py check --database default`, and `migrate` before it migrates), so
a plain `manage.py check` needs no database. On a database with migrations
still to apply they stay silent: `migrate` is about to install what is missing.
"""

from django.core import checks
from django.db import connections
from django.db.migrations.executor import MigrationExecutor

from core import search_words
from core.content_cache import TRIGGER, content_tables
from core.search import SEARCHABLE

TRIGGERS_SQL = """
SELECT c.relname, t.tgname, encode(t.tgargs, 'escape')
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE NOT t.tgisinternal
"""


def _fully_migrated(connection):
    executor = MigrationExecutor(connection)
    return not executor.migration_plan(executor.loader.graph.leaf_nodes())


def _triggers(connection):
    """{table: {trigger name: its arguments}} for every table of the database."""
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(TRIGGERS_SQL)
        for table, name, arguments in cursor.fetchall():
            # tgargs holds each argument followed by a NUL byte (written \000 here).
            found.setdefault(table, {})[name] = arguments.split("\\000")[:-1]
    return found


def trigger_problems(connection):
    """What is missing or out of date, as checks.Error messages."""
    triggers = _triggers(connection)
    errors = []
    for table in content_tables():
        if TRIGGER not in triggers.get(table, {}):
            errors.append(
                checks.Error(
                    f"Content table {table} has no {TRIGGER} trigger: writes to it would not "
                    "change the content token, so cached pages would go stale.",
                    hint=f"Add core.migrations_ops.InstallContentTriggers({table!r}) to a migration.",
                    id="core.E001",
                )
            )
    for model, search_text in SEARCHABLE.items():
        table = model._meta.db_table
        expression = search_text.words_expression()
        for name in search_words.trigger_names(table):
            arguments = triggers.get(table, {}).get(name)
            if arguments == [expression]:
                continue
            state = "is missing" if arguments is None else f"collects {arguments}"
            errors.append(
                checks.Error(
                    f"Search-word trigger {name} {state}; {model._meta.label}.search_text "
                    f"says {expression!r}.",
                    hint=(
                        "Add core.migrations_ops.InstallSearchWords("
                        f"{table!r}, {expression!r}) to a migration."
                    ),
                    id="core.E002",
                )
            )
    return errors


@checks.register(checks.Tags.database)
def check_triggers(app_configs=None, databases=None, **kwargs):
    errors = []
    for alias in databases or ():
        connection = connections[alias]
        if connection.vendor != "postgresql" or not _fully_migrated(connection):
            continue
        errors.extend(trigger_problems(connection))
    return errors
