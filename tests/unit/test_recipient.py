"""Whom to answer (routing.recipient): the addr-spec parsed strictly, Reply-To only for a
no-reply sender, never a no-reply address or one of our own mailboxes."""

from __future__ import annotations

import pytest

from routing.recipient import Answer, NoAnswer, is_no_reply, parse_addresses, whom_to_answer
from tests.unit.routing_fixtures import mail, policy

POLICY = policy(own_addresses=("earlyhelp.frontdoor@dudley.gov.uk",),
                mailbox_addresses=("earlyhelp.halesowen@dudley.gov.uk",
                                   "earlyhelp.secure@dudley.gcsx.gov.uk"))
NO_ADDRESS = Answer(None, withheld=NoAnswer.NO_ADDRESS)
NO_REPLY = Answer(None, withheld=NoAnswer.NO_REPLY)
OURS = Answer(None, withheld=NoAnswer.OWN_MAILBOX)

CASES = [
    # The addr-spec, never the display name (Python's parseaddr reads alice here).
    ('"alice@example.com" <bob@example.com>', None, Answer("bob@example.com")),
    # Header values arrive decoded: an encoded-word name may now look like an address.
    ("alice@example.com <bob@example.com>", None, Answer("bob@example.com")),
    ('"Jo, Head" <Jo.Head@School.Example.org>', None, Answer("jo.head@school.example.org")),
    ("Mr. J. Smith <j.smith@school.example.org>", None, Answer("j.smith@school.example.org")),
    ("j.smith@school.example.org (Mr Smith)", None, Answer("j.smith@school.example.org")),
    ("<j.smith@school.example.org>", None, Answer("j.smith@school.example.org")),
    # Reply-To is not used for an ordinary sender: a stranger must not be told.
    ("teacher@school.example.org", "someone@elsewhere.example", Answer(
        "teacher@school.example.org")),
    # A no-reply or notification sender: Reply-To when it is a real address.
    ("no-reply@securemail.example", "gp.surgery@nhs.net", Answer("gp.surgery@nhs.net",
                                                                 via="reply_to")),
    ('"Egress" <notifications@egress.example>', '"Dr Jones" <dr.jones@nhs.net>',
     Answer("dr.jones@nhs.net", via="reply_to")),
    ("noreply@forms.dudley.gov.uk", None, NO_REPLY),
    ("do_not_reply@portal.example", "noreply@portal.example", NO_REPLY),
    ("DoNotReply+abc@portal.example", "", NO_REPLY),
    ("mailer-daemon@mx.example.org", None, NO_REPLY),
    # Our own mailboxes and sending address are never answered, by From or Reply-To.
    ("earlyhelp.halesowen@dudley.gov.uk", None, OURS),
    ('"x" <EarlyHelp.FrontDoor@dudley.gov.uk>', None, OURS),
    ("noreply@portal.example", "earlyhelp.secure@dudley.gcsx.gov.uk", OURS),
    # Nothing that parses as exactly one sendable address: no answer.
    ("", None, NO_ADDRESS),
    ("undisclosed-recipients:;", None, NO_ADDRESS),
    ("garbage", None, NO_ADDRESS),
    ("a@b.example, c@d.example", None, NO_ADDRESS),
    ("José <josé@exämple.org>", None, NO_ADDRESS),  # RFC 6532: not sendable here
    ("x" * 300 + "@school.example.org", None, NO_ADDRESS),
    ("Jo <jo@school.example.org> <evil@x.example>", None, NO_ADDRESS),
]


@pytest.mark.parametrize(("sender", "reply_to", "expected"), CASES,
                         ids=[f"{n}:{c[0][:30]}" for n, c in enumerate(CASES)])
def test_whom_to_answer(sender: str, reply_to: str | None, expected: Answer) -> None:
    headers = (("From", sender),) + ((("Reply-To", reply_to),) if reply_to is not None else ())
    assert whom_to_answer(mail(sender="ignored@parsed.example", headers=headers),
                          POLICY) == expected


def test_without_a_from_header_the_parsed_sender_is_read() -> None:
    assert whom_to_answer(mail(sender="jo@school.example.org"), POLICY) == Answer(
        "jo@school.example.org")


def test_two_from_headers_are_no_address() -> None:
    headers = (("From", "a@school.example.org"), ("From", "b@school.example.org"))
    assert whom_to_answer(mail(headers=headers), POLICY) == NO_ADDRESS


@pytest.mark.parametrize(("address", "no_reply"), [
    ("noreply@x.org", True), ("no-reply@x.org", True), ("no_reply.team@x.org", True),
    ("donotreply@x.org", True), ("do-not-reply@x.org", True), ("notifications@x.org", True),
    ("notify@x.org", True), ("postmaster@x.org", True), ("bounces+123@x.org", True),
    ("nora.reilly@x.org", False), ("notes@x.org", False), ("reply@x.org", False),
    ("jo.noreply@x.org", False), ("alertson@x.org", False),
])
def test_no_reply_addresses(address: str, no_reply: bool) -> None:
    assert is_no_reply(address) is no_reply


def test_a_header_the_parser_cannot_take_gives_no_address() -> None:
    assert parse_addresses("\x00<\udcff@\x01>") == ()
