"""Time pages in process: SQL ms vs Python ms per request, and the number of queries.

Run by scripts/bench.py (one subprocess, production settings, page cache off), or
alone against any database:

    DATABASE_URL=postgres:///apec_bench .venv/bin/python scripts/bench_inprocess.py \\
        --requests 20 /events/ /initiatives/ "/search/?q=apec"

For each path it makes one warming request (which fills the query cache, as the
first visitor after an edit would), then `--requests` more with Django's test
client, timing every query (a `connection.execute_wrapper`, to the microsecond).
SQL ms is the time spent inside the database driver's `execute` (the query and
its round trip); Python ms is the rest of the
request (query building, model construction, template rendering, middleware).
CPU ms is this process's CPU time over the request (`time.process_time()`: the
Python work plus the driver's share of each query, not the database server's),
which a machine busy with other work inflates far less than the wall-clock ms.
Medians over the requests are printed as one JSON object per path, on stdout.

`--distinct-words` times the first request of a search instead of a repeated one: a
path `/search/?q=WORD` is warmed with WORD, then each timed request searches another
word, the corpus's words nearest to WORD in the number of paragraphs that hold it
(`ts_stat`), so no request finds its counts, ranking or hits in the query cache. Run
it with a fresh query cache (`QUERY_CACHE_DIR`): the words are the same from run to run.
A page whose load is shared with other processes still gives a fair split:
both parts slow down together.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "apec_portal.settings")
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "in-process-benchmark-only")
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    os.environ["SECURE_SSL_REDIRECT"] = "0"
    os.environ.setdefault("PAGE_CACHE_SECONDS", "0")
    import django

    django.setup()


def timed_request(client, path):
    """One GET of `path`: (status, total ms, SQL ms, number of queries, CPU ms).

    Each query is timed around the database driver's `execute` (a
    `connection.execute_wrapper`) rather than read from the captured queries, whose
    times are rounded to the millisecond.
    """
    from django.db import connection

    timings = []

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append(time.perf_counter() - started)

    with connection.execute_wrapper(timed):
        started = time.perf_counter()
        cpu_started = time.process_time()
        status = client.get(path).status_code
        cpu = 1000 * (time.process_time() - cpu_started)
        total = 1000 * (time.perf_counter() - started)
    return status, total, 1000 * sum(timings), len(timings), cpu


def neighbour_words(word, number):
    """`number` words of the statements' texts, other than `word`, held by about as many
    paragraphs as `word` is (lower-case letters only, longer than three)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "WITH stat AS (SELECT word, ndoc FROM ts_stat("
            "'SELECT search_vector FROM statements_paragraph') "
            "WHERE length(word) > 3 AND word ~ '^[a-z]+$'), "
            "target AS (SELECT coalesce(max(ndoc), 0) AS ndoc FROM stat "
            "WHERE word = (ts_lexize('english_stem', %s))[1]) "
            "SELECT stat.word FROM stat, target WHERE stat.word <> (ts_lexize('english_stem', %s))[1] "
            # A word the query reads as itself (no stop word, no other stem).
            "AND plainto_tsquery('english', stat.word)::text = quote_literal(stat.word) "
            "ORDER BY abs(stat.ndoc - target.ndoc), stat.word LIMIT %s",
            [word, word, number],
        )
        return [row[0] for row in cursor.fetchall()]


def distinct_paths(path, number):
    """`number` paths like `path` (a search for one word), each searching another word."""
    from urllib.parse import parse_qs, urlencode, urlsplit

    parts = urlsplit(path)
    query = parse_qs(parts.query)
    word = query.get("q", [""])[0]
    if not word:
        raise SystemExit(f"--distinct-words needs a path with q=WORD, not {path!r}")
    paths = []
    for other in neighbour_words(word, number):
        query["q"] = [other]
        paths.append(f"{parts.path}?{urlencode(query, doseq=True)}")
    return paths


def measure(path, requests, distinct=False):
    from django.test import Client

    client = Client()
    status = client.get(path).status_code  # warm: imports, templates, query cache
    paths = distinct_paths(path, requests) if distinct else [path] * requests
    totals, sqls, counts, cpus = [], [], [], []
    for timed_path in paths:
        _, total, sql, queries, cpu = timed_request(client, timed_path)
        totals.append(total)
        sqls.append(sql)
        counts.append(queries)
        cpus.append(cpu)
    total = statistics.median(totals)
    sql = statistics.median(sqls)
    return {
        "path": path,
        "status": status,
        "requests": len(paths),
        **({"distinct_words": True} if distinct else {}),
        "total_ms": round(total, 2),
        "sql_ms": round(sql, 2),
        "python_ms": round(max(total - sql, 0.0), 2),
        "cpu_ms": round(statistics.median(cpus), 2) if cpus else 0.0,
        "queries": max(counts) if counts else 0,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=20, help="Timed requests per path.")
    parser.add_argument(
        "--distinct-words",
        action="store_true",
        help="Search paths: each timed request searches another word (a first request).",
    )
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    setup()
    for path in args.paths:
        print(json.dumps(measure(path, args.requests, args.distinct_words)), flush=True)


if __name__ == "__main__":
    main()
