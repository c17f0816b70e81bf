"""Load and failure drill for the portal (run through scripts/drill).

1. collectstatic into a temporary directory, then start gunicorn on 127.0.0.1
   with production settings (DEBUG off, whitenoise, manifest storage), as if
   behind a TLS proxy (TRUST_X_FORWARDED_PROTO=1, X-Forwarded-Proto: https).
2. Find the public pages that answer 200 (lists, filters, exports, details).
3. Drive a bounded mixed load on them from a few client threads for a fixed
   time, and restart PostgreSQL in the middle.
4. Report requests served, answers by status (before, during and after the
   restart), how long the pages took to answer 200 again, and whether every
   page answers 200 in a final sweep.
5. Judge (`judge`): exit 1 if any answer was cut short (a body shorter than its
   Content-Length, a chunked body without its last chunk, a connection dropped
   mid-body), if any request got no answer at all, if any 5xx other than the
   outage's 503 appeared (a 503 counts as the outage's only once the restart
   has begun), or if a page does not answer 200 in the final sweep.

With `--cache-fault read-only` the query cache and the export directory are a
read-only directory (a read-only bind mount when run as root, else a directory
without write permission); with `--cache-fault redis-down` REDIS_URL points at a
port where nothing listens. Pages must answer exactly as without the fault (any
500 or cut body fails the drill) and /healthz must say the cache is "degraded".
An export answered 503 with Retry-After (being built for another client) is asked
again after that many seconds, as a client should; only its last answer counts.

Only loopback addresses are used. Stdlib only, so it runs from any Python.
"""

import argparse
import collections
import http.client
import json
import os
import random
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
FIXED_PAGES = [
    "/",
    "/initiatives/",
    "/initiatives/?format=json",
    "/initiatives/?format=csv",
    "/events/",
    "/events/?year=2019",
    "/events/?economy=twn",
    "/events/?format=ics",
    "/statements/",
    "/economies/",
    "/economies/phl/",
    "/search/?q=innovation",
    "/healthz",
]
DETAIL_LINK = re.compile(r'href="(/(?:initiatives|events|statements)/[a-z0-9-]+/)"')


class Answer(
    collections.namedtuple("Answer", "status body complete retry_after", defaults=(None,))
):
    """`status` is the HTTP status, or "error:<name>" when no status line arrived;
    `complete` is False when the body was cut short; `retry_after` is the Retry-After
    header of a 503 (None otherwise)."""


def get(port, path, timeout=10):
    """GET a page as a TLS proxy would forward it, and read its whole body."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        return Answer(f"error:{type(error).__name__}", b"", False)
    try:
        # http.client raises IncompleteRead when a body ends before its Content-Length
        # or a chunked body ends without its terminating zero-length chunk.
        body = response.read()
    except (OSError, http.client.HTTPException):
        return Answer(response.status, b"", False)
    finally:
        connection.close()
    length = response.getheader("Content-Length")
    complete = length is None or not length.isdigit() or int(length) == len(body)
    retry_after = response.getheader("Retry-After") if response.status == 503 else None
    return Answer(response.status, body, complete, retry_after)


BUSY_EXPORT = b"This file is being prepared"


def get_patiently(port, path, timeout=10, tries=20):
    """`get`, asking again after Retry-After while an export is being built elsewhere
    (a 503 saying so); an outage's 503 is returned as it is."""
    for _ in range(tries):
        answer = get(port, path, timeout=timeout)
        if not (answer.status == 503 and answer.body.startswith(BUSY_EXPORT)):
            return answer
        time.sleep(min(float(answer.retry_after or 1), 10))
    return answer


def judge(records, sweep, restart_began=None):
    """The reasons the drill failed (empty if it passed).

    `records` are (finished at, path, status, complete) for every request of the
    load; `sweep` maps each page to its final status; `restart_began` is when the
    PostgreSQL restart began (None without one). Before it, even a 503 is a failure.
    """
    problems = []
    truncated = [
        (path, status) for _, path, status, complete in records if answered(status) and not complete
    ]
    if truncated:
        problems.append(f"{len(truncated)} answers cut short, e.g. {truncated[:3]}")
    unanswered = [(path, status) for _, path, status, _ in records if not answered(status)]
    if unanswered:
        problems.append(f"{len(unanswered)} requests got no answer, e.g. {unanswered[:3]}")
    server_errors = [
        (path, status)
        for finished, path, status, _ in records
        if answered(status)
        and status >= 500
        and not (status == 503 and restart_began is not None and finished >= restart_began)
    ]
    if server_errors:
        problems.append(
            f"{len(server_errors)} server errors other than the outage's 503, "
            f"e.g. {server_errors[:3]}"
        )
    not_back = {path: status for path, status in sweep.items() if status != 200}
    if not_back:
        problems.append(f"pages not answering 200 in the final sweep: {not_back}")
    return problems


def sweep_status(answer):
    """An answer's status for the final sweep; a cut-short 200 is not a 200."""
    return answer.status if answer.complete else f"{answer.status} (cut short)"


def answered(status):
    """Whether a status line arrived at all."""
    return isinstance(status, int)


def default_restart_command():
    clusters = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True, check=True)
    version, name = clusters.stdout.split()[:2]
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, name, "restart"]


def production_env(static_root, database_url):
    env = {key: value for key, value in os.environ.items() if key != "DEBUG"}
    env.update(
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        TRUST_X_FORWARDED_PROTO="1",
        STATIC_ROOT=str(static_root),
        DATABASE_URL=database_url,
        LOG_LEVEL="WARNING",
    )
    return env


def start_portal(env, port, workers, log_path):
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )
    log = open(log_path, "w")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "apec_portal.wsgi",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    for _ in range(100):
        if get(port, "/healthz", timeout=2).status == 200:
            return process
        if process.poll() is not None:
            break
        time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"gunicorn did not come up; see {log_path}")


def unused_port():
    """A loopback port nothing listens on (just released by the kernel)."""
    import socket

    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def read_only_directory(path):
    """Make `path` a directory nobody can write in (a read-only bind mount as root, whom
    permissions do not stop); returns the function that undoes it."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        path.chmod(0o555)
        return lambda: path.chmod(0o755)
    subprocess.run(["mount", "--bind", str(path), str(path)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], check=True)
    return lambda: subprocess.run(["umount", str(path)], check=False)


def discover_pages(port):
    """The fixed pages plus two detail pages of each kind, kept if they answer 200."""
    pages, skipped = [], []
    candidates = list(FIXED_PAGES)
    for listing in ("/initiatives/", "/events/", "/statements/"):
        answer = get(port, listing)
        if answer.status == 200:
            links = sorted(set(DETAIL_LINK.findall(answer.body.decode())))
            candidates += [link for link in links if link.startswith(listing)][:2]
    for path in candidates:
        (pages if get_patiently(port, path).status == 200 else skipped).append(path)
    return pages, skipped


class Load:
    """Client threads that GET random pages until told to stop, recording every answer."""

    def __init__(self, port, pages, clients):
        self.port, self.pages = port, pages
        self.records = []  # (finished at, path, status, complete)
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [
            threading.Thread(target=self._run, args=(random.Random(n),)) for n in range(clients)
        ]

    def _run(self, rng):
        while not self.stopping.is_set():
            path = rng.choice(self.pages)
            answer = get_patiently(self.port, path)
            with self.lock:
                self.records.append((time.monotonic(), path, answer.status, answer.complete))

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join()


def count(records):
    return dict(sorted(collections.Counter(str(record[2]) for record in records).items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=30, help="seconds of load (30)")
    parser.add_argument(
        "--restart-at", type=float, default=10, help="seconds into the load to restart (10)"
    )
    parser.add_argument("--clients", type=int, default=4, help="client threads (4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (8765)")
    parser.add_argument(
        "--no-restart", action="store_true", help="drive the load without restarting PostgreSQL"
    )
    parser.add_argument("--json", help="also write the report as JSON to this file")
    parser.add_argument(
        "--cache-fault",
        choices=["read-only", "redis-down"],
        help="break the caches for the whole run: a read-only cache and export directory, "
        "or REDIS_URL at a port where nothing listens",
    )
    args = parser.parse_args()

    database_url = os.environ.get("DATABASE_URL", "postgres:///apec_portal")
    restart_command = None if args.no_restart else default_restart_command()
    workdir = Path(tempfile.mkdtemp(prefix="apec-drill-"))
    log_path = workdir / "gunicorn.log"
    env = production_env(workdir / "static", database_url)
    unmount = None
    if args.cache_fault == "read-only":
        unmount = read_only_directory(workdir / "read-only")
        env["QUERY_CACHE_DIR"] = env["EXPORT_CACHE_DIR"] = str(workdir / "read-only")
    elif args.cache_fault == "redis-down":
        env["REDIS_URL"] = f"redis://{HOST}:{unused_port()}/0"

    print(f"==> Starting gunicorn ({args.workers} workers) on http://{HOST}:{args.port}/")
    portal = start_portal(env, args.port, args.workers, log_path)
    try:
        pages, skipped = discover_pages(args.port)
        print(f"==> {len(pages)} pages answer 200; not answering 200, left out: {skipped}")
        load = Load(args.port, pages, args.clients)
        started = time.monotonic()
        load.start()
        restart = None
        if restart_command:
            time.sleep(args.restart_at)
            print(f"==> Restarting PostgreSQL: {' '.join(restart_command)}")
            restart_began = time.monotonic()
            subprocess.run(restart_command, check=True)
            restart = (restart_began, time.monotonic())
        time.sleep(max(0.0, started + args.duration - time.monotonic()))
        load.stop()
        ended = time.monotonic()
        sweep = {path: sweep_status(get_patiently(args.port, path)) for path in pages}
        health = get(args.port, "/healthz")
    finally:
        portal.send_signal(signal.SIGTERM)
        portal.wait(timeout=30)
        if unmount:
            unmount()
        shutil.rmtree(workdir / "static", ignore_errors=True)

    records = load.records
    report = {
        "database": database_url,
        "gunicorn_workers": args.workers,
        "client_threads": args.clients,
        "seconds": round(ended - started, 1),
        "pages": len(pages),
        "requests": len(records),
        "requests_per_second": round(len(records) / (ended - started), 1),
        "status_counts": count(records),
    }
    if restart:
        began, done = restart
        report["restart_seconds"] = round(done - began, 2)
        report["status_before_restart"] = count([r for r in records if r[0] < began])
        report["status_during_restart"] = count([r for r in records if began <= r[0] <= done])
        after = [r for r in records if r[0] > done]
        report["status_after_restart"] = count(after)
        first_ok = {}
        for finished, path, status, _ in after:
            if status == 200 and path not in first_ok:
                first_ok[path] = finished - done
        report["pages_answering_200_after_restart"] = f"{len(first_ok)}/{len(pages)}"
        if first_ok:
            report["slowest_page_back_seconds"] = round(max(first_ok.values()), 2)
        failures_after = [r for r in after if r[2] != 200]
        if failures_after:
            report["last_non_200_after_restart_seconds"] = round(
                max(r[0] for r in failures_after) - done, 2
            )
    report["final_sweep"] = sweep
    problems = judge(records, sweep, restart[0] if restart else None)
    report["cache_fault"] = args.cache_fault
    try:
        report["healthz"] = json.loads(health.body)
    except ValueError:
        report["healthz"] = health.body.decode(errors="replace")
    if args.cache_fault and (
        health.status != 200
        or not isinstance(report["healthz"], dict)
        or report["healthz"].get("cache") != "degraded"
    ):
        problems.append(
            f"/healthz does not report the broken cache: {health.status} {report['healthz']}"
        )
    report["every_page_200_again"] = all(status == 200 for status in sweep.values())
    report["answers_cut_short"] = sum(
        1 for _, _, status, complete in records if answered(status) and not complete
    )
    report["problems"] = problems
    log_text = log_path.read_text()
    report["database_unavailable_log_lines"] = log_text.count('"event": "database_unavailable"')
    report["cache_unavailable_log_lines"] = log_text.count('"event": "cache_unavailable"')
    report["gunicorn_log"] = str(log_path)

    print(json.dumps(report, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
