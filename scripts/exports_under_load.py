"""Full exports while people browse: gunicorn with production settings, measured.

1. collectstatic and start gunicorn on 127.0.0.1 with production settings, as
   scripts/drill does (its functions), with an empty export directory.
2. Round "cold": eight full exports at once (3 events CSV, 3 events iCalendar,
   2 datasets; the first of each builds the file, the others wait for it) while
   one reader walks the public pages (lists, filters, details, search) in turn.
   Full-export builds are bounded (EXPORT_BUILDS_AT_ONCE, core/export_files.py): a
   download answered 503 with Retry-After is asked again after that many seconds, as
   a client should, and the retries are counted.
3. Round "built": the same eight again, the files now built.
4. Report each download (status, whole or cut, bytes, seconds), each page
   (status, seconds), and the workers' peak memory (VmHWM).

Exit 1 when a download is not a whole 200. Times are printed, never judged:
run it on the 100,000-event synthetic database (docs/performance.md, "At scale").

    DATABASE_URL=postgres:///apec_portal .venv/bin/python scripts/exports_under_load.py
"""

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import drill  # scripts/drill.py, beside this file

EXPORTS = [
    "/events/?format=csv",
    "/events/?format=ics",
    "/data/dataset.json",
    "/events/?format=csv",
    "/events/?format=ics",
    "/data/dataset.json",
    "/events/?format=csv",
    "/events/?format=ics",
]


def timed_get(port, path, timeout):
    started = time.monotonic()
    answer = drill.get(port, path, timeout=timeout)
    return answer, time.monotonic() - started


def timed_download(port, path, timeout):
    """(answer, seconds, 503s met): asked again after Retry-After while it is being built."""
    started = time.monotonic()
    busy = 0
    while True:
        answer = drill.get(port, path, timeout=timeout)
        if not (answer.status == 503 and answer.body.startswith(drill.BUSY_EXPORT)):
            return answer, time.monotonic() - started, busy
        busy += 1
        time.sleep(float(answer.retry_after or 1))


def worker_pids(master):
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                children.append(int(entry.name))
    return children


def peak_memory_mib(pids):
    """Each process's peak resident memory (VmHWM), in MiB."""
    peaks = {}
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks[pid] = int(line.split()[1]) / 1024
        except OSError:
            pass
    return peaks


def discover_pages(port, timeout):
    """drill's pages without its exports (the rounds ask for those), plus two detail pages
    of each kind; only those answering 200."""
    candidates = [page for page in drill.FIXED_PAGES if "format=" not in page]
    for listing in ("/initiatives/", "/events/", "/statements/"):
        answer = drill.get(port, listing, timeout=timeout)
        if answer.status == 200:
            links = sorted(set(drill.DETAIL_LINK.findall(answer.body.decode())))
            candidates += [link for link in links if link.startswith(listing)][:2]
    return [page for page in candidates if drill.get(port, page, timeout=timeout).status == 200]


def report_memory(portal, when):
    peaks = peak_memory_mib(worker_pids(portal.pid))
    listed = ", ".join(f"{peak:.0f}" for peak in sorted(peaks.values()))
    print(f"\nworkers' peak memory (VmHWM) {when}: {listed} MiB")


def run_round(name, port, pages, timeout):
    downloads = [None] * len(EXPORTS)
    browsing = []
    done = threading.Event()

    def download(index, path):
        downloads[index] = (path, *timed_download(port, path, timeout))

    def browse():
        while not done.is_set():
            for path in pages:
                answer, seconds = timed_get(port, path, timeout)
                browsing.append((path, answer.status, seconds))
                if done.is_set():
                    break

    threads = [
        threading.Thread(target=download, args=(index, path)) for index, path in enumerate(EXPORTS)
    ]
    reader = threading.Thread(target=browse)
    started = time.monotonic()
    for thread in threads:
        thread.start()
    reader.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    done.set()
    reader.join()

    print(f"\n== {name}: {len(EXPORTS)} full exports at once, all done in {elapsed:.1f} s")
    failed = False
    for path, answer, seconds, busy in downloads:
        whole = answer.status == 200 and answer.complete
        failed |= not whole
        print(
            f"  {path:26} {answer.status} {'whole' if answer.complete else 'CUT'} "
            f"{len(answer.body):>12,} bytes {seconds:6.1f} s, 503 Retry-After x{busy}"
        )
    times = sorted(seconds for _, _, seconds in browsing)
    if times:
        print(
            f"  browsing meanwhile: {len(times)} pages, median {times[len(times) // 2]:.2f} s, "
            f"max {times[-1]:.2f} s, over 1 s: {sum(1 for t in times if t > 1)}"
        )
        for path, status, seconds in browsing:
            if seconds > 1 or status != 200:
                print(f"    {path:40} {status} {seconds:.2f} s")
    return failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=5, help="gunicorn workers (5)")
    parser.add_argument("--port", type=int, default=8766, help="port on 127.0.0.1 (8766)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per request (300)")
    parser.add_argument(
        "--warm", action="store_true", help="visit every page once before the rounds"
    )
    options = parser.parse_args()

    database_url = os.environ.get("DATABASE_URL", "postgres:///apec_portal")
    with tempfile.TemporaryDirectory(prefix="exports-under-load-") as scratch:
        env = drill.production_env(Path(scratch) / "static", database_url)
        env["EXPORT_CACHE_DIR"] = str(Path(scratch) / "exports")
        log_path = Path(scratch) / "gunicorn.log"
        portal = drill.start_portal(env, options.port, options.workers, log_path)
        try:
            pages = discover_pages(options.port, options.timeout)
            if options.warm:
                for page in pages:
                    drill.get(options.port, page, timeout=options.timeout)
            print(f"gunicorn: {options.workers} gthread workers; pages read: {len(pages)}")
            report_memory(portal, "after reading every page once")
            failed = run_round("cold (files not built)", options.port, pages, options.timeout)
            report_memory(portal, "after the cold round")
            failed |= run_round("built", options.port, pages, options.timeout)
            report_memory(portal, "at the end")
        finally:
            portal.terminate()
            portal.wait(timeout=30)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
