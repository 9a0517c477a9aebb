"""Logs as one JSON object a line, for a council's log collector: case references, never a
family's details.

Our own modules log case references and reasons, never a child's name, date of birth or
address. A library's message may hold anything it was handed (a parser that raises with
a name from a form, say), so in JSON only our messages are kept; another logger's record
keeps its logger, level and time, and its text is withheld. An exception is logged as its
type, never its message or traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re

OURS = ("inbox_worker", "routing", "parsers", "frontdoor_demo", "bench")
WITHHELD = "(a library's message, withheld: it may hold a family's details)"
_REFERENCE = re.compile(r"\b[A-Z]{1,5}-\d{4}-\d{6}\b")


class JsonLines(logging.Formatter):
    """One JSON object a line: time, level, logger, message (ours only), the case
    references in it, and an exception's type."""

    def format(self, record: logging.LogRecord) -> str:
        ours = record.name == "__main__" or record.name.split(".")[0] in OURS
        message = record.getMessage() if ours else WITHHELD
        entry: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": message,
        }
        references = sorted(set(_REFERENCE.findall(message))) if ours else []
        if references:
            entry["references"] = references
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)
