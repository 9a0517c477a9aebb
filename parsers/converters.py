"""Programs a reader may need (antiword for .doc, tesseract for scanned pages), supplied
from outside: parsers/ never runs a process. The worker's readers pass real ones
(`inbox_worker.reading.programs.local_converters`); without them a .doc is refused with
the usual plain reason and a scanned PDF is said to be scanned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

DocToText = Callable[[bytes], str | None]  # a .doc's text, tables as |cell|cell| lines
# One page image (PGM bytes) at a resolution (dpi), within a number of seconds: the
# OCR engine's TSV of words and boxes, or None when it failed or ran out of time.
PageToTsv = Callable[[bytes, int, float], str | None]


@dataclass(frozen=True)
class Converters:
    doc_to_text: DocToText | None = None
    page_to_tsv: PageToTsv | None = None


NO_CONVERTERS = Converters()
