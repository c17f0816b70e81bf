"""Deep list pages read by key against the same pages read with OFFSET, in one process.

    DATABASE_URL=postgres:///apec_bench .venv/bin/python scripts/bench_deep_pages.py \\
        --rounds 20 "/events/?page=3880" "/initiatives/?sort=year&page=400"

For each path, request by request in turn: the page as the portal reads it (a deep
page by key, core/keyset.py) and the same page with the page ends switched off, so
that the paginator falls back to the way deep pages were read before (the page's
keys by OFFSET in an index-only scan, then its rows). Everything else is the same
code, the same process and the same moment, which keeps the comparison fair on a
busy machine. Production settings, page cache off, query cache on (each way is
warmed first). Prints one JSON object per path: median total ms, SQL ms (timed
around the database driver's `execute`) and the number of queries for each way,
and the ratios offset / key.
"""

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The same production-like Django set-up as the in-process benchmark.
from bench_inprocess import setup, timed_request


def measure(path, rounds):
    from django.test import Client

    from core import pagination

    by_key = pagination.page_range_rows
    ways = {"key": by_key, "offset": lambda *args, **kwargs: None}
    client = Client()
    results = {name: [] for name in ways}
    try:
        for way in ways.values():
            pagination.page_range_rows = way
            client.get(path)  # warm: counts, facets, the page ends
        for _ in range(rounds):
            for name, way in ways.items():
                pagination.page_range_rows = way
                status, total, sql, queries, _cpu = timed_request(client, path)
                results[name].append((total, sql, queries, status))
    finally:
        pagination.page_range_rows = by_key
    report = {"path": path, "rounds": rounds}
    for name, rows in results.items():
        report[name] = {
            "total_ms": round(statistics.median(row[0] for row in rows), 2),
            "sql_ms": round(statistics.median(row[1] for row in rows), 2),
            "queries": max(row[2] for row in rows),
            "status": rows[-1][3],
        }
    report["sql_ratio"] = round(report["offset"]["sql_ms"] / report["key"]["sql_ms"], 2)
    report["total_ratio"] = round(report["offset"]["total_ms"] / report["key"]["total_ms"], 2)
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20, help="Requests per path and way.")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    setup()
    for path in args.paths:
        print(json.dumps(measure(path, args.rounds)), flush=True)


if __name__ == "__main__":
    main()
