"""Migration operations for the database triggers the portal relies on.

They change no model state, only triggers, so `sqlmigrate` prints exactly what
they run; both are idempotent (CREATE OR REPLACE / DROP ... IF EXISTS), so a
database that already carries a trigger is left as it was.
"""

import sqlparse
from django.db import migrations

from core import search_words
from core.content_cache import TRIGGER


def _execute_each(schema_editor, sql):
    for statement in sqlparse.split(sql):
        if statement.strip():
            schema_editor.execute(statement.strip().rstrip(";"))


class InstallContentTriggers(migrations.operations.base.Operation):
    """Attach the content-token trigger to `tables`: every write there changes the token.

    Use it in the migration that creates a content table (`core.content_cache.
    content_tables` says which tables are; the `core.E001` check insists).
    """

    reversible = True
    reduces_to_sql = True

    def __init__(self, *tables):
        self.tables = tables

    def deconstruct(self):
        return self.__class__.__qualname__, self.tables, {}

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        quote = schema_editor.quote_name
        for table in self.tables:
            schema_editor.execute(
                f"CREATE OR REPLACE TRIGGER {TRIGGER} "
                f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {quote(table)} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {TRIGGER}()"
            )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        quote = schema_editor.quote_name
        for table in self.tables:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {quote(table)}")

    def describe(self):
        return f"Install the content-token trigger on {', '.join(self.tables)}"

    @property
    def migration_name_fragment(self):
        return "content_triggers"


class InstallSearchWords(migrations.operations.base.Operation):
    """(Re)attach the spelling-vocabulary triggers to `table` for `expression`.

    For a searchable model's new table, or after its `SearchText` changed: give
    the model's `search_text.words_expression()` as it is now, frozen as a literal.
    """

    reversible = True
    reduces_to_sql = True

    def __init__(self, table, expression):
        self.table = table
        self.expression = expression

    def deconstruct(self):
        return self.__class__.__qualname__, (self.table, self.expression), {}

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        _execute_each(
            schema_editor, search_words.attach_sql(self.table, self.expression, replace=True)
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        _execute_each(schema_editor, search_words.detach_sql(self.table, if_exists=True))

    def describe(self):
        return f"Install the search-word triggers on {self.table} for {self.expression}"

    @property
    def migration_name_fragment(self):
        return f"search_words_{self.table}"
