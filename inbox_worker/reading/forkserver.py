"""The forkserver the reader processes come from (see pool.py), started as early as a
command knows it will read mail: it imports every form reader's library (about half a
second) while the command goes on importing its own, so the first reader waits only for
what is left."""

from __future__ import annotations

import multiprocessing
from multiprocessing import forkserver

CONTEXT = multiprocessing.get_context("forkserver")
# Imported once by the forkserver and shared by every reader forked from it. Not
# "__main__" (multiprocessing's default): the readers run `server.serve`, and the command's
# own main module would cost the forkserver the settings and the command line.
PRELOAD = ["inbox_worker.reading.server"]


def start_forkserver() -> None:
    """Starts the forkserver now, without waiting for it (idempotent)."""
    CONTEXT.set_forkserver_preload(PRELOAD)
    forkserver.ensure_running()
