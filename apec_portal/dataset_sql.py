"""The dataset's records written by PostgreSQL, exactly as Django's JSON serializer lays them out.

`serializers.serialize("json", records, indent=1, ensure_ascii=False, fields=...)`
builds a model instance per record, then a dict, then JSON text in Python: about
three minutes for 100,000 events with their statements and paragraphs. Here one
query per model makes every record's text in the database (`to_json` escapes
strings as Python's `json` does with `ensure_ascii=False`), and a binary COPY sends
the texts, which Python writes into the file as they come, never decoding them. The layout (indentation, field order, how each type is written) follows
the serializer's rules, read from the models' own field declarations:

- fields in declaration order (`_meta.local_fields`, then `local_many_to_many`),
  only those named in `fields`; the primary key as "pk";
- text as a JSON string; numbers; booleans; dates as ISO 8601; date-times in UTC
  to the millisecond, "Z" for UTC (`DatasetEncoder`: milliseconds only when not 0);
- a foreign key as the target's primary key, null when the target is a public record
  that is not published (a draft is not even named);
- a many-to-many relation as the list of the targets' primary keys in the target
  model's own ordering (published targets only, for public records);
- an `ArrayField` as Django writes it: the JSON text of the list, as a string (the one
  piece Python finishes, see `_finish`).

A type not listed raises an error when the query is built, so a new kind of field
cannot slip into the file written differently; tests/portal/test_dataset.py compares
this file with the serializer's byte for byte.
"""

import json
import re

from django.contrib.postgres.fields import ArrayField
from django.db import connection

from core.models import PublicRecord
from core.publication import published_sql

TEXT_TYPES = {"CharField", "TextField", "SlugField", "URLField", "EmailField"}
NUMBER_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "PositiveBigIntegerField",
}


def _literal(text):
    """SQL: a string constant. '%' is doubled: the query runs with parameters."""
    return "'" + text.replace("'", "''").replace("%", "%%") + "'"


def _key(name):
    return json.dumps(name, ensure_ascii=False)


def _scalar(field, column):
    """SQL: the JSON text of `column` (a value of `field`'s type); never NULL."""
    kind = field.get_internal_type()
    if kind in ("ForeignKey", "OneToOneField"):
        return _scalar(field.target_field, column)
    if kind in TEXT_TYPES:
        return f"coalesce(to_json({column})::text, 'null')"
    if kind in NUMBER_TYPES:
        return f"coalesce(({column})::text, 'null')"
    if kind == "BooleanField":
        return f"CASE WHEN {column} THEN 'true' WHEN NOT {column} THEN 'false' ELSE 'null' END"
    if kind == "DateField":
        return f"""coalesce('"' || to_char({column}, 'YYYY-MM-DD') || '"', 'null')"""
    if kind == "DateTimeField":
        utc = f"({column} AT TIME ZONE 'UTC')"
        # DatasetEncoder: milliseconds when the time has at least one (truncated, as
        # DjangoJSONEncoder cuts the microseconds), none below a millisecond.
        milliseconds = (
            f"CASE WHEN mod(extract(microseconds FROM {utc})::bigint, 1000000) >= 1000 "
            f"THEN to_char({utc}, '.MS') ELSE '' END"
        )
        return (
            f"""coalesce('"' || to_char({utc}, 'YYYY-MM-DD"T"HH24:MI:SS') || {milliseconds} """
            f"""|| 'Z"', 'null')"""
        )
    raise TypeError(f"The dataset does not know how to write a {kind} ({field})")


def _is_public_record(model):
    return issubclass(model, PublicRecord)


def _ordering(model, alias):
    """SQL ORDER BY terms for `model`'s Meta.ordering (plain fields), then its primary key."""
    terms = []
    for name in model._meta.ordering:
        descending = name.startswith("-")
        field = model._meta.get_field(name.lstrip("-"))
        if field.is_relation:
            raise TypeError(f"Ordering by a relation is not supported here: {model} {name}")
        terms.append(f'{alias}."{field.column}"' + (" DESC" if descending else ""))
    terms.append(f'{alias}."{model._meta.pk.column}"')
    return ", ".join(terms)


def _many(field, alias, joins):
    """SQL: a many-to-many relation as the serializer lays out its list (indent 1)."""
    through = field.remote_field.through._meta.db_table
    source, target_column = field.m2m_column_name(), field.m2m_reverse_name()
    target = field.remote_field.model
    pk = target._meta.pk
    only_published = f"WHERE {published_sql('target')}" if _is_public_record(target) else ""
    items = _scalar(pk, f'target."{pk.column}"')
    joins.append(
        f"""LEFT JOIN (
    SELECT link."{source}" AS source,
        '[' || string_agg(E'\\n   ' || {items}, ',' ORDER BY {_ordering(target, "target")})
        || E'\\n  ]' AS list
    FROM "{through}" AS link
    JOIN "{target._meta.db_table}" AS target ON target."{pk.column}" = link."{target_column}"
    {only_published}
    GROUP BY link."{source}"
) AS {alias} ON {alias}.source = record."{field.model._meta.pk.column}\""""
    )
    return f"coalesce({alias}.list, '[]')"


def _foreign(field, alias, joins):
    """SQL: a foreign key's value; null when it points at an unpublished public record."""
    column = f'record."{field.column}"'
    target = field.remote_field.model
    if not _is_public_record(target):
        return _scalar(field, column)
    target_pk = field.target_field.column
    joins.append(
        f'LEFT JOIN "{target._meta.db_table}" AS {alias} '
        f'ON {alias}."{target_pk}" = {column} AND {published_sql(alias)}'
    )
    return _scalar(field, f'{alias}."{target_pk}"')


def _pieces(model, fields):
    """The record's text as a list of SQL expressions and ArrayFields, in order."""
    meta = model._meta
    joins = []
    pieces = [
        _literal("{\n " + _key("model") + ": " + _key(meta.label_lower) + ",\n "),
        _literal(_key("pk") + ": "),
        _scalar(meta.pk, f'record."{meta.pk.column}"'),
    ]
    selected = [
        field
        for field in meta.local_fields
        if field.serialize
        and (field.attname if field.remote_field is None else field.name) in fields
    ]
    selected += [
        field
        for field in meta.local_many_to_many
        if field.serialize
        and field.attname in fields
        and field.remote_field.through._meta.auto_created
    ]
    pieces.append(_literal(",\n " + _key("fields") + ": {" + ("" if selected else "}")))
    for position, field in enumerate(selected):
        separator = "," if position else ""
        pieces.append(_literal(f"{separator}\n  {_key(field.name)}: "))
        alias = f"related_{position}"
        if isinstance(field, ArrayField):
            pieces.append(field)
        elif field.many_to_many:
            pieces.append(_many(field, alias, joins))
        elif field.remote_field is not None:
            pieces.append(_foreign(field, alias, joins))
        else:
            pieces.append(_scalar(field, f'record."{field.column}"'))
    if selected:
        pieces.append(_literal("\n }"))
    pieces.append(_literal("\n}"))
    return pieces, joins


def _concat(expressions):
    """SQL: the texts joined in one `concat` call (a chain of `||` copies the growing
    text once per piece); `concat` takes at most 100 arguments, so longer lists nest."""
    if not expressions:
        return "''"
    if len(expressions) <= 90:
        return f"concat({', '.join(expressions)})"
    return _concat(
        [_concat(expressions[start : start + 90]) for start in range(0, len(expressions), 90)]
    )


def record_query(model, queryset, fields):
    """(sql, params, arrays): one row per record of `queryset` (in its order). Each row
    is the record's text, or, for a model with ArrayFields, text pieces with the arrays'
    values between them (`arrays` says how many)."""
    pieces, joins = _pieces(model, fields)
    columns, run = [], []
    arrays = 0
    for piece in pieces:
        if isinstance(piece, ArrayField):
            columns += [_concat(run), f'record."{piece.column}"']
            run = []
            arrays += 1
        else:
            run.append(piece)
    columns.append(_concat(run))
    listed, params = queryset.values_list("pk").query.sql_with_params()
    pk = model._meta.pk.column
    join_sql = "\n".join(joins)
    sql = f"""SELECT {", ".join(columns)}
FROM ({listed}) AS listed (pk)
JOIN "{model._meta.db_table}" AS record ON record."{pk}" = listed.pk
{join_sql}
ORDER BY record."{pk}\""""
    return sql, params, arrays


def _array_text(values):
    """An ArrayField as Django's serializer writes it: the list's JSON text (its
    `value_to_string`), itself written as a JSON string."""
    if values is None:
        return "null"
    inner = json.dumps(
        [None if value is None else str(value) for value in values], ensure_ascii=False
    )
    return json.dumps(inner, ensure_ascii=False)


def _finish(row, arrays):
    if not arrays:
        return row[0]
    parts = [row[0]]
    for index in range(arrays):
        parts += [_array_text(row[1 + 2 * index]), row[2 + 2 * index]]
    return "".join(parts)


# JSON lets DEL, the C1 controls (NEL among them), U+2028 and U+2029 stand unescaped in a
# string, but a reader that splits the file into lines (Python's str.splitlines, some
# editors and log tools) takes NEL, U+2028 and U+2029 for line breaks. The dataset writes
# them as \u escapes: the same text once parsed, never a line break in the file. They can
# only occur inside strings (the rest of the file is ASCII), so the bytes are replaced as
# they are, in UTF-8.
_JSON_SEPARATORS = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]")


def _escaped(match):
    return b"\\u%04x" % ord(match.group().decode())


def escape_json_separators(data):
    """UTF-8 JSON bytes with DEL, C1, U+2028 and U+2029 written as \\u escapes."""
    if _JSON_SEPARATORS.search(data) is None:
        return data
    return _JSON_SEPARATORS.sub(_escaped, bytes(data))


class RecordWriter:
    """Writes records into a binary file as the serializer separates them: "\n" before
    the first, ",\n" before every other."""

    def __init__(self, output):
        self.output = output
        self.separator = b"\n"

    def record(self, data):
        self.output.write(self.separator)
        self.output.write(escape_json_separators(data))
        self.separator = b",\n"


class _BinaryCopyRows:
    """A file for psycopg2's `copy_expert` receiving `COPY ... TO STDOUT (FORMAT binary)` of
    one text column: each row's bytes go to the writer as they are, with no decoding.

    The format: an 11-byte signature, two 32-bit fields (flags, extension length), then per
    row a 16-bit field count (-1 ends the data) and each field as a 32-bit length and its
    bytes. PostgreSQL sends a message per row, but nothing here relies on it."""

    HEADER = 19

    def __init__(self, writer):
        self.writer = writer
        self.pending = b""
        self.header = True
        self.finished = False

    def write(self, data):
        buffer = self.pending + bytes(data) if self.pending else bytes(data)
        view = memoryview(buffer)
        position = 0
        if self.header:
            if len(buffer) < self.HEADER:
                self.pending = buffer
                return
            if buffer[:11] != b"PGCOPY\n\xff\r\n\x00":
                raise ValueError("COPY did not send its binary signature")
            position, self.header = self.HEADER, False
        end = len(buffer)
        while end - position >= 2:
            fields = int.from_bytes(buffer[position : position + 2], "big", signed=True)
            if fields == -1:
                self.finished = True
                position += 2
                break
            if end - position < 6:
                break
            length = int.from_bytes(buffer[position + 2 : position + 6], "big", signed=True)
            if fields != 1 or length < 0:
                raise ValueError("COPY sent a row that is not one text")
            if end - position - 6 < length:
                break
            self.writer.record(view[position + 6 : position + 6 + length])
            position += 6 + length
        self.pending = buffer[position:]


def write_records(writer, model, queryset, fields, chunk_size):
    """Every record of `queryset` (ordered by primary key), in order, to `writer`. PostgreSQL
    sends the texts by a binary COPY, straight into the file; a model with ArrayFields
    (a few thousand rows at most) is read from a server-side cursor and finished here."""
    sql, params, arrays = record_query(model, queryset, fields)
    if arrays:
        with connection.chunked_cursor() as cursor:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(chunk_size):
                for row in rows:
                    writer.record(_finish(row, arrays).encode())
        return
    with connection.cursor() as cursor:
        query = cursor.mogrify(sql, params).decode()
        rows = _BinaryCopyRows(writer)
        cursor.copy_expert(f"COPY ({query}) TO STDOUT WITH (FORMAT binary)", rows)
    if not rows.finished or rows.pending:
        raise ValueError("COPY ended before its last row")
