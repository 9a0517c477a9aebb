"""A throwaway PostgreSQL on loopback for multi-worker tests (installed if missing)."""

from __future__ import annotations

import glob
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
import yaml

from .debian import apt_install, run
from .smtp import free_port

START_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class Postgres:
    base: Path
    port: int

    def url(self, database: str = "frontdoor") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def store_config_on(config: Path, server: Postgres, database: str) -> None:
    """The configuration's store made a new database of that name on `server`."""
    raw = yaml.safe_load(config.read_text())
    raw["store_url"] = server.create_database(database)
    config.write_text(yaml.safe_dump(raw))


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def ensure_postgres() -> Path:
    """The server's bin folder, installing Debian's postgresql if it is missing."""
    if _bin_dir() is None:
        apt_install("postgresql")
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError("postgresql installed but no initdb found")
    return bin_dir


def start_postgres() -> Postgres:
    bin_dir = ensure_postgres()
    base = Path(tempfile.mkdtemp(dir="/tmp", prefix="pg"))
    shutil.chown(base, "postgres", "postgres")
    server = Postgres(base, free_port())
    _as_postgres([str(bin_dir / "initdb"), "-D", str(base / "data"), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8"])
    options = f"-c listen_addresses=127.0.0.1 -p {server.port} -k {base} -c fsync=off"
    _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(base / "data"), "-l",
                  str(base / "log"), "-o", options, "-w", "start"])
    _wait(server)
    return server


def stop_postgres(server: Postgres) -> None:
    bin_dir = _bin_dir()
    if bin_dir is not None:
        subprocess.run(["runuser", "-u", "postgres", "--", str(bin_dir / "pg_ctl"), "-D",
                        str(server.base / "data"), "-m", "fast", "-w", "stop"],
                       capture_output=True, check=False, timeout=60)
    shutil.rmtree(server.base, ignore_errors=True)


def _as_postgres(command: list[str]) -> None:
    run(["runuser", "-u", "postgres", "--", *command])


def _wait(server: Postgres) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while True:
        try:
            psycopg.connect(f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres",
                            connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
