"""Rate-limited sign-in: failures counted per name and per address in a sliding window.

Kept in memory: `frontdoor web` runs one process (with threads), so one limiter sees every
attempt; a restart forgets them, which costs an attacker a restart of our service.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict, deque
from dataclasses import dataclass, field

WINDOW = dt.timedelta(minutes=15)
MAX_PER_NAME = 5  # NCSC: 5-10 tries before a pause; a person who forgot waits 15 minutes
MAX_PER_ADDRESS = 20  # one office behind one address may hold several people signing in


@dataclass
class SignInLimiter:
    window: dt.timedelta = WINDOW
    max_per_name: int = MAX_PER_NAME
    max_per_address: int = MAX_PER_ADDRESS
    _failures: dict[str, deque[dt.datetime]] = field(default_factory=lambda: defaultdict(deque))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allowed(self, name: str, address: str, now: dt.datetime) -> bool:
        with self._lock:
            return (self._count(f"name:{name.lower()}", now) < self.max_per_name
                    and self._count(f"addr:{address}", now) < self.max_per_address)

    def failed(self, name: str, address: str, now: dt.datetime) -> None:
        with self._lock:
            self._failures[f"name:{name.lower()}"].append(now)
            self._failures[f"addr:{address}"].append(now)

    def _count(self, key: str, now: dt.datetime) -> int:
        times = self._failures[key]
        while times and now - times[0] > self.window:
            times.popleft()
        return len(times)
