"""`frontdoor extract`: the form read from one file, in a reader process.

It needs neither the store nor the worker: only the reader pool and the parsers.
"""

from __future__ import annotations

import argparse
import json
import sys

from inbox_worker.reading.pool import reader_pool
from inbox_worker.settings import load_settings
from inbox_worker.settings.parsing import ParsingSettings
from parsers.results import Document, UnreadableFile


def extract(args: argparse.Namespace) -> int:
    limits = load_settings(args.config).parsing if args.config else ParsingSettings()
    with reader_pool(limits) as reader:
        result = reader.read_file(args.file)
    if isinstance(result, UnreadableFile):
        print(f"unreadable: {result.filename}: {result.reason}", file=sys.stderr)
        return 1
    if isinstance(result, Document):
        print(f"{result.filename}: not a referral form ({result.kind.value})", file=sys.stderr)
        return 1
    print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    return 0
