"""decide(): one message to one Decision, and its one-line summary for logs."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from parsers.form import FormType, Role
from parsers.mail.message import ParsedMail
from parsers.results import Document, DocumentKind, MailExtraction, UnreadableFile
from routing.decide import decide, decision_summary
from routing.decision import Decision, Flag, Outcome, Priority, Reason, ReasonCode
from tests.unit.routing_fixtures import CHILD, MOTHER, POLICY, TODAY, at, form, mail, unsigned

NHS = "gp@x.nhs.net"
ENCRYPTED = UnreadableFile("EHA.docx", "encrypted")
CORRUPT = UnreadableFile("plan.pdf", "corrupt")


def run(
    *, forms: tuple[Any, ...] = (), unreadable: tuple[UnreadableFile, ...] = (),
    documents: tuple[Document, ...] = (), received_in: str = "brierley_hill",
    message: ParsedMail | None = None, today: dt.date = TODAY,
) -> Decision:
    extraction = MailExtraction(forms=forms, documents=documents, unreadable=unreadable)
    return decide(message or mail(), extraction, POLICY, received_in=received_in, today=today)


def summary(d: Decision) -> tuple[Outcome, str | None, tuple[str, ...], tuple[Flag, ...], Priority]:
    return d.outcome, d.cluster, tuple(str(r) for r in d.reasons), d.flags, d.priority


ROUTED = Outcome.ROUTED
EXCEPTION = Outcome.EXCEPTION
NORMAL = Priority.NORMAL
NO_FORM = "no_form_found:no attachment, and the message text is not a form"


@pytest.mark.parametrize(("kwargs", "expected"), [
    # A complete form in its own cluster's mailbox.
    ({"forms": (form(),)}, (ROUTED, "brierley_hill", (), (), NORMAL)),
    # Flags do not stop routing.
    ({"forms": (form(),), "received_in": "halesowen"},
     (ROUTED, "brierley_hill", (), (Flag.MISDIRECTED,), NORMAL)),
    ({"forms": (form(),), "received_in": "secure"}, (ROUTED, "brierley_hill", (), (), NORMAL)),
    ({"forms": (form(),), "received_in": "secure", "message": mail(sender=NHS)},
     (ROUTED, "brierley_hill", (), (), NORMAL)),
    ({"forms": (form(),), "received_in": "halesowen", "message": mail(sender=NHS)},
     (ROUTED, "brierley_hill", (), (Flag.INSECURE_CHANNEL, Flag.MISDIRECTED), NORMAL)),
    ({"forms": (form(address=at("DY5 2ZZ")),)},
     (ROUTED, "brierley_hill", (), (Flag.POSTCODE_UNCERTAIN,), NORMAL)),
    ({"forms": (form(address=at("DY5 2ZZ")),), "received_in": "stourbridge",
      "message": mail(sender=NHS)},
     (ROUTED, "brierley_hill", (),
      (Flag.INSECURE_CHANNEL, Flag.MISDIRECTED, Flag.POSTCODE_UNCERTAIN), NORMAL)),
    # Level 1 (universal) is routed for the admin to signpost.
    ({"forms": (form(level_of_need=1),)}, (ROUTED, "brierley_hill", (), (), NORMAL)),
    # Step-down: by the main form's type, or by a plan in the pack.
    ({"forms": (form(form_type=FormType.STEP_DOWN),)},
     (ROUTED, "brierley_hill", (), (), Priority.STEP_DOWN)),
    ({"forms": (form(),), "documents": (Document("cp.pdf", DocumentKind.STEP_DOWN_PLAN),)},
     (ROUTED, "brierley_hill", (), (), Priority.STEP_DOWN)),
    ({"forms": (form(),), "documents": (Document("letter.pdf", DocumentKind.SUPPORTING),)},
     (ROUTED, "brierley_hill", (), (), NORMAL)),
    # Nothing to read.
    ({}, (EXCEPTION, None, (NO_FORM,), (), NORMAL)),
    ({"message": mail(sender=NHS), "received_in": "halesowen"},
     (EXCEPTION, None, (NO_FORM,), (Flag.INSECURE_CHANNEL,), NORMAL)),
    ({"documents": (Document("letter.pdf", DocumentKind.SUPPORTING),)},
     (EXCEPTION, None, ("no_form_found:1 file read, none of them a referral form",), (),
      NORMAL)),
    # Unreadable files explain a missing form: one reason each, no no_form_found.
    ({"unreadable": (ENCRYPTED,)},
     (EXCEPTION, None, ("unreadable_attachment:EHA.docx: encrypted",), (), NORMAL)),
    ({"unreadable": (ENCRYPTED, CORRUPT)},
     (EXCEPTION, None, ("unreadable_attachment:EHA.docx: encrypted",
                        "unreadable_attachment:plan.pdf: corrupt"), (), NORMAL)),
    # An unreadable file beside a good form: the cluster's admin gets the exception.
    ({"forms": (form(),), "unreadable": (CORRUPT,), "received_in": "halesowen"},
     (EXCEPTION, "brierley_hill", ("unreadable_attachment:plan.pdf: corrupt",),
      (Flag.MISDIRECTED,), NORMAL)),
    # Postcode problems: no cluster, so never misdirected.
    ({"forms": (form(address=at(None)),), "received_in": "halesowen"},
     (EXCEPTION, None, ("postcode_missing:no postcode on the form",), (), NORMAL)),
    ({"forms": (form(address=at("DY5 1AC")),)},
     (EXCEPTION, None, ("postcode_invalid:not a valid UK postcode",), (), NORMAL)),
    ({"forms": (form(address=at("DY4 7AA")),)},
     (EXCEPTION, None, ("postcode_out_of_area:postcode table: local authority E08000028",),
      (), NORMAL)),
    ({"forms": (form(address=at("DY10 4AA")),)},
     (EXCEPTION, None,
      ("postcode_out_of_area:district DY10 is not in the postcode table or rules",), (), NORMAL)),
    # Consent: one reason per person.
    ({"forms": (form(people=(CHILD, unsigned("Mum", None),
                             unsigned("Dad", None, relationship="father"))),)},
     (EXCEPTION, "brierley_hill", ("consent_missing:person 2 (adult, mother)",
                                   "consent_missing:person 3 (adult, father)"), (), NORMAL)),
    ({"forms": (form(form_type=FormType.INTERNAL_REQUEST, verbal_consent_recorded=True,
                     people=(CHILD, unsigned("Mum", None))),)},
     (ROUTED, "brierley_hill", (), (), NORMAL)),
    # Safeguarding: urgent, even for a step-down pack; cluster kept.
    ({"forms": (form(level_of_need=4),)},
     (EXCEPTION, "brierley_hill", ("safeguarding_concern:level of need 4",), (), Priority.URGENT)),
    ({"forms": (form(form_type=FormType.STEP_DOWN, risk_of_significant_harm=True,
                     free_text="in immediate danger"),)},
     (EXCEPTION, "brierley_hill",
      ("safeguarding_concern:risk of significant harm: yes; wording: 'immediate danger'",),
      (), Priority.URGENT)),
])
def test_decide(kwargs: dict[str, Any], expected: tuple[Any, ...]) -> None:
    assert summary(run(**kwargs)) == expected


def test_every_reason_at_once_comes_in_enum_order() -> None:
    referral = form(level_of_need=4, people=(CHILD, unsigned("Mum", None)), address=at("XX1"))
    decision = run(forms=(referral,), unreadable=(CORRUPT,))
    assert [r.code for r in decision.reasons] == [
        ReasonCode.UNREADABLE_ATTACHMENT, ReasonCode.CONSENT_MISSING,
        ReasonCode.POSTCODE_INVALID, ReasonCode.SAFEGUARDING_CONCERN]
    assert decision.priority is Priority.URGENT


@pytest.mark.parametrize(("headers", "sender", "code"), [
    ((("Auto-Submitted", "auto-replied"),), "teacher@school.example.org", ReasonCode.AUTO_REPLY),
    ((("Return-Path", "<>"),), "teacher@school.example.org", ReasonCode.BOUNCE),
    ((), "earlyhelp@dudley.gov.uk", ReasonCode.OWN_MAIL),
])
def test_ignored_mail_gets_nothing_else(
    headers: tuple[tuple[str, str], ...], sender: str, code: ReasonCode
) -> None:
    # Even with a form attached and a secure sender flag that would otherwise apply.
    decision = run(forms=(form(),), message=mail(headers=headers, sender=sender),
                   received_in="halesowen")
    assert decision.outcome is Outcome.IGNORED
    assert [r.code for r in decision.reasons] == [code]
    assert (decision.cluster, decision.flags, decision.form) == (None, (), None)
    assert decision.received_in == "halesowen"


def test_main_form_is_the_first_and_is_kept() -> None:
    main = form()
    other = form(address=at("B63 3AB"), people=(unsigned("X", None),))
    decision = run(forms=(main, other))
    assert decision.form is main
    assert summary(decision) == (ROUTED, "brierley_hill", (), (), NORMAL)


def test_consent_age_is_taken_today_without_an_assessment_date() -> None:
    kid = unsigned("Kid", dt.date(2011, 3, 14), Role.CHILD, "son")
    referral = form(people=(kid, MOTHER), assessment_date=None)
    assert run(forms=(referral,), today=dt.date(2025, 3, 13)).outcome is ROUTED
    assert run(forms=(referral,), today=dt.date(2025, 3, 14)).reasons == (
        Reason(ReasonCode.CONSENT_MISSING, "person 1 (child, son)"),)


def test_decision_json_shape() -> None:
    decision = run(forms=(form(address=at("DY5 2ZZ")),), received_in="halesowen")
    data = decision.to_json()
    assert {k: data[k] for k in ("outcome", "cluster", "received_in", "reasons", "flags",
                                 "priority")} == {
        "outcome": "routed", "cluster": "brierley_hill", "received_in": "halesowen",
        "reasons": [], "flags": ["misdirected", "postcode_uncertain"], "priority": "normal"}
    assert data["form"]["address"]["postcode"] == "DY5 2ZZ"


@pytest.mark.parametrize(("decision", "line"), [
    (Decision(Outcome.ROUTED, "halesowen", "halesowen"), "routed to halesowen"),
    (Decision(Outcome.ROUTED, "stourbridge", "halesowen",
              flags=(Flag.INSECURE_CHANNEL, Flag.MISDIRECTED)),
     "routed to halesowen (insecure channel, misdirected)"),
    (Decision(Outcome.ROUTED, "secure", "halesowen", priority=Priority.STEP_DOWN),
     "routed to halesowen; step down"),
    (Decision(Outcome.EXCEPTION, "secure", "brierley_hill", priority=Priority.URGENT,
              reasons=(Reason(ReasonCode.CONSENT_MISSING, "person 2 (adult, mother)"),
                       Reason(ReasonCode.CONSENT_MISSING, "person 3 (adult, father)"),
                       Reason(ReasonCode.SAFEGUARDING_CONCERN, "level of need 4")),
              flags=(Flag.POSTCODE_UNCERTAIN,)),
     "exception for brierley_hill: consent missing x2, safeguarding concern; urgent "
     "(postcode uncertain)"),
    (Decision(Outcome.EXCEPTION, "halesowen", None,
              reasons=(Reason(ReasonCode.NO_FORM_FOUND),)),
     "exception, no cluster: no form found"),
    (Decision(Outcome.EXCEPTION, "halesowen", None,
              reasons=(Reason(ReasonCode.UNREADABLE_ATTACHMENT, "Jay Smith EHA.docx: corrupt"),)),
     "exception, no cluster: unreadable attachment"),
    (Decision(Outcome.IGNORED, "halesowen", reasons=(Reason(ReasonCode.AUTO_REPLY, "x"),)),
     "ignored: auto reply"),
])
def test_decision_summary(decision: Decision, line: str) -> None:
    assert decision_summary(decision) == line


def test_summary_of_a_real_decision_has_no_personal_data() -> None:
    referral = form(people=(CHILD, unsigned("Jordan Smith", dt.date(1990, 1, 1))),
                    level_of_need=4, free_text="Jordan Smith: immediate danger")
    line = decision_summary(run(forms=(referral,), unreadable=(
        UnreadableFile("Jordan Smith.pdf", "encrypted"),)))
    assert "Jordan" not in line
    assert "DY5" not in line
    assert line == ("exception for brierley_hill: unreadable attachment, consent missing, "
                    "safeguarding concern; urgent")
