"""Benchmark: what reading mail in reader processes costs, beside reading it in-process.

Prints the cold start (forkserver with the parsers imported, then the first reader),
the start of a replacement reader after one is killed, and the time per message of
the sample referrals read in-process and through the pool (median of several rounds),
so the isolation's overhead per message shows. Not a test: figures only.

    .venv/bin/python -m bench.isolation [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import time
from multiprocessing import active_children

from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.reading.pool import ReaderPool
from parsers.files import extract_mail
from parsers.limits import DEFAULT_LIMITS
from parsers.mail.mime import parse_mail

SMALL = b"From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\n\r\nhello\r\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    raws = [s.raw for s in scenarios()]
    pool = ReaderPool(DEFAULT_LIMITS, processes=1)
    try:
        cold = _timed(lambda: pool.read(SMALL))
        warm = statistics.median(_timed(lambda: pool.read(SMALL)) for _ in range(20))
        replaced = _replacement(pool)
        inline = _per_message(args.rounds, raws, _in_process)
        isolated = _per_message(args.rounds, raws, pool.read)
    finally:
        pool.close()
    _print(len(raws), cold, warm, replaced, inline, isolated)


def _timed(action: object) -> float:
    assert callable(action)
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _replacement(pool: ReaderPool) -> float:
    """The next read after the reader was killed: a new reader forked, then the read."""
    (reader,) = [p for p in active_children() if p.name == "frontdoor-reader"]
    assert reader.pid is not None
    os.kill(reader.pid, signal.SIGKILL)
    reader.join()
    return _timed(lambda: pool.read(SMALL))


def _in_process(raw: bytes) -> object:
    return extract_mail(parse_mail(raw))


def _per_message(rounds: int, raws: list[bytes], read: object) -> float:
    assert callable(read)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        for raw in raws:
            read(raw)
        times.append((time.perf_counter() - started) / len(raws))
    return statistics.median(times)


def _print(count: int, cold: float, warm: float, replaced: float, inline: float,
           isolated: float) -> None:
    print(f"""
cold start (forkserver imports the parsers, first reader)  {cold * 1000:8.1f} ms
round trip of a tiny message, warm reader (median of 20)  {warm * 1000:8.1f} ms
read after the reader was killed (new reader forked)       {replaced * 1000:8.1f} ms
sample referrals ({count}), per message, in-process           {inline * 1000:8.1f} ms
sample referrals ({count}), per message, in a reader          {isolated * 1000:8.1f} ms
overhead of isolation per message                          {(isolated - inline) * 1000:8.1f} ms \
({(isolated / inline - 1) * 100:.0f} %)""")


if __name__ == "__main__":
    main()
