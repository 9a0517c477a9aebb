"""Benchmark: drain a backlog of referrals from a real Dovecot through the whole pipeline.

Prints, in one run and on the same messages:
- a bare imapclient fetch and a bare extraction (one process, one after the other) of
  the backlog, and the whole pipeline (`frontdoor run --once`) with its ratio to their
  serial sum (the extraction timed before and after the pipeline, and the mean taken: on
  a shared machine the load drifts);
- the worker's peak memory, alone and with its reader processes; with `--scale N`, the
  same for a second backlog of N messages, and the ratio of the two peaks;
- the arrival-to-routed latency with IDLE (median and 95th percentile), beside a bare
  IDLE client's wait for the server's notice of the same APPEND (Dovecot 2.3 holds every
  notice 0.5 s: `NOTIFY_DELAY_MSECS` in its mailbox-watch.c), and the worker's own part:
  from the notice to the decision committed;
- the processor seconds of the worker and of its readers beside the bare extraction's
  (steadier than wall time when other work shares the machine).
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
        before_s = _bare_extraction(raws)
        _line("bare extraction", f"{before_s:8.1f} s   {count / before_s:8.1f} msg/s")
        drain_s, worker_mb, peak[0] = _drain(world)
        _line("whole pipeline (run --once)", f"{drain_s:8.1f} s   {count / drain_s:8.1f} msg/s")
        after_s = _bare_extraction(raws)  # again: a shared machine's load drifts
        _line("bare extraction, again", f"{after_s:8.1f} s   {count / after_s:8.1f} msg/s")
        serial_s = fetch_s + (before_s + after_s) / 2
        _line("pipeline / (fetch+extraction)", f"{drain_s / serial_s:8.2f} x")
        _line("processor: worker, readers", f"{_CPU['worker']:8.1f} s + {_CPU['readers']:.1f} s"
              f"   ({1000 * _CPU['worker'] / count:.1f} + "
              f"{1000 * _CPU['readers'] / count:.1f} ms a message)")
        _line("processor: bare extraction", f"{_CPU['bare extraction']:8.1f} s   "
              f"({1000 * _CPU['bare extraction'] / count:.1f} ms a message)")
        _line("worker peak memory (PSS)", f"{worker_mb:8.0f} MB")
        _line("worker + readers peak (PSS)", f"{peak[0]:8.0f} MB   ({count} messages)")

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
    started, cpu = time.perf_counter(), time.process_time()
    for raw in raws:
        extract_mail(parse_mail(raw))
    _CPU["bare extraction"] = time.process_time() - cpu
    return time.perf_counter() - started


# Processor seconds, which the other sessions' load on a shared machine changes far less
# than the wall time: of the last bare extraction, and of the last drain's processes.
_CPU: dict[str, float] = {}


def _drain(world: WorkerWorld) -> tuple[float, float, float]:
    """`frontdoor run --once` in its own process: wall time, the peak memory (MB, PSS) of
    the worker's own process, and of the worker, its forkserver and its reader processes
    together, sampled every 0.1 s from /proc."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "inbox_worker", "run", "--once",
                                "--config", str(world.config)],
                               env={**os.environ, "FRONTDOOR_IMAP_PASSWORD": PASSWORD},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peaks = {"worker": 0.0, "tree": 0.0, "reader": 0.0}
    cpu: dict[int, float] = {}
    sampler = threading.Thread(target=_sample_tree, args=(process.pid, peaks, cpu),
                               daemon=True)
    sampler.start()
    status = process.wait()
    elapsed = time.perf_counter() - started
    sampler.join()
    if status != 0:
        raise SystemExit(f"worker exited with status {status}")
    _line("largest reader's peak (PSS)", f"{peaks['reader']:8.0f} MB")
    _CPU["worker"] = cpu.get(process.pid, 0.0)
    _CPU["readers"] = sum(v for pid, v in cpu.items() if pid != process.pid)
    return elapsed, peaks["worker"], peaks["tree"]


def _sample_tree(root: int, peaks: dict[str, float], cpu: dict[int, float]) -> None:
    """Largest resident memory (MB) of `root`, of any one of its descendants, and of all
    of them together, until it exits; and each one's processor seconds, as last seen
    (sampled, so up to 0.1 s of each process's last work is missed)."""
    while Path(f"/proc/{root}").exists():
        try:
            tree = _descendants(root)
            sizes = {pid: _rss_mb(pid) for pid in tree}
        except OSError:  # a process ended while /proc was read: sample again
            continue
        cpu.update((pid, seconds) for pid in tree if (seconds := _cpu_seconds(pid)))
        peaks["worker"] = max(peaks["worker"], sizes.get(root, 0.0))
        peaks["reader"] = max([peaks["reader"], *(v for k, v in sizes.items() if k != root)])
        peaks["tree"] = max(peaks["tree"], sum(sizes.values()))
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


def _cpu_seconds(pid: int) -> float:
    """User and system processor seconds of the process so far; 0.0 once it has gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    """The process's proportional set size (MB): pages shared with the forkserver and the
    other readers counted once over them all, so the sum over the tree is what it takes."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
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
