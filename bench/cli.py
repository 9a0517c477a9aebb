"""Benchmark: how long `frontdoor` commands take as a user runs them, beside the start of
a bare interpreter (`python -c pass`) in the same run. Not a test: figures only.

    .venv/bin/python -m bench.cli [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.scenarios import scenarios

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


def _seconds(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
