"""`frontdoor route`: the decision for one .eml file, with no side effects.

The postcode table is read from the configured CSV into memory, so no store is
touched or created.
"""

from __future__ import annotations

import datetime as dt
from email.utils import getaddresses
from pathlib import Path

from inbox_worker.analysis import analyse
from inbox_worker.app import build_policy
from inbox_worker.isolation import reader_pool
from inbox_worker.postcodes import read_directory
from inbox_worker.settings import Settings, SettingsError
from routing.decision import Decision
from routing.policy import InMemoryPostcodeDirectory


def route_file(path: Path, settings: Settings, *, mailbox: str | None, today: dt.date) -> Decision:
    raw = path.read_bytes()
    directory = InMemoryPostcodeDirectory(read_directory(settings))
    policy = build_policy(settings, directory)
    received_in = mailbox or _mailbox_from_headers(raw, settings)
    settings.mailbox(received_in)  # names an unknown mailbox clearly
    with reader_pool(settings.parsing) as reader:
        return analyse(raw, policy, received_in=received_in, today=today,
                       max_bytes=settings.max_message_bytes, reader=reader).decision


def _mailbox_from_headers(raw: bytes, settings: Settings) -> str:
    from parsers.mime import parse_headers

    mail = parse_headers(raw)
    addresses = {a.lower() for _, a in getaddresses(list(mail.to))}
    for mailbox in settings.mailboxes:
        if mailbox.address.lower() in addresses:
            return mailbox.id
    raise SettingsError("the message is not addressed to a configured mailbox: give --mailbox")
