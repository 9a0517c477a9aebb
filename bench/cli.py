"""Benchmark: how long `frontdoor` commands take as a user runs them, beside the start of
a bare interpreter (`python -c pass`) in the same run; and the worker's start (`frontdoor
run` to systemd's READY=1, and to the acknowledgement of a referral waiting in a Maildir
inbox, on a store already made). Not a test: figures only.

    .venv/bin/python -m bench.cli [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.mailboxes.maildir import MaildirMailbox

ROUTED = next(s for s in scenarios() if s.name == "PDF form to the right cluster")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        commands = _commands(Path(tmp))
        _seconds(commands["frontdoor queue list"])  # makes and migrates the store once
        print(f"median and fastest of {args.repeat} runs (seconds):")
        for name, argv in commands.items():
            times = [_seconds(argv) for _ in range(args.repeat)]
            print(f"  {name:24} {statistics.median(times):6.2f}  {min(times):6.2f}")
        starts = [_worker_start(Path(tmp) / f"worker{n}") for n in range(args.repeat)]
        for number, label in enumerate(("frontdoor run: READY", "frontdoor run: first ack")):
            times = [start[number] for start in starts]
            print(f"  {label:24} {statistics.median(times):6.2f}  {min(times):6.2f}")


def _commands(root: Path) -> dict[str, list[str]]:
    config = str(write_local_config(root))
    mail = root / "referral.eml"
    mail.write_bytes(ROUTED.raw)
    frontdoor = _frontdoor()
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "frontdoor --help": [*frontdoor, "--help"],
        "frontdoor queue list": [*frontdoor, "queue", "list", "--config", config],
        "frontdoor route": [*frontdoor, "route", str(mail), "--config", config,
                            "--today", "2026-11-23"],
    }


def _frontdoor() -> list[str]:
    """The console script beside this interpreter, as installed; else `python -m`."""
    script = Path(sys.executable).with_name("frontdoor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "inbox_worker"]


def _worker_start(root: Path) -> tuple[float, float]:
    """Seconds from `frontdoor run` to READY=1 (sd_notify), and to the acknowledgement of
    the referral put in its inbox before it started."""
    config = write_local_config(root)
    frontdoor = _frontdoor()
    subprocess.run([*frontdoor, "queue", "list", "--config", str(config)], check=True,
                   capture_output=True)  # the store made and migrated: a restart, not a first run
    MaildirMailbox("halesowen", root / "mail" / "halesowen").deliver(ROUTED.raw, "waiting")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as notify:
        notify.bind(str(root / "notify"))
        notify.settimeout(60)
        started = time.perf_counter()
        worker = subprocess.Popen([*frontdoor, "run", "--config", str(config)],
                                  env={**os.environ, "NOTIFY_SOCKET": str(root / "notify")},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while b"READY=1" not in notify.recv(4096):
                pass
            ready = time.perf_counter() - started
            while not list((root / "outbound").glob("*.eml")):
                time.sleep(0.01)
            return ready, time.perf_counter() - started
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(60)


def _seconds(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
