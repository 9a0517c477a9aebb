"""Benchmark: drain a backlog of referrals from a real Dovecot through the whole pipeline.

Prints, in one run and on the same messages:
- a bare imapclient fetch and a bare extraction (one process, one after the other) of
  the backlog, and the whole pipeline (`frontdoor run --once`) with its ratio to their
  serial sum;
- the worker's peak memory, alone and with its reader processes; with `--scale N`, the
  same for a second backlog of N messages, and the ratio of the two peaks;
- the arrival-to-routed latency with IDLE (median and 95th percentile), beside a bare
  IDLE client's wait for the server's notice of the same APPEND (Dovecot 2.3 holds every
  notice 0.5 s: `NOTIFY_DELAY_MSECS` in its mailbox-watch.c), and the worker's own part:
  from the notice to the decision committed.
Not a test: figures only.

    .venv/bin/python -m bench.imap_drain [--messages 2000] [--latency 50] [--scale 10000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from parsers.files import extract_mail
from parsers.mail.mime import parse_mail
from tests.integration.dovecot import PASSWORD, Dovecot, append, start_dovecot, stop_dovecot
from tests.integration.test_worker_on_imap import referral
from tests.integration.worker_world import WorkerWorld, make_world, stop

MAILBOXES = ("dudley_central", "halesowen", "stourbridge")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--latency", type=int, default=50, help="messages for IDLE latency")
    parser.add_argument("--scale", type=int, default=0,
                        help="also drain a backlog of this many and compare peak memory")
    args = parser.parse_args()
    server = start_dovecot()
    try:
        peak = _throughput(server, args.messages)
        if args.latency:
            _in_world(server, lambda world: _latency(world, args.latency))
        if args.scale:
            _in_world(server, lambda world: _scale(world, args.scale, args.messages, peak))
    finally:
        stop_dovecot(server)


def _in_world(server: Dovecot, run: Callable[[WorkerWorld], None]) -> None:
    """Runs `run` in a fresh world: the mailboxes emptied, a new store and configuration."""
    with tempfile.TemporaryDirectory() as tmp:
        world, controller = make_world(Path(tmp), server)
        try:
            run(world)
        finally:
            controller.stop()  # type: ignore[attr-defined]


def _throughput(server: Dovecot, count: int) -> float:
    """Prints the drain's figures; returns the worker's and readers' peak memory (MB)."""
    peak = [0.0]

    def run(world: WorkerWorld) -> None:
        raws = _backlog(world, count)
        fetch_s = _bare_fetch(world)
        _line("bare imapclient fetch", f"{fetch_s:8.1f} s   {count / fetch_s:8.1f} msg/s")
        extract_s = _bare_extraction(raws)
        _line("bare extraction", f"{extract_s:8.1f} s   {count / extract_s:8.1f} msg/s")
        drain_s, worker_mb, peak[0] = _drain(world)
        _line("whole pipeline (run --once)", f"{drain_s:8.1f} s   {count / drain_s:8.1f} msg/s")
        _line("pipeline / (fetch+extraction)", f"{drain_s / (fetch_s + extract_s):8.2f} x")
        _line("worker peak memory (RSS)", f"{worker_mb:8.0f} MB")
        _line("worker + readers peak (RSS)", f"{peak[0]:8.0f} MB   ({count} messages)")

    _in_world(server, run)
    return peak[0]


def _scale(world: WorkerWorld, count: int, base_count: int, base_peak: float) -> None:
    _backlog(world, count)
    drain_s, worker_mb, peak = _drain(world)
    _line(f"whole pipeline, {count}", f"{drain_s:8.1f} s   {count / drain_s:8.1f} msg/s")
    _line(f"worker peak memory, {count}", f"{worker_mb:8.0f} MB")
    _line(f"worker + readers peak, {count}", f"{peak:8.0f} MB")
    _line(f"peak {count} / peak {base_count}", f"{peak / base_peak:8.2f} x")


def _line(label: str, figure: str) -> None:
    print(f"{label:34}{figure}", flush=True)


def _backlog(world: WorkerWorld, count: int) -> list[bytes]:
    """`count` distinct referrals (20 forms, each mail's subject its own), appended over
    one connection per mailbox."""
    started = time.perf_counter()
    forms = [referral(n) for n in range(20)]
    raws = [forms[n % 20].replace(b"Subject: Early Help referral",
                                  f"Subject: Referral {n} -".encode(), 1) for n in range(count)]
    clients = {user: world.server.client(user, PASSWORD) for user in MAILBOXES}
    try:
        for n, raw in enumerate(raws):
            clients[MAILBOXES[n % len(MAILBOXES)]].append("INBOX", raw)
    finally:
        for client in clients.values():
            client.logout()
    print(f"backlog of {count} appended in {time.perf_counter() - started:.1f} s", flush=True)
    return raws


def _bare_fetch(world: WorkerWorld) -> float:
    started = time.perf_counter()
    for user in MAILBOXES:
        client = world.server.client(user, PASSWORD)
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        for at in range(0, len(uids), 50):
            client.fetch(uids[at:at + 50], ["BODY.PEEK[]"])
        client.logout()
    return time.perf_counter() - started


def _bare_extraction(raws: list[bytes]) -> float:
    started = time.perf_counter()
    for raw in raws:
        extract_mail(parse_mail(raw))
    return time.perf_counter() - started


def _drain(world: WorkerWorld) -> tuple[float, float, float]:
    """`frontdoor run --once` in its own process: wall time, its peak RSS in MB, and the
    peak RSS of the worker and its reader processes together (sampled every 0.1 s)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "inbox_worker", "run", "--once",
                                "--config", str(world.config)],
                               env={**os.environ, "FRONTDOOR_IMAP_PASSWORD": PASSWORD},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tree_peak = [0.0]
    sampler = threading.Thread(target=_sample_tree, args=(process.pid, tree_peak), daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    sampler.join()
    if status != 0:
        raise SystemExit(f"worker exited with status {status}")
    return elapsed, usage.ru_maxrss / 1024, tree_peak[0]


def _sample_tree(root: int, peak: list[float]) -> None:
    """Largest sum of resident memory (MB) over `root` and its descendants, until it exits."""
    while Path(f"/proc/{root}").exists():
        peak[0] = max(peak[0], sum(_rss_mb(pid) for pid in _descendants(root)))
        time.sleep(0.1)


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, grew = {root}, True
    while grew:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= found
        grew = bool(found)
    return sorted(tree)


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _latency(world: WorkerWorld, count: int) -> None:
    """Appends one referral at a time to a mailbox the worker waits on with IDLE, while a
    bare client IDLEs on the same mailbox; prints the latencies."""
    worker = world.start()
    watcher = world.server.client("halesowen", PASSWORD)
    try:
        watcher.select_folder("INBOX", readonly=True)
        store = sqlite3.connect(world.root / "frontdoor.db", timeout=30)
        wait_for(lambda: _decided(store) >= 0, 60)  # the store made
        time.sleep(3)  # let the watchers reach IDLE
        timings = [_one_arrival(world, watcher, store, n) for n in range(count)]
    finally:
        watcher.logout()
        stop(worker)
    _print_latency(timings)


def _one_arrival(world: WorkerWorld, watcher: object, store: sqlite3.Connection,
                 n: int) -> tuple[float, float, float]:
    """(server's notice to a bare IDLE client, arrival to decided, notice to decided)."""
    before = _decided(store)
    watcher.idle()  # type: ignore[attr-defined]
    time.sleep(0.05)
    sent = time.perf_counter()
    append(world.server, "halesowen", referral(n % 1000, "B63 3BL"))
    watcher.idle_check(timeout=10)  # type: ignore[attr-defined]
    noticed = time.perf_counter()
    watcher.idle_done()  # type: ignore[attr-defined]
    if not wait_for(lambda: _decided(store) > before, 60):
        raise SystemExit("a message was not decided within 60 s")
    decided = time.perf_counter()
    time.sleep(0.2)  # the worker files it and waits again
    return noticed - sent, decided - sent, decided - noticed


def _decided(store: sqlite3.Connection) -> int:
    """Messages decided (cases, queue items, ignored); -1 before the store is made."""
    try:
        row = store.execute("SELECT count(*) FROM messages WHERE state != 'RECEIVED'"
                            ).fetchone()
    except sqlite3.OperationalError:
        return -1
    return int(row[0])


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return False


def _print_latency(timings: list[tuple[float, float, float]]) -> None:
    for label, figures in zip(("IDLE notice to a bare client", "IDLE arrival-to-routed",
                               "  of which the worker's part"), zip(*timings, strict=True),
                              strict=True):
        _line(label, f"median {statistics.median(figures):.2f} s, p95 {_p95(figures):.2f} s "
                     f"over {len(figures)} messages")


def _p95(figures: tuple[float, ...]) -> float:
    return statistics.quantiles(figures, n=20)[-1] if len(figures) > 1 else figures[0]


if __name__ == "__main__":
    main()
