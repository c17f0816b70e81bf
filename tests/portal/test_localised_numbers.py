"""Issue 25, step 4: counts grouped as each language writes numbers (CLDR through Babel),
and economy lists in the order of the language's collation."""

import pytest
from django.db.models.functions import Collate
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape

from core.templatetags.numbers import grouped_number


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "10,000"),
        ("es", "10.000"),
        ("id", "10.000"),
        ("vi", "10.000"),
        ("ru", "10\u00a0000"),
        ("ja", "10,000"),
        ("zh-hans", "10,000"),
        ("th", "10,000"),
    ],
)
def test_a_count_is_grouped_as_the_language_writes_it(language, expected):
    assert grouped_number(10000, language) == expected
    assert grouped_number(999, language) == "999"
    assert grouped_number("2019a", language) == "2019a"
    assert grouped_number(None, language) is None


def test_the_list_summary_and_downloads_group_the_count_in_the_page_language():
    context = {"count": 12345, "noun": "events", "singular": "event", "downloads": []}
    with translation.override("es"):
        summary = render_to_string("includes/_list_summary.html", context)
        downloads = render_to_string("includes/_downloads.html", context)
    assert "<strong>12.345</strong>" in summary
    assert "12.345" in downloads
    with translation.override("en"):
        assert "<strong>12,345</strong>" in render_to_string("includes/_list_summary.html", context)


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "collation"), [("es", "es-x-icu"), ("zh-hans", "zh-Hans-x-icu")])
def test_the_economy_list_is_in_the_languages_collation(client, demo, code, collation):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.translation import translated_expression
    from initiatives.models import Economy

    with CaptureQueriesContext(connection) as queries:
        html = client.get(f"/{code}/economies/").content.decode()
    assert any(f'COLLATE "{collation}"' in q["sql"] for q in queries.captured_queries)
    # The names in the page's language (issue 25, translated content), in its collation.
    shown = translated_expression("name", code)
    expected = list(
        Economy.objects.annotate(shown=shown)
        .order_by(Collate(shown, collation).asc())
        .values_list("shown", flat=True)
    )
    assert "Tailandia" in expected or "泰国" in expected
    positions = [html.index(f">{escape(name)}</a></th>") for name in expected]
    assert positions == sorted(positions)
    # English keeps the database's own order and query.
    with CaptureQueriesContext(connection) as queries:
        client.get("/economies/")
    assert not any("COLLATE" in q["sql"] for q in queries.captured_queries)


def test_each_language_has_an_icu_collation_in_the_database(db):
    from django.conf import settings
    from django.db import connection

    from core.filters import language_collation

    wanted = {language_collation(code) for code, _ in settings.LANGUAGES} - {None}
    with connection.cursor() as cursor:
        cursor.execute("SELECT collname FROM pg_collation WHERE collname = ANY(%s)", [list(wanted)])
        found = {name for (name,) in cursor.fetchall()}
    assert found == wanted
