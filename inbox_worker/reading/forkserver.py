"""The forkserver the reader processes come from (see pool.py), started as early as a
command knows it will read mail: it imports the reader's loop (and, for the worker, every
form reader's library, about 0.7 s more) while the command goes on importing its own, so
the first reader waits only for what is left, and no reader pays for a library when its
first file of a kind comes."""

from __future__ import annotations

import multiprocessing
from multiprocessing import forkserver
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.limits import ParseLimits

CONTEXT = multiprocessing.get_context("forkserver")
# Imported once by the forkserver and shared by every reader forked from it. Not
# "__main__" (multiprocessing's default): the readers run `server.serve`, and the command's
# own main module would cost the forkserver the settings and the command line.
PRELOAD = ["inbox_worker.reading.forkserver", "inbox_worker.reading.server"]
# Each format's reader, which `parsers/files.py` imports when a file of its kind first
# comes: in a worker, that was the first message of each kind in each reader (0.2-0.5 s
# each, on the arrival-to-routed time). A name that is not importable is skipped.
FORMAT_READERS = ["parsers.guards", "parsers.word.docx", "parsers.pdf.reader",
                  "parsers.word.legacy_doc", "parsers.word.odt", "parsers.word.rtf",
                  "parsers.mail.outlook", "parsers.mail.tnef"]


def start_forkserver(*, every_format: bool = False) -> None:
    """Starts the forkserver now, without waiting for it (idempotent: the preload is the
    starting call's); `every_format` for a worker, which reads files of every kind."""
    CONTEXT.set_forkserver_preload(PRELOAD + (FORMAT_READERS if every_format else []))
    forkserver.ensure_running()


def serve_reader(connection: Connection, limits: ParseLimits) -> None:
    """A reader's loop (`server.serve`), named here so that neither side imports the
    other's modules: the worker never the readers' (the parsers' interpreter and
    libraries, which the forkserver has loaded), a reader never the pool's (its settings)."""
    from inbox_worker.reading.server import serve

    serve(connection, limits)
