"""Limits on reading one file in a reader process; where the worker's metrics are served."""

from __future__ import annotations

import os

from pydantic import Field, field_validator

from inbox_worker.settings.common import LOOPBACK_HOSTS, Strict

MAX_READERS = 16  # past this, the worker's own process (recording, filing) is the limit


def cores() -> int:
    """The processors this process may run on: one reader each, by default."""
    return max(1, min(MAX_READERS, len(os.sched_getaffinity(0))))


class ParsingSettings(Strict):
    """Limits on reading one attachment, in a separate reader process; a file over a
    limit goes to the exception queue as unreadable_attachment with the reason."""

    # The reader's address space: its code takes about 180 MB, a 40 MB message 300 more.
    memory_mb: int = Field(1024, ge=256, le=16384)
    cpu_seconds: int = Field(20, ge=1, le=3600)  # processor time for one file
    wall_seconds: float = Field(30.0, gt=0, le=3600)  # clock time for one file; then killed
    max_pages: int = Field(50, ge=1, le=10000)  # longer PDFs are not forms
    max_decompressed_mb: int = Field(100, ge=1, le=16384)  # inflated size of a PDF or zip
    # Reader processes kept alive, shared by mailboxes; a drain reads with all of them.
    processes: int = Field(default_factory=cores, ge=1, le=MAX_READERS)
    ocr: bool = False  # read scanned PDFs by OCR (needs Debian's tesseract-ocr, -eng)


class MetricsSettings(Strict):
    """Prometheus metrics (`frontdoor run`), served on a loopback address only: put a
    scraper on the same machine, or a TLS proxy in front."""

    port: int = Field(ge=1, le=65535)
    host: str = "127.0.0.1"

    @field_validator("host")
    @classmethod
    def _loopback(cls, host: str) -> str:
        if host not in LOOPBACK_HOSTS:
            raise ValueError(f"metrics are served on loopback only (127.0.0.1, localhost, ::1), "
                             f"not '{host}'")
        return host
