"""A worker configured against the real Dovecot (IMAP) and a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml
from sqlalchemy import func, select

from frontdoor_demo.demo import write_local_config
from inbox_worker.settings import load_settings
from inbox_worker.store.models import Case, ExceptionItem, Message
from inbox_worker.worker.app import App, build_app

from .dovecot import PASSWORD, USERS, Dovecot, reset
from .smtp import RecordingHandler, free_port, start_smtp


@dataclass
class WorkerWorld:
    root: Path
    config: Path
    server: Dovecot
    smtp: RecordingHandler
    smtp_port: int

    def app(self) -> App:
        return build_app(load_settings(self.config))

    def start(self) -> subprocess.Popen[bytes]:
        """`frontdoor run` as its own process, logging to a file."""
        with (self.root / "worker.log").open("ab") as log:  # the child keeps its own copy
            return subprocess.Popen([sys.executable, "-m", "inbox_worker", "run", "--config",
                                     str(self.config)], stdout=log, stderr=log,
                                    env={**os.environ, "FRONTDOOR_IMAP_PASSWORD": PASSWORD})

    def run_once(self) -> int:
        return subprocess.run([sys.executable, "-m", "inbox_worker", "run", "--once",
                               "--config", str(self.config)], capture_output=True, check=False,
                              timeout=600, env={**os.environ,
                                                "FRONTDOOR_IMAP_PASSWORD": PASSWORD}).returncode

    def decided(self) -> tuple[int, int, int]:
        """(messages, cases, exceptions) in the store."""
        with self.app().sessions() as session:
            return tuple(int(session.scalar(select(func.count()).select_from(m)) or 0)
                         for m in (Message, Case, ExceptionItem))  # type: ignore[return-value]

    def wait_until(self, condition: object, timeout: float = 120.0) -> bool:
        """Polls `condition()` (a callable) until true or `timeout` seconds pass."""
        return wait_until(condition, timeout)


def wait_until(condition: object, timeout: float, *, every: float = 0.2) -> bool:
    """Polls `condition()` (a callable) every `every` s until true or `timeout` s pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(every)
    return False


def stop(process: subprocess.Popen[bytes], *, kill: bool = False) -> int:
    process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
    return process.wait(timeout=60)


def make_world(root: Path, server: Dovecot) -> tuple[WorkerWorld, object]:
    """Writes the config; returns the world and the SMTP controller (stop it after)."""
    for user in USERS:
        reset(server, user)
    config = write_local_config(root)
    raw = yaml.safe_load(config.read_text())
    raw["mailboxes"] = [_imap(m, server) for m in raw["mailboxes"]]
    # These workers run on the real clock: without partners no agenda goes out at a Monday
    # 17:00 deadline, so the SMTP server sees acknowledgements only (agendas are tested
    # with an injected clock in tests/flow/test_casework.py).
    for area in raw["areas"]:
        area.setdefault("meetings", {})["partners"] = []
    port = free_port()
    raw["outbound"]["delivery"] = {"transport": "smtp", "host": "127.0.0.1", "port": port,
                                   "security": "none", "timeout_seconds": 10}
    raw["outbound"]["retry_base_seconds"] = 1
    raw["outbound"]["claim_seconds"] = 15  # longer than a send (10 s timeout): a worker
    # killed mid-send leaves its row to the next within seconds, not five minutes
    config.write_text(yaml.safe_dump(raw))
    handler = RecordingHandler()
    controller = start_smtp(port, handler)
    return WorkerWorld(root, config, server, handler, port), controller


def _imap(mailbox: dict[str, object], server: Dovecot) -> dict[str, object]:
    return {"id": mailbox["id"], "address": mailbox["address"], "backend": "imap",
            "host": "127.0.0.1", "port": server.port, "security": "none",
            "username": mailbox["id"], "password": {"env": "FRONTDOOR_IMAP_PASSWORD"},
            "timeout_seconds": 10}
