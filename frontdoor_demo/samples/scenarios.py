"""A varied set of sample referrals with the outcome each should have.

Used by `frontdoor demo` and by the end-to-end tests, so the demo shows exactly
what the tests check. Names and addresses are invented.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from frontdoor_demo.samples.forms import (
    FormSpec,
    PersonSpec,
    make_docx,
    make_pdf,
    make_step_down_plan_pdf,
    sample_specs,
)
from frontdoor_demo.samples.referrals import (
    SampleFile,
    docx_file,
    out_of_office,
    pdf_file,
    referral_email,
)
from parsers.form import LeadProfessional, Role

ASSESSED = dt.date(2026, 11, 16)
SCHOOL = LeadProfessional("Priya Shah", "Hillcrest Primary School",
                          "p.shah@hillcrest.dudley.sch.uk", "01384 812345")
HEALTH = LeadProfessional("Grace Okafor", "Health Visiting", "grace.okafor@nhs.net",
                          "01384 456789")


@dataclass(frozen=True)
class Scenario:
    """One sample message: where it arrives and what the worker should decide."""

    name: str
    mailbox: str
    raw: bytes
    outcome: str  # routed | exception | ignored
    cluster: str | None = None
    reason: str | None = None  # the exception's first reason code
    flag: str | None = None
    priority: str = "normal"


def family_form(child: str, postcode: str, *, parent_signs: bool = True, level: int = 2,
                lead: LeadProfessional = SCHOOL, teen: bool = False) -> FormSpec:
    """A family's Early Help Assessment: the child, a mother who signs, and the lead."""
    surname = child.split()[-1]
    people = [PersonSpec(child, dt.date(2016, 3, 9), "Son", "", None, Role.CHILD),
              PersonSpec(f"Dana {surname}", dt.date(1987, 8, 1), "Mother",
                         "D " + surname if parent_signs else "", ASSESSED if parent_signs
                         else None, Role.ADULT, signed=parent_signs)]
    if teen:
        people.append(PersonSpec(f"Kai {surname}", dt.date(2011, 5, 5), "Brother",
                                 f"Kai {surname}", ASSESSED, Role.CHILD, signed=True))
    return FormSpec(people=tuple(people), address_lines=("1 Sample Street",), postcode=postcode,
                    lead=lead, lead_role="Lead professional", level=level,
                    assessment_date=ASSESSED, risk_of_significant_harm=False,
                    free_text="Family asking for help with routines and school attendance.")


def _to(mailbox: str) -> str:
    return f"earlyhelp.{mailbox.replace('_', '')}@dudley.gov.uk" if mailbox != "secure" \
        else "earlyhelp.secure@dudley.gcsx.gov.uk"


def _mail(mailbox: str, *files: SampleFile, sender: str = SCHOOL.email,
          subject: str = "Early Help referral", body: str = "Please find attached.") -> bytes:
    return referral_email(sender=sender, to=_to(mailbox), subject=subject, body=body,
                          files=files)


def _staff(role: str) -> str:
    """Another address at the school: referrals come from several staff, and each address
    is answered at most three times a day (the worker's answer budget)."""
    return f"{role}@hillcrest.dudley.sch.uk"


def _signed_step_down(spec: FormSpec) -> FormSpec:
    """The sample step-down form with every 14+ member signed, at a postcode in the table."""
    people = tuple(replace(p, consent_text=p.name, consent_date=spec.assessment_date, signed=True)
                   if not p.signed and p.role is Role.CHILD and p.dob and p.dob.year < 2012
                   else p for p in spec.people)
    return replace(spec, people=people, postcode="DY3 1AB", postcode_as_written="DY3 1AB")


def scenarios() -> tuple[Scenario, ...]:
    step_down, internal = _signed_step_down(sample_specs()[2]), sample_specs()[1]
    return (
        Scenario("Word form to the right cluster", "dudley_central",
                 _mail("dudley_central", docx_file("EHA.docx", make_docx(
                     family_form("Oliver Price", "DY1 1AA", teen=True)))),
                 "routed", "dudley_central"),
        Scenario("PDF form to the right cluster", "halesowen",
                 _mail("halesowen", pdf_file("EHA.pdf", make_pdf(
                     family_form("Ava Bennett", "B63 3BL"))), sender=_staff("senco")),
                 "routed", "halesowen"),
        Scenario("fillable PDF form", "stourbridge",
                 _mail("stourbridge", pdf_file("EHA form.pdf", make_pdf(
                     family_form("Leo Walsh", "DY8 1AA"), acroform=True)), sender=_staff("dsl")),
                 "routed", "stourbridge"),
        Scenario("sent to the wrong cluster's inbox", "halesowen",
                 _mail("halesowen", docx_file("referral.docx", make_docx(
                     family_form("Mia Turner", "DY6 7AA"), layout="paragraphs")),
                       sender=_staff("office")),
                 "routed", "brierley_hill", flag="misdirected"),
        Scenario("health visitor on nhs.net to a non-secure inbox", "stourbridge",
                 _mail("stourbridge", docx_file("EHA.docx", make_docx(
                     family_form("Isla Green", "DY9 7AA", lead=HEALTH))), sender=HEALTH.email),
                 "routed", "stourbridge", flag="insecure_channel"),
        Scenario("step-down pack (form and CIN plan) to the secure inbox", "secure",
                 _mail("secure", docx_file("step down.docx", make_docx(step_down)),
                       pdf_file("CIN plan.pdf", make_step_down_plan_pdf()),
                       sender=step_down.lead.email),
                 "routed", "dudley_north", priority="step_down"),
        Scenario("MASH internal request with verbal consent", "secure",
                 _mail("secure", docx_file("internal request.docx", make_docx(internal)),
                       sender=internal.lead.email), "routed", "halesowen"),
        Scenario("mother has not signed the consent", "dudley_central",
                 _mail("dudley_central", docx_file("EHA.docx", make_docx(
                     family_form("Ethan Hughes", "DY2 0AB", parent_signs=False)))),
                 "exception", "dudley_central", reason="consent_missing"),
        Scenario("family lives in Sandwell", "dudley_north",
                 _mail("dudley_north", docx_file("EHA.docx", make_docx(
                     family_form("Ruby Clarke", "DY4 7AA"))), sender=_staff("head")),
                 "exception", reason="postcode_out_of_area"),
        Scenario("level 4: risk of significant harm", "brierley_hill",
                 _mail("brierley_hill", docx_file("EHA.docx", make_docx(replace(
                     family_form("Alfie Ward", "DY5 1AA"), level=4,
                     risk_of_significant_harm=True))),
                       sender=_staff("dsl")),
                 "exception", "brierley_hill", reason="safeguarding_concern", priority="urgent"),
        Scenario("password-protected or broken PDF", "halesowen",
                 _mail("halesowen", pdf_file("EHA.pdf", b"%PDF-1.7\n%broken\n1 0 obj <<"),
                       sender=_staff("senco")),
                 "exception", reason="unreadable_attachment"),
        Scenario("an enquiry with no form", "dudley_north",
                 _mail("dudley_north", subject="Question about Early Help", sender=_staff("office"),
                       body="Hello, how do I refer a family to Early Help? Thanks."),
                 "exception", reason="no_form_found"),
        Scenario("an out-of-office reply", "stourbridge",
                 out_of_office(sender="j.bloggs@school.example", to=_to("stourbridge")),
                 "ignored"),
    )
