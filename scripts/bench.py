"""Drive the portal under gunicorn with wrk and print a table of the results.

Run through `scripts/bench`, which prepares the database and the static files
first. Every target is measured in the same run, so the ratios to the static
file and to /healthz compare like with like on whatever machine this runs on.

Passes:
  one client   wrk -c1 on every HTML page: the latency one reader sees;
  under load   wrk -c<N> on every target, page cache off (every request renders);
  cached       wrk -c<N> on the HTML pages with the anonymous page cache on
               (only when the portal has one: PAGE_CACHE_SECONDS).
  in process   every HTML page through Django's test client in one process
               (scripts/bench_inprocess.py, page cache off): the median SQL ms vs
               Python ms per request and the number of queries.

Every run also leaves its figures in benchmark-results/history/<time>.json and
compares them with the previous run's: a page whose in-process time or
one-client p50 grew by more than REGRESSION_SHARE is listed under the table.
"""

import argparse
import datetime
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
REGRESSION_SHARE = 0.2


@dataclass
class Target:
    name: str
    path: str
    html: bool = True
    note: str = ""
    results: dict = field(default_factory=dict)  # pass name -> wrk figures
    status: int | None = None
    size: int | None = None
    first_ms: float | None = None  # the very first request, before any cache holds anything
    in_process: dict = field(default_factory=dict)  # scripts/bench_inprocess.py figures
    forged_cookie: bool = False  # every request carries a new made-up sessionid


def ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * UNITS[match.group(2)] if match else None


def parse_wrk(output):
    figures = {"rps": None, "p50": None, "p99": None, "max": None, "non2xx": 0, "errors": 0}
    for line in output.splitlines():
        line = line.strip()
        if line.startswith("Requests/sec:"):
            figures["rps"] = float(line.split()[1])
        elif line.startswith("Latency") and len(line.split()) >= 4:
            figures["max"] = ms(line.split()[3])
        elif re.match(r"^50(\.0+)?%", line):
            figures["p50"] = ms(line.split()[1])
        elif re.match(r"^99(\.0+)?%", line):
            figures["p99"] = ms(line.split()[1])
        elif line.startswith("Non-2xx or 3xx responses:"):
            figures["non2xx"] = int(line.split(":")[1])
        elif line.startswith("Socket errors:"):
            figures["errors"] = sum(int(n) for n in re.findall(r"\d+", line))
        elif re.match(r"^\d+ requests in", line):
            figures["requests"] = int(line.split()[0])
    return figures


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with production settings on 127.0.0.1, stopped by its own pid."""

    def __init__(self, *, database_url, workers, page_cache, log_path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "ERROR",
            # Loopback has no TLS: production's HTTPS redirect would answer every page 301.
            "SECURE_SSL_REDIRECT": "0",
            "PAGE_CACHE_SECONDS": str(page_cache),
        }
        self.log = open(log_path, "a")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [
                str(ROOT / ".venv/bin/gunicorn"),
                "apec_portal.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--worker-class",
                "sync",
                "--timeout",
                "120",
                "--error-logfile",
                "-",
                # Access lines are formatted as in production but not kept.
                "--access-logfile",
                "/dev/null",
                # Measure steady state: no worker recycling in the middle of a target.
                "--max-requests",
                "0",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        sys.exit(f"gunicorn did not answer /healthz within 30 s; see {log_path}")

    def workers(self):
        try:
            children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def rss_kib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class RssSampler(threading.Thread):
    """Largest resident size of any gunicorn worker while a target runs."""

    def __init__(self, server):
        super().__init__(daemon=True)
        self.server = server
        self.peak = 0
        self.running = True

    def run(self):
        while self.running:
            for pid in self.server.workers():
                self.peak = max(self.peak, rss_kib(pid))
            time.sleep(0.1)


def probe(server, target):
    """One request first: the status and size the table reports, and a warm worker."""
    request = urllib.request.Request(server.base + target.path)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            target.status = response.status
            target.size = len(response.read())
    except urllib.error.HTTPError as error:
        target.status = error.code
        target.size = len(error.read())
    return 1000 * (time.perf_counter() - started)


# wrk script: a new made-up session cookie on every request, as an attacker would send to
# make every page render instead of coming from the page cache.
FORGED_COOKIE_SCRIPT = """
math.randomseed(os.time())
request = function()
  local key = ""
  for _ = 1, 32 do key = key .. string.char(string.byte("a") + math.random(0, 25)) end
  return wrk.format(nil, nil, {["Cookie"] = "sessionid=" .. key})
end
"""


def run_wrk(server, target, *, connections, duration, timeout):
    command = [
        "wrk",
        "--latency",
        "-t1",
        f"-c{connections}",
        f"-d{duration}s",
        f"--timeout={timeout}s",
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        if target.forged_cookie:
            script.write(FORGED_COOKIE_SCRIPT)
            script.flush()
            command += ["-s", script.name]
        command.append(server.base + target.path)
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return parse_wrk(output)


def pick_fixtures(database_url):
    """Concrete paths for the targets: real slugs and the corpus's own words."""
    connection = psycopg2.connect(database_url)
    cursor = connection.cursor()

    def one(sql):
        cursor.execute(sql)
        row = cursor.fetchone()
        return row[0] if row else None

    events = one("SELECT count(*) FROM events_event WHERE publication_status = 'published'")
    initiatives = one(
        "SELECT count(*) FROM initiatives_initiative WHERE publication_status = 'published'"
    )
    initiative = one(
        "SELECT i.slug FROM initiatives_initiative i JOIN events_event e ON e.initiative_id = i.id "
        "WHERE i.publication_status = 'published' GROUP BY i.id ORDER BY count(*) DESC, i.id LIMIT 1"
    )
    event = one(
        "SELECT e.slug FROM events_event e JOIN events_event_co_hosts c ON c.event_id = e.id "
        "WHERE e.publication_status = 'published' AND e.initiative_id IS NOT NULL "
        "GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1"
    )
    statement = one(
        "SELECT s.slug FROM statements_statement s JOIN statements_paragraph p "
        "ON p.statement_id = s.id WHERE s.publication_status = 'published' "
        "GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1"
    )
    # The economy tied to the most published events, as host or co-host.
    economy = one(
        "SELECT lower(code) FROM (SELECT e.host_id AS code FROM events_event e "
        "WHERE e.publication_status = 'published' UNION ALL SELECT c.economy_id FROM "
        "events_event_co_hosts c JOIN events_event e ON e.id = c.event_id "
        "WHERE e.publication_status = 'published') AS ties WHERE code IS NOT NULL "
        "GROUP BY code ORDER BY count(*) DESC, code LIMIT 1"
    )
    # Words by the number of paragraphs that hold them: the most common one, one
    # in about 2 % of paragraphs, and one in a handful.
    cursor.execute(
        "SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM statements_paragraph') "
        "WHERE length(word) > 3 AND word ~ '^[a-z]+$' ORDER BY ndoc DESC, word"
    )
    words = cursor.fetchall()
    cursor.execute("SELECT count(*) FROM statements_paragraph")
    paragraphs = cursor.fetchone()[0]

    def nearest(share):
        return min(words, key=lambda pair: (abs(pair[1] - share * paragraphs), pair[0]))

    def surface(lexeme, ndoc):
        """A word as the texts spell it whose stem is the lexeme (falls back to the stem)."""
        cursor.execute(
            "SELECT lower(substring(text FROM %s)) FROM statements_paragraph "
            "WHERE search_vector @@ to_tsquery('english', %s) LIMIT 20",
            [r"(?i)\m" + lexeme + r"\w*", lexeme],
        )
        for (word,) in cursor.fetchall():
            cursor.execute("SELECT to_tsvector('english', %s)::text", [word or ""])
            if word and cursor.fetchone()[0].startswith(f"'{lexeme}'"):
                return word, ndoc
        return lexeme, ndoc

    chosen = {
        "rare": surface(*min(words, key=lambda pair: (pair[1], pair[0]))),
        "middling": surface(*nearest(0.02)),
        "common": surface(*words[0]),
    }
    connection.close()
    return {
        "events": events,
        "initiatives": initiatives,
        "initiative": initiative,
        "event": event,
        "statement": statement,
        "economy": economy or "phl",
        "words": chosen,
        "paragraphs": paragraphs,
    }


def targets_for(fixtures, page_size):
    deep_page = max(1, int(fixtures["events"] * 0.8 / page_size))
    initiatives_deep_page = max(1, int(fixtures["initiatives"] * 0.8 / page_size))
    words = fixtures["words"]
    targets = [
        Target("static file", "/static/css/portal.css", html=False),
        Target("/healthz", "/healthz", html=False),
        Target("home", "/"),
        Target(
            "home forged cookie",
            "/",
            forged_cookie=True,
            note="a new made-up sessionid per request (one session lookup, then cached)",
        ),
        Target("events", "/events/"),
        # The same list in another language: within 10 % of the English page (issue 25).
        Target("events (es)", "/es/events/", note="translated interface"),
        Target("events by year+economy", "/events/?year=2019&economy=phl"),
        Target("events deep page", f"/events/?page={deep_page}", note=f"page {deep_page}"),
        Target("events sorted", "/events/?sort=title"),
        Target("initiatives", "/initiatives/"),
        Target(
            "initiatives deep page",
            f"/initiatives/?page={initiatives_deep_page}",
            note=f"page {initiatives_deep_page}",
        ),
        Target("initiative", f"/initiatives/{fixtures['initiative']}/", note="most events"),
        Target("event", f"/events/{fixtures['event']}/", note="most co-hosts"),
        Target("statement", f"/statements/{fixtures['statement']}/"),
        Target("economies", "/economies/"),
        Target("economy", f"/economies/{fixtures['economy']}/", note="most events"),
        Target("co-hosting", "/economies/co-hosting/", note="every pair"),
        Target("co-hosting by years", "/economies/co-hosting/?year_from=2015&year_to=2019"),
    ]
    for label, (word, ndoc) in words.items():
        targets.append(Target(f"search {label}", f"/search/?q={word}", note=f"{ndoc:,} paragraphs"))
    targets.append(Target("events CSV", "/events/?format=csv", html=False, note="every event"))
    targets.append(Target("events JSON export", "/events/?format=json", html=False, note="page 1"))
    targets.append(Target("API events", "/api/v1/events/", html=False, note="page 1"))
    targets.append(
        Target("API events filtered", "/api/v1/events/?year=2019&economy=phl", html=False)
    )
    return targets


def run_in_process(targets, *, database_url, requests):
    """scripts/bench_inprocess.py on the HTML targets, in one subprocess (page cache off)."""
    html = [t for t in targets if t.html]
    if not html or requests <= 0:
        return
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "ERROR",
        "PAGE_CACHE_SECONDS": "0",
    }
    command = [
        str(ROOT / ".venv/bin/python"),
        str(ROOT / "scripts/bench_inprocess.py"),
        "--requests",
        str(requests),
        *[t.path for t in html],
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
    by_path = {t.path: t for t in html}
    for line in output.splitlines():
        if line.startswith("{"):
            figures = json.loads(line)
            by_path[figures["path"]].in_process = figures
            print(
                f"in-process {figures['path']:40} {figures['total_ms']:8.1f} ms "
                f"(SQL {figures['sql_ms']:.1f}, Python {figures['python_ms']:.1f}, "
                f"CPU {figures.get('cpu_ms', 0):.1f}, {figures['queries']} queries)",
                flush=True,
            )


def history_record(targets, meta):
    return {
        "when": meta["when"],
        "dataset": meta["dataset"],
        "machine": meta["machine"],
        "load_average": meta.get("load_average"),
        "targets": [
            {
                "name": t.name,
                "path": t.path,
                "status": t.status,
                "first_ms": t.first_ms,
                **t.results,
                "in_process": t.in_process,
            }
            for t in targets
        ],
    }


def regressions(previous, current):
    """Lines naming the pages that got slower than in `previous` (same dataset only)."""
    if not previous or previous.get("dataset") != current.get("dataset"):
        return []
    before = {t["path"]: t for t in previous["targets"]}
    lines = []
    for target in current["targets"]:
        old = before.get(target["path"])
        if not old:
            continue
        for label, new_value, old_value in (
            (
                "in-process ms",
                target.get("in_process", {}).get("total_ms"),
                old.get("in_process", {}).get("total_ms"),
            ),
            ("one-client p50 ms", target.get("one", {}).get("p50"), old.get("one", {}).get("p50")),
        ):
            if new_value and old_value and new_value > old_value * (1 + REGRESSION_SHARE):
                lines.append(
                    f"- Slower than the previous run ({previous['when']}): {target['name']} "
                    f"{label} {old_value:,.1f} -> {new_value:,.1f}."
                )
        old_queries = old.get("in_process", {}).get("queries")
        new_queries = target.get("in_process", {}).get("queries")
        if old_queries is not None and new_queries is not None and new_queries > old_queries:
            lines.append(
                f"- More queries than the previous run: {target['name']} "
                f"{old_queries} -> {new_queries}."
            )
    return lines


def ratio(value, base):
    return f"{100 * value / base:.1f} %" if value and base else "–"


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


def table(targets, passes, meta):
    load = f"c={meta['connections']}"
    lines = [
        f"# Benchmark {meta['when']}",
        "",
        f"Machine: {meta['machine']}. gunicorn {meta['workers']} sync workers, wrk 1 thread, "
        f"{meta['duration']} s per target and pass. Dataset: {meta['dataset']}.",
        "",
        f"| target | path | status | first ms | 1 client p50 ms | 1 client p99 ms | {load} req/s | "
        f"{load} p50 ms | {load} p99 ms | {load} max ms | vs static | vs /healthz | "
        "cached req/s | cached vs /healthz | in-process ms | SQL ms | Python ms | CPU ms | "
        "queries |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    static = next(
        (t.results.get("load", {}).get("rps") for t in targets if t.name == "static file"), None
    )
    health = next(
        (t.results.get("load", {}).get("rps") for t in targets if t.name == "/healthz"), None
    )
    cached_health = next(
        (t.results.get("cached", {}).get("rps") for t in targets if t.name == "/healthz"), None
    )
    for target in targets:
        one = target.results.get("one", {})
        load_figures = target.results.get("load", {})
        cached = target.results.get("cached", {})
        inner = target.in_process
        errors = load_figures.get("non2xx", 0) + load_figures.get("errors", 0)
        status = str(target.status) + (f" ({errors} bad)" if errors else "")
        name = target.name + (f" ({target.note})" if target.note else "")
        lines.append(
            f"| {name} | `{target.path}` | {status} | {fmt(target.first_ms)} | {fmt(one.get('p50'))} | {fmt(one.get('p99'))} | "
            f"{fmt(load_figures.get('rps'), 0)} | {fmt(load_figures.get('p50'))} | "
            f"{fmt(load_figures.get('p99'))} | {fmt(load_figures.get('max'))} | "
            f"{ratio(load_figures.get('rps'), static)} | {ratio(load_figures.get('rps'), health)} | "
            f"{fmt(cached.get('rps'), 0)} | {ratio(cached.get('rps'), cached_health or health)} | "
            f"{fmt(inner.get('total_ms'))} | {fmt(inner.get('sql_ms'))} | "
            f"{fmt(inner.get('python_ms'))} | {fmt(inner.get('cpu_ms'))} | "
            f"{fmt(inner.get('queries'), 0)} |"
        )
    lines += ["", *meta["notes"]]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--dataset", default="", help="Description for the table's header.")
    parser.add_argument("--duration", type=int, default=10, help="Seconds per target and pass.")
    parser.add_argument("--connections", type=int, default=8, help="Concurrent clients under load.")
    parser.add_argument(
        "--workers",
        type=int,
        default=2 * (os.cpu_count() or 1) + 1,
        help="gunicorn workers (default: 2 per core plus one, as in production).",
    )
    parser.add_argument("--page-size", type=int, default=20)
    parser.add_argument(
        "--only", default="", help="Comma-separated target names to run (plus the two baselines)."
    )
    parser.add_argument("--output", default=str(ROOT / "benchmark-results"))
    parser.add_argument(
        "--in-process-requests",
        type=int,
        default=20,
        help="Timed in-process requests per HTML page (0 skips the in-process pass).",
    )
    args = parser.parse_args()

    fixtures = pick_fixtures(args.database_url)
    targets = targets_for(fixtures, args.page_size)
    if args.only:
        wanted = {name.strip() for name in args.only.split(",")} | {"static file", "/healthz"}
        targets = [t for t in targets if t.name in wanted]
    out_dir = Path(args.output)
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    log_path = out_dir / f"gunicorn-{stamp}.log"
    notes = []

    passes = [("one", False, 1), ("load", False, args.connections)]
    cache_supported = "PAGE_CACHE_SECONDS" in (ROOT / "apec_portal/settings.py").read_text()
    if cache_supported:
        passes.append(("cached", True, args.connections))
    else:
        notes.append("The portal has no page cache yet (PAGE_CACHE_SECONDS): no cached pass.")

    for pass_name, cache_on, connections in passes:
        server = Server(
            database_url=args.database_url,
            workers=args.workers,
            page_cache=300 if cache_on else 0,
            log_path=log_path,
        )
        try:
            for target in targets:
                if pass_name != "load" and not target.html and target.name not in ("/healthz",):
                    continue
                if pass_name == "one" and target.name == "/healthz":
                    continue
                first = probe(server, target)
                if pass_name == "one":
                    target.first_ms = first
                csv = target.name == "events CSV"
                sampler = RssSampler(server) if csv else None
                if sampler:
                    baseline = max((rss_kib(pid) for pid in server.workers()), default=0)
                    sampler.start()
                figures = run_wrk(
                    server,
                    target,
                    connections=1 if csv else connections,
                    duration=max(args.duration, 20) if csv else args.duration,
                    timeout=60 if csv else 10,
                )
                if sampler:
                    sampler.running = False
                    sampler.join()
                    notes.append(
                        f"CSV export: {target.size:,} bytes per response ({target.status}); "
                        f"largest gunicorn worker {baseline / 1024:.0f} MiB before, "
                        f"{sampler.peak / 1024:.0f} MiB at most while streaming "
                        f"({figures.get('requests', 0)} responses, one client)."
                    )
                target.results[pass_name] = figures
                print(
                    f"{pass_name:6} c={1 if csv else connections:<3} {target.name:28} "
                    f"{target.status} {fmt(figures['rps'], 0):>7} req/s  p50 {fmt(figures['p50'])} ms  "
                    f"p99 {fmt(figures['p99'])} ms",
                    flush=True,
                )
        finally:
            server.stop()

    run_in_process(targets, database_url=args.database_url, requests=args.in_process_requests)

    words = ", ".join(
        f"{k} '{w}' ({n:,} of {fixtures['paragraphs']:,} paragraphs)"
        for k, (w, n) in fixtures["words"].items()
    )
    notes.append(f"Search words: {words}.")
    meta = {
        "when": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} cores, {os.uname().machine}, {os.uname().release}",
        "workers": args.workers,
        "duration": args.duration,
        "connections": args.connections,
        "dataset": args.dataset or args.database_url,
        "notes": notes,
        "load_average": " ".join(f"{value:.2f}" for value in os.getloadavg()),
    }
    notes.append(
        f"Load average at the end of the run: {meta['load_average']}. In-process figures are "
        "medians of scripts/bench_inprocess.py (page cache off); SQL ms is the time inside "
        "the database driver, Python ms the rest of the request, CPU ms the process's own CPU "
        "time (what the machine's other work inflates least)."
    )
    history_dir = out_dir / "history"
    history_dir.mkdir(exist_ok=True)
    earlier = sorted(history_dir.glob("*.json"))
    previous = json.loads(earlier[-1].read_text()) if earlier else None
    record = history_record(targets, meta)
    notes.extend(regressions(previous, record) or ["- No page slower than the previous run."])
    (history_dir / f"{stamp}.json").write_text(json.dumps(record, indent=2))
    text = table(targets, passes, meta)
    (out_dir / f"bench-{stamp}.md").write_text(text)
    (out_dir / "latest.md").write_text(text)
    (out_dir / f"bench-{stamp}.json").write_text(
        json.dumps(
            [{"name": t.name, "path": t.path, "status": t.status, **t.results} for t in targets],
            indent=2,
        )
    )
    print()
    print(text)
    print(f"Written to {out_dir / 'latest.md'}")


if __name__ == "__main__":
    main()
