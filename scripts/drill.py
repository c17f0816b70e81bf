"""Load and failure drill for the portal (run through scripts/drill).

1. collectstatic into a temporary directory, then start gunicorn on 127.0.0.1
   with production settings (DEBUG off, whitenoise, manifest storage), as if
   behind a TLS proxy (TRUST_X_FORWARDED_PROTO=1, X-Forwarded-Proto: https).
2. Find the public pages that answer 200 (lists, filters, exports, details).
3. Drive a bounded mixed load on them from a few client threads for a fixed
   time, and restart PostgreSQL in the middle.
4. Report requests served, answers by status (before, during and after the
   restart), how long the pages took to answer 200 again, and whether every
   page answers 200 in a final sweep. Exit 1 if not, or on any 500.

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


def get(port, path, timeout=10):
    """GET a page as a TLS proxy would forward it; answer its status or an error name."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        body = response.read()
        return response.status, body
    except (OSError, http.client.HTTPException) as error:
        return f"error:{type(error).__name__}", b""
    finally:
        connection.close()


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
        if get(port, "/healthz", timeout=2)[0] == 200:
            return process
        if process.poll() is not None:
            break
        time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"gunicorn did not come up; see {log_path}")


def discover_pages(port):
    """The fixed pages plus two detail pages of each kind, kept if they answer 200."""
    pages, skipped = [], []
    candidates = list(FIXED_PAGES)
    for listing in ("/initiatives/", "/events/", "/statements/"):
        status, body = get(port, listing)
        if status == 200:
            links = sorted(set(DETAIL_LINK.findall(body.decode())))
            candidates += [link for link in links if link.startswith(listing)][:2]
    for path in candidates:
        (pages if get(port, path)[0] == 200 else skipped).append(path)
    return pages, skipped


class Load:
    """Client threads that GET random pages until told to stop, recording every answer."""

    def __init__(self, port, pages, clients):
        self.port, self.pages = port, pages
        self.records = []  # (finished at, path, status)
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [
            threading.Thread(target=self._run, args=(random.Random(n),)) for n in range(clients)
        ]

    def _run(self, rng):
        while not self.stopping.is_set():
            path = rng.choice(self.pages)
            status, _ = get(self.port, path)
            with self.lock:
                self.records.append((time.monotonic(), path, status))

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join()


def count(records):
    return dict(sorted(collections.Counter(str(status) for _, _, status in records).items()))


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
    args = parser.parse_args()

    database_url = os.environ.get("DATABASE_URL", "postgres:///apec_portal")
    restart_command = None if args.no_restart else default_restart_command()
    workdir = Path(tempfile.mkdtemp(prefix="apec-drill-"))
    log_path = workdir / "gunicorn.log"
    env = production_env(workdir / "static", database_url)

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
        sweep = {path: get(args.port, path)[0] for path in pages}
    finally:
        portal.send_signal(signal.SIGTERM)
        portal.wait(timeout=30)
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
        for finished, path, status in after:
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
    every_page_ok = all(status == 200 for status in sweep.values())
    no_500 = not any(status == 500 for _, _, status in records)
    report["every_page_200_again"] = every_page_ok
    report["any_500"] = not no_500
    log_text = log_path.read_text()
    report["database_unavailable_log_lines"] = log_text.count('"event": "database_unavailable"')
    report["gunicorn_log"] = str(log_path)

    print(json.dumps(report, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    return 0 if every_page_ok and no_500 else 1


if __name__ == "__main__":
    sys.exit(main())
