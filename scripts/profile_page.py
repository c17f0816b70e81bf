"""Profile one page in process (page cache off): where its milliseconds go, function by function.

    scripts/bench --profile events                 # a benchmark target by name ...
    scripts/bench --profile "/events/?year=2019"   # ... or any path
    BENCH_DATABASE_URL=postgres:///apec_i26_big scripts/bench --profile statement --requests 30

Runs on the benchmark database (BENCH_DATABASE_URL, else DATABASE_URL) with the production
settings scripts/bench_inprocess.py uses. One warming request (imports, templates, the query
cache as the first visitor after an edit leaves it), then `--requests` requests under
cProfile (the standard library's profiler: no extra dependency). Prints the median
in-process ms with its SQL and Python parts, then the top functions by their own time and
by cumulative time, and writes the raw profile to benchmark-results/profile-<name>.pstats
(open it with `python -m pstats` or snakeviz). Profiling slows Python down about twofold;
the ms line is measured without the profiler.
"""

import argparse
import cProfile
import io
import os
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench_inprocess  # noqa: E402


def resolve(page, database_url):
    """A path for `page`: itself when it starts with '/', else the benchmark target so named."""
    if page.startswith("/"):
        return page
    import bench

    fixtures = bench.pick_fixtures(database_url)
    targets = {
        t.name: t.path for t in bench.targets_for(fixtures, int(os.environ.get("PAGE_SIZE", "20")))
    }
    if page not in targets:
        raise SystemExit(f"No benchmark target {page!r}; one of: {', '.join(sorted(targets))}")
    return targets[page]


def top(stats, key, *restrictions):
    out = io.StringIO()
    stats.stream = out
    stats.sort_stats(key).print_stats(*restrictions)
    text = out.getvalue()
    start = text.find("   ncalls")
    return text[start:].rstrip() if start >= 0 else text.rstrip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", help="a benchmark target name (events, statement, ...) or a path")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument(
        "--distinct-words",
        action="store_true",
        help="A search: each request searches another word (its first request; see "
        "scripts/bench_inprocess.py). Use a fresh QUERY_CACHE_DIR.",
    )
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="Time functions by this process's CPU time (time.process_time), not the clock: "
        "waits for the database or for a core on a busy machine then count for nothing.",
    )
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL") or os.environ["DATABASE_URL"]
    os.environ["DATABASE_URL"] = database_url
    path = resolve(args.page, database_url)
    bench_inprocess.setup()

    from django.test import Client

    client = Client()
    client.get(path)  # warm
    if args.distinct_words:
        paths = bench_inprocess.distinct_paths(path, 2 * args.requests)
        timed_paths, profiled_paths = paths[: args.requests], paths[args.requests :]
    else:
        timed_paths = profiled_paths = [path] * args.requests
    timed = [bench_inprocess.timed_request(client, each) for each in timed_paths]
    total = statistics.median(t[1] for t in timed)
    sql = statistics.median(t[2] for t in timed)
    cpu = statistics.median(t[4] for t in timed)
    profiler = cProfile.Profile(time.process_time) if args.cpu else cProfile.Profile()
    for each in profiled_paths:
        profiler.enable()
        client.get(each)
        profiler.disable()
    name = re.sub(r"[^A-Za-z0-9]+", "-", args.page).strip("-") or "home"
    out_dir = ROOT / "benchmark-results"
    out_dir.mkdir(exist_ok=True)
    profiler.dump_stats(out_dir / f"profile-{name}.pstats")
    stats = pstats.Stats(profiler)
    # The project's own functions (views, template tags, models) by cumulative time: the
    # library's wrappers (middleware, the test client) would fill the list otherwise.
    ours = top(
        pstats.Stats(profiler),
        "cumulative",
        # ... leaving out the middleware's __call__ chain, which wraps everything.
        r"^(?!.*/\.venv/)(?!.*\((__call__|respond|inner)\))" + re.escape(str(ROOT)),
        args.top,
    )
    stats.strip_dirs()
    print(
        f"{path}: {total:.1f} ms median in process ({sql:.1f} SQL, {total - sql:.1f} Python; {cpu:.1f} CPU), "
        f"{timed[-1][3]} queries; {stats.total_calls // args.requests:,} Python function calls "
        f"per request (a count the machine's load does not change); profile of {args.requests} "
        "requests below"
    )
    print(f"\nTop {args.top} by own time (tottime):\n{top(stats, 'tottime', args.top)}")
    print(f"\nTop {args.top} of the project's functions by cumulative time:\n{ours}")


if __name__ == "__main__":
    main()
