"""The database backend of the test runs (apec_portal/test_settings.py): Django's
PostgreSQL backend, except that a test database is dropped even while a session is still
connected to it.

Django drops a test database with a plain `DROP DATABASE`, which PostgreSQL refuses while
any other session is connected. A request thread of a live server still answering a
browser that moved on, or a subprocess's worker still exiting, is enough; the run then
ends with a warning and leaves `test_<name>` behind for the next run to trip on.
`DROP DATABASE ... WITH (FORCE)` (PostgreSQL 13 and later) ends those sessions and drops
the database in one statement. Everything else is the standard backend.
"""

from django.db.backends.postgresql import base, creation


class DatabaseCreation(creation.DatabaseCreation):
    def _destroy_test_db(self, test_database_name, verbosity):
        with self._nodb_cursor() as cursor:
            cursor.execute(
                f"DROP DATABASE {self.connection.ops.quote_name(test_database_name)} WITH (FORCE)"
            )


class DatabaseWrapper(base.DatabaseWrapper):
    creation_class = DatabaseCreation
