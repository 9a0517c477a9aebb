"""Benchmark: drain a backlog of referrals from a real Dovecot through the whole pipeline.

Prints messages/second and peak memory of the worker, beside the time of a bare
imapclient fetch of the same messages and a bare extraction of their attachments,
so the pipeline's overhead shows as a ratio; then the arrival-to-routed latency with
IDLE (median and 95th percentile). Not a test: figures only.

    .venv/bin/python -m bench.imap_drain [--messages 2000] [--latency 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from parsers.files import extract_mail
from parsers.mail.mime import parse_mail
from tests.integration.dovecot import PASSWORD, append, start_dovecot, stop_dovecot
from tests.integration.test_worker_on_imap import referral
from tests.integration.worker_world import WorkerWorld, make_world, stop

MAILBOXES = ("dudley_central", "halesowen", "stourbridge")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--latency", type=int, default=50, help="messages for IDLE latency")
    args = parser.parse_args()
    server = start_dovecot()
    controller = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            world, controller = make_world(Path(tmp), server)
            raws = _backlog(world, args.messages)
            fetch_s = _bare_fetch(world)
            extract_s = _bare_extraction(raws)
            drain_s, peak_mb, tree_mb = _drain(world)
            latencies = _idle_latency(world, args.latency)
            _print(args.messages, fetch_s, extract_s, drain_s, (peak_mb, tree_mb), latencies)
    finally:
        if controller is not None:
            controller.stop()  # type: ignore[attr-defined]
        stop_dovecot(server)


def _backlog(world: WorkerWorld, count: int) -> list[bytes]:
    started = time.perf_counter()
    forms = [referral(n) for n in range(20)]  # 20 distinct forms, each mail unique
    raws = [forms[n % 20].replace(b"Subject: Early Help referral",
                                  f"Subject: Referral {n} -".encode(), 1) for n in range(count)]
    for n, raw in enumerate(raws):
        append(world.server, MAILBOXES[n % len(MAILBOXES)], raw)
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


def _idle_latency(world: WorkerWorld, count: int) -> list[float]:
    worker = world.start()
    try:
        world.wait_until(lambda: False, 5)  # let the watchers reach IDLE
        cases = world.decided()[1]
        latencies = []
        for n in range(count):
            sent = time.perf_counter()
            append(world.server, "halesowen", referral(10_000 + n, "B63 3BL"))
            if not world.wait_until(lambda c=cases + n + 1: world.decided()[1] >= c, 60):
                raise SystemExit("a message was not routed within 60 s")
            latencies.append(time.perf_counter() - sent)
        return latencies
    finally:
        stop(worker)


def _print(count: int, fetch_s: float, extract_s: float, drain_s: float,
           memory_mb: tuple[float, float], latencies: list[float]) -> None:
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else latencies[0]
    print(f"""
messages                      {count}
bare imapclient fetch         {fetch_s:8.1f} s   {count / fetch_s:8.1f} msg/s
bare extraction               {extract_s:8.1f} s   {count / extract_s:8.1f} msg/s
whole pipeline (run --once)   {drain_s:8.1f} s   {count / drain_s:8.1f} msg/s
pipeline / (fetch+extraction) {drain_s / (fetch_s + extract_s):8.2f} x
worker peak memory (RSS)      {memory_mb[0]:8.0f} MB
worker + readers peak (RSS)   {memory_mb[1]:8.0f} MB
IDLE arrival-to-routed        median {statistics.median(latencies):.2f} s, p95 {p95:.2f} s \
over {len(latencies)} messages""")


if __name__ == "__main__":
    main()
