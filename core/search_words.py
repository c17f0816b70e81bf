"""SQL for the spelling-suggestion vocabulary (`initiatives.SearchWord`), written once.

`search_words_collect(<text expression>)` is a statement-level trigger function:
it reads the rows an INSERT or UPDATE wrote (the `new_rows` transition table),
splits the expression with the `simple` configuration (lower case, no stemming,
so the words are ones a person can read) and adds the plain alphabetic words of
3 to 40 letters it has not seen. One INSERT ... ON CONFLICT DO NOTHING per SQL
statement, in word order, so bulk imports stay cheap and concurrent writers
lock alike.

The migrations that created the triggers import these builders, so their
output must not change: a new need gets a new function. The expression each
table is given comes from the model's `SearchText` (core.search.SEARCHABLE).
"""

VOCABULARY_TABLE = "initiatives_searchword"
WORD_PATTERN = "^[a-z]{3,40}$"

COLLECT_FUNCTION = r"""
CREATE FUNCTION search_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format(
        'INSERT INTO initiatives_searchword (word) '
        'SELECT DISTINCT w FROM new_rows, '
        'unnest(tsvector_to_array(to_tsvector(''simple'', %s))) AS w '
        'WHERE w ~ ''^[a-z]{3,40}$'' ORDER BY w ON CONFLICT (word) DO NOTHING',
        TG_ARGV[0]
    );
    RETURN NULL;
END
$$;
"""
DROP_COLLECT_FUNCTION = "DROP FUNCTION search_words_collect();"


def trigger_names(table):
    """The two vocabulary triggers of `table` (insert, update)."""
    return (f"{table}_search_words_insert", f"{table}_search_words_update")


def collect_words_sql(table, expression):
    """One statement adding the words `expression` gives over every row of `table`."""
    return (
        f"INSERT INTO {VOCABULARY_TABLE} (word) "
        f"SELECT DISTINCT w FROM {table}, "
        f"unnest(tsvector_to_array(to_tsvector('simple', {expression}))) AS w "
        f"WHERE w ~ '{WORD_PATTERN}' ORDER BY w ON CONFLICT (word) DO NOTHING"
    )


def attach_sql(table, expression, *, replace=False):
    """Attach the collector to `table` and add the words already stored there."""
    quoted = expression.replace("'", "''")
    create = "CREATE OR REPLACE TRIGGER" if replace else "CREATE TRIGGER"
    insert, update = trigger_names(table)
    return f"""
{create} {insert} AFTER INSERT ON {table}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION search_words_collect('{quoted}');
{create} {update} AFTER UPDATE ON {table}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION search_words_collect('{quoted}');
{collect_words_sql(table, expression)};
"""


def detach_sql(table, *, if_exists=False):
    exists = "IF EXISTS " if if_exists else ""
    insert, update = trigger_names(table)
    return f"""
DROP TRIGGER {exists}{insert} ON {table};
DROP TRIGGER {exists}{update} ON {table};
"""
