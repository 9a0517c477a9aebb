"""Limits on reading one untrusted file, and the plain reasons given when one is hit.

The memory, processor and wall-clock limits are enforced around a child process
(`inbox_worker.reading.server`); pages and decompressed size are checked by the guards before a
file is opened by a library that would hold all of it in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MB = 1024 * 1024


class Stop(StrEnum):
    """Why the reader process stopped without an answer."""

    WALL_CLOCK = "wall_clock"  # killed by the parent after `wall_seconds`
    PROCESSOR = "processor"  # RLIMIT_CPU: SIGXCPU
    MEMORY = "memory"  # RLIMIT_AS: MemoryError
    CRASHED = "crashed"  # any other death (a signal, the kernel's OOM killer)


@dataclass(frozen=True)
class ParseLimits:
    """How much one file may cost to read. Defaults suit forms of 10-20 pages."""

    # Address space, measured: the reader's code 180 MB; parsing a 35 MB message peaks at
    # 470 MB; a 300 MiB bomb needs 620 MB in pdfplumber (the guards refuse it first).
    memory_mb: int = 1024
    cpu_seconds: int = 20  # a 60-page form takes about 3 s in pdfplumber
    wall_seconds: float = 30.0  # includes waiting for the processor on a busy host
    max_pages: int = 50  # real forms run to 10-20 pages
    max_decompressed_mb: int = 100  # a form inflates to a few MB
    ocr: bool = False  # read scanned PDFs with tesseract (parsers.pdf.scanned)

    @property
    def max_decompressed_bytes(self) -> int:
        return self.max_decompressed_mb * MB

    def reason(self, stop: Stop) -> str:
        """What to tell a person when the reader stopped for `stop`."""
        if stop is Stop.WALL_CLOCK:
            return f"took longer than {self.wall_seconds:g} s to read"
        if stop is Stop.PROCESSOR:
            return f"needed more than {self.cpu_seconds} s of processor time to read"
        if stop is Stop.MEMORY:
            return f"needed more than {self.memory_mb} MB of memory to read"
        return "the reader stopped unexpectedly on this file"

    def expands_too_far(self) -> str:
        return f"expands to more than {self.max_decompressed_mb} MB (possible zip bomb)"

    def too_many_pages(self, pages: int) -> str:
        return f"has {pages} pages, more than the {self.max_pages} a form can have"


DEFAULT_LIMITS = ParseLimits()
