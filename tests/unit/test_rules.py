"""Predicates: mail never answered, secure channels, misdirection, safeguarding signals."""

from __future__ import annotations

import pytest

from parsers.form import Form, Person, Role
from routing.automatic import ignore_reason
from routing.decision import Reason, ReasonCode
from routing.rules import (
    found_phrases,
    is_insecure_channel,
    is_misdirected,
    key_child,
    message_signals,
    on_secure_domain,
    safeguarding_signals,
)
from tests.unit.routing_fixtures import CHILD, MOTHER, POLICY, form, mail, policy

AUTO = ReasonCode.AUTO_REPLY
BOUNCE = ReasonCode.BOUNCE
OWN = ReasonCode.OWN_MAIL


@pytest.mark.parametrize(("headers", "subject", "expected"), [
    # Auto-Submitted other than "no" (RFC 3834), parameters ignored.
    ((("Auto-Submitted", "auto-replied"),), "Re: referral",
     Reason(AUTO, "Auto-Submitted: auto-replied")),
    ((("auto-submitted", "Auto-Generated; owner-email=x@y"),), "Hello",
     Reason(AUTO, "Auto-Submitted: auto-generated")),
    ((("Auto-Submitted", "no"),), "Referral", None),
    ((("Auto-Submitted", " No "),), "Referral", None),
    # Vendor auto-reply headers.
    ((("X-Autoreply", "yes"),), "Referral", Reason(AUTO, "X-Autoreply")),
    ((("X-Autorespond", "1"),), "Referral", Reason(AUTO, "X-Autorespond")),
    # Precedence bulk, list, junk; other values are not automatic.
    ((("Precedence", "bulk"),), "Newsletter", Reason(AUTO, "Precedence: bulk")),
    ((("Precedence", "List"),), "Digest", Reason(AUTO, "Precedence: list")),
    ((("Precedence", "junk"),), "Offer", Reason(AUTO, "Precedence: junk")),
    ((("Precedence", "first-class"),), "Referral", None),
    # Subjects of out-of-office replies that carry no header.
    ((), "Automatic reply: EHA for the family", Reason(AUTO, "automatic reply subject")),
    ((), "automatic reply: EHA", Reason(AUTO, "automatic reply subject")),
    ((), "Out of Office: back Monday", Reason(AUTO, "automatic reply subject")),
    ((), "OUT OF OFFICE", Reason(AUTO, "automatic reply subject")),
    ((), "Re: Out of Office cover for the EHA", None),  # only at the start
    # Bounces.
    ((("Return-Path", "<>"),), "Undeliverable", Reason(BOUNCE, "empty Return-Path")),
    ((("Return-Path", "< >"),), "Undeliverable", Reason(BOUNCE, "empty Return-Path")),
    ((("Return-Path", "<a@b.org>"),), "Referral", None),
    ((("Content-Type", 'multipart/report; report-type="delivery-status"'),), "Failure",
     Reason(BOUNCE, "multipart/report")),
    ((("Content-Type", "multipart/mixed; boundary=x"),), "Referral", None),
    # A DSN also carrying Auto-Submitted is a bounce, the more specific reason.
    ((("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")), "Undeliverable",
     Reason(BOUNCE, "empty Return-Path")),
    # Nothing automatic about it.
    ((), "EHA referral", None),
])
def test_ignore_reason_by_headers_and_subject(
    headers: tuple[tuple[str, str], ...], subject: str, expected: Reason | None
) -> None:
    assert ignore_reason(mail(headers=headers, subject=subject), POLICY) == expected


@pytest.mark.parametrize(("sender", "message_id", "expected"), [
    ("MAILER-DAEMON@mx.example.org", "<x@mx.example.org>", Reason(BOUNCE, "sender mailer-daemon")),
    ("postmaster@school.example.org", "<x@mx.example.org>", Reason(BOUNCE, "sender postmaster")),
    ("MAILER-DAEMON", "<x@mx.example.org>", Reason(BOUNCE, "sender mailer-daemon")),
    ("Mail Delivery System <MAILER-DAEMON@mx.example.org>", "<x@mx.example.org>",
     Reason(BOUNCE, "sender mailer-daemon")),
    ("postmaster.office@school.example.org", "<x@school.example.org>", None),
    # Our own mail, by address or by Message-ID domain.
    ("EarlyHelp@Dudley.gov.uk", "<x@mail.dudley.gov.uk>", Reason(OWN, "sent from our own address")),
    ("<earlyhelp@dudley.gov.uk>", "<x@dudley.gov.uk>", Reason(OWN, "sent from our own address")),
    ("teacher@school.example.org", "<case-42.1@frontdoor.dudley.gov.uk>",
     Reason(OWN, "our own Message-ID")),
    ("teacher@school.example.org", "case-42.1@FRONTDOOR.dudley.gov.uk",
     Reason(OWN, "our own Message-ID")),
    # Look-alikes are not ours.
    ("teacher@school.example.org", "<x@evilfrontdoor.dudley.gov.uk>", None),
    ("teacher@school.example.org", "<x@frontdoor.dudley.gov.uk.evil.org>", None),
    ("earlyhelp2@dudley.gov.uk", "<x@mail.dudley.gov.uk>", None),
])
def test_ignore_reason_by_sender_and_message_id(
    sender: str, message_id: str, expected: Reason | None
) -> None:
    assert ignore_reason(mail(sender=sender, message_id=message_id), POLICY) == expected


def test_empty_own_message_id_domain_matches_nothing() -> None:
    plain = policy(own_message_id_domain="", own_addresses=())
    assert ignore_reason(mail(message_id="<x@>"), plain) is None


@pytest.mark.parametrize(("sender", "secure"), [
    ("gp@nhs.net", True),
    ("gp@NHS.NET", True),
    ("gp@x.nhs.net", True),
    ("pc@west-midlands.pnn.police.uk", True),
    ("pc@police.uk", True),
    ("officer@dfe.gsi.gov.uk", True),
    ("probation@justice.cjsm.net", True),
    ("<gp@nhs.net.>", True),
    ("Dr Gee <gp@x.nhs.net>", True),
    # Look-alikes.
    ("gp@evilnhs.net", False),
    ("gp@nhs.net.evil.org", False),
    ("gp@nhs.net-mail.com", False),
    ("nhs.net@gmail.com", False),
    ("nhs.net", False),  # no address at all
    ("teacher@school.example.org", False),
    ("", False),
])
def test_on_secure_domain(sender: str, secure: bool) -> None:
    assert on_secure_domain(sender, POLICY.secure_domains) is secure


@pytest.mark.parametrize(("sender", "received_in", "insecure"), [
    ("gp@x.nhs.net", "halesowen", True),
    ("gp@x.nhs.net", "secure", False),
    ("teacher@school.example.org", "halesowen", False),
    ("gp@evilnhs.net", "halesowen", False),
])
def test_is_insecure_channel(sender: str, received_in: str, insecure: bool) -> None:
    assert is_insecure_channel(sender, received_in, POLICY) is insecure


@pytest.mark.parametrize(("received_in", "area", "misdirected"), [
    ("halesowen", "halesowen", False),
    ("halesowen", "stourbridge", True),
    ("secure", "stourbridge", False),  # the secure mailbox serves every area
    ("general", "stourbridge", False),  # a mailbox of no area
    ("halesowen", None, False),  # nowhere to route: nothing to compare
])
def test_is_misdirected(received_in: str, area: str | None, misdirected: bool) -> None:
    assert is_misdirected(received_in, area, POLICY) is misdirected


@pytest.mark.parametrize(("changes", "signals"), [
    ({}, ()),
    ({"level_of_need": 4}, ("level of need 4",)),
    ({"level_of_need": 5}, ("level of need 5",)),
    ({"level_of_need": 3}, ()),
    ({"level_of_need": None}, ()),
    ({"risk_of_significant_harm": True}, ("risk of significant harm: yes",)),
    ({"risk_of_significant_harm": None}, ()),
    ({"free_text": "Mum says the children are in IMMEDIATE DANGER at home."},
     ("wording: 'immediate danger'",)),
    ({"free_text": "worried they are at risk of\nsignificant   harm"},
     ("wording: 'at risk of significant harm'",)),
    ({"free_text": "no serious harmony in the house"}, ()),  # whole words only
    ({"free_text": "Danger is not immediate."}, ()),
    # Several, in a fixed order: level, risk answer, then phrases in policy order.
    ({"level_of_need": 4, "risk_of_significant_harm": True,
      "free_text": "serious harm and immediate danger"},
     ("level of need 4", "risk of significant harm: yes", "wording: 'immediate danger'",
      "wording: 'serious harm'")),
])
def test_safeguarding_signals(changes: dict[str, object], signals: tuple[str, ...]) -> None:
    assert safeguarding_signals(form(**changes), POLICY) == signals


def test_safeguarding_level_and_phrases_come_from_the_policy() -> None:
    doncaster = policy(safeguarding_level=3, safeguarding_phrases=("Section 47",))
    referral = form(level_of_need=3, free_text="a section 47 enquiry is open")
    assert safeguarding_signals(referral, doncaster) == (
        "level of need 3", "wording: 'Section 47'")


def test_signals_quote_the_phrase_not_the_text_around_it() -> None:
    referral = form(free_text="Jayden Smith at 1 High St is in immediate danger from X")
    assert safeguarding_signals(referral, POLICY) == ("wording: 'immediate danger'",)


def test_blank_phrases_match_nothing() -> None:
    assert found_phrases("anything", ("", "  ")) == ()


@pytest.mark.parametrize(("people", "expected"), [
    ((MOTHER, CHILD, Person("Second", role=Role.CHILD)), CHILD),
    ((CHILD,), CHILD),
    ((MOTHER,), None),
    ((), None),
])
def test_key_child(people: tuple[Person, ...], expected: Person | None) -> None:
    assert key_child(Form(people=people)) == expected


@pytest.mark.parametrize(("subject", "body", "signals"), [
    # Isle of Man: the covering email of a phoned child protection referral.
    ("URGENT written confirmation of CP referral", "Please find the form attached.",
     ("the message says: 'cp referral'",)),
    ("Referral", "Further to my call this morning. Child protection concern - parents not "
     "informed.\n", ("the message says: 'child protection concern'",)),
    # A council's footer, a quoted earlier message and the signature are not the sender's words.
    ("Referral", "Please see attached.\nIf a child is in immediate danger, call 999.\n", ()),
    ("Re: referral", "Thanks.\n> Is there any immediate danger to the child?\n", ()),
    ("Referral", "Attached.\n-- \nDSL team: we report sexual abuse to the police\n", ()),
])
def test_the_senders_own_words_in_the_message_are_a_signal(
        subject: str, body: str, signals: tuple[str, ...]) -> None:
    phrases = policy(safeguarding_phrases=("immediate danger", "child protection concern",
                                           "cp referral", "sexual abuse"))
    assert message_signals(subject, body, phrases) == signals


def test_an_unticked_option_in_the_narrative_is_no_signal() -> None:
    # West Lothian child concern form: "☐ Physical injury ☒ Physical neglect ☐ Sexual abuse".
    phrases = policy(safeguarding_phrases=("sexual abuse", "physical neglect"))
    assert safeguarding_signals(form(free_text="☐ Physical injury   ☒ Physical neglect   "
                                               "☐ Sexual abuse   ☐ Emotional abuse"),
                                phrases) == ("wording: 'physical neglect'",)
