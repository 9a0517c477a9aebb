"""Our In-Reply-To quotes a Message-ID as it is, or not at all: never as RFC 2047 encoded
words (a 10 KB Message-ID, or an ordinary 80-character Outlook one folded at 78)."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes

import pytest

from inbox_worker.notify.compose import (
    OUTBOUND_POLICY,
    Sender,
    new_message,
    thread,
    threading_id,
)

SENDER = Sender("earlyhelp.frontdoor@dudley.gov.uk", "Early Help", "Dudley",
                "earlyhelp.secure@dudley.gcsx.gov.uk")
OUTLOOK = "<DB9PR01MB9344A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6@DB9PR01MB9344.eurprd01.prod.outlook.com>"


@pytest.mark.parametrize(("message_id", "quoted"), [
    ("<abc@school.example.org>", "<abc@school.example.org>"),
    (" <abc@school.example.org> ", "<abc@school.example.org>"),
    (OUTLOOK, OUTLOOK),
    ("<" + "a" * 10_000 + "@x.example>", None),
    ("abc@school.example.org", None),  # no angle brackets
    ("<a b@x.example>", None),
    ("<ab@x.example> <cd@y.example>", None),
    ("<é@x.example>", None),
    ("<noat>", None),
    ("", None),
])
def test_threading_id(message_id: str, quoted: str | None) -> None:
    assert threading_id(message_id) == quoted


@pytest.mark.parametrize("message_id", [OUTLOOK, "<" + "a" * 880 + "@x.example>",
                                        "<" + "a" * 10_000 + "@x.example>"])
def test_no_encoded_words_in_our_threading_headers(message_id: str) -> None:
    message = new_message(SENDER, "jo@school.example.org", "Early Help referral received: "
                          "EH-2026-000042", "Thank you.", dt.datetime(2026, 11, 23, 10),
                          auto="auto-replied")
    thread(message, message_id)
    raw = message.as_bytes()
    assert b"=?" not in raw
    assert max(len(line) for line in raw.splitlines()) <= 998
    again = message_from_bytes(raw, policy=OUTBOUND_POLICY)
    expected = threading_id(message_id)
    assert again["In-Reply-To"] == expected
    assert again.as_bytes() == raw  # the outbox re-reads it: not refolded
