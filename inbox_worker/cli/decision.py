"""`frontdoor route`: the decision for one .eml file, with no side effects.

The postcode table is read from the configured CSV into memory, so no store is
touched or created.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from email.utils import getaddresses
from pathlib import Path

from inbox_worker.cli.inputs import read_email
from inbox_worker.cli.main import CommandError
from inbox_worker.reading.pool import reader_pool
from inbox_worker.settings import Settings, load_settings
from inbox_worker.worker.analysis import analyse
from inbox_worker.worker.app import build_policy
from inbox_worker.worker.postcodes import read_directory
from parsers.mail.mime import parse_headers
from routing.decide import decision_summary
from routing.decision import Decision
from routing.policy import InMemoryPostcodeDirectory


def route(args: argparse.Namespace) -> int:
    decision = route_file(args.mail, load_settings(args.config), mailbox=args.mailbox,
                          today=args.today or dt.date.today())
    if args.json:
        print(json.dumps(decision.to_json(), indent=2, ensure_ascii=False))
    else:
        print(decision_summary(decision))
    return 0


def route_file(path: Path, settings: Settings, *, mailbox: str | None, today: dt.date) -> Decision:
    raw = read_email(path)
    directory = InMemoryPostcodeDirectory(read_directory(settings))
    policy = build_policy(settings, directory)
    received_in = mailbox or _mailbox_from_headers(path, raw, settings)
    settings.mailbox(received_in)  # names an unknown mailbox clearly
    with reader_pool(settings.parsing) as reader:
        return analyse(raw, policy, received_in=received_in, today=today,
                       max_bytes=settings.max_message_bytes, reader=reader).decision


def _mailbox_from_headers(path: Path, raw: bytes, settings: Settings) -> str:
    mail = parse_headers(raw)
    addresses = {a.lower() for _, a in getaddresses(list(mail.to))}
    for mailbox in settings.mailboxes:
        if mailbox.address.lower() in addresses:
            return mailbox.id
    raise CommandError(f"{path} is not addressed to a configured mailbox: give the one it "
                       "arrived in with --mailbox ID")
