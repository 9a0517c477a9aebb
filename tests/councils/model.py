"""The truth each council case carries: what a correct reader must find in the document."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Person:
    name: str  # full name as the form gives it, "First Last" order
    date_of_birth: date | None
    role: str  # "child" (under 18) or "adult"
    signed: bool  # consent recorded for this person on the form


@dataclass(frozen=True)
class Expected:
    form_type: str  # early_help_assessment | internal_request | step_down
    people: tuple[Person, ...]  # every household member the form lists (not professionals)
    postcode: str | None  # the FAMILY's home postcode normalised "DY5 1AA", or None
    lead_professional_name: str | None
    lead_professional_email: str | None
    level_of_need: int | None  # 1-4 as ticked/stated, None if the form does not say
    safeguarding: bool = False  # the form marks a safeguarding referral / risk of significant harm
    # stable code when the right outcome is the exception queue: consent_missing,
    # postcode_missing, form_unclear, safeguarding_concern
    queue_reason: str | None = None


@dataclass(frozen=True)
class CouncilCase:
    case_id: str  # "walsall-eha-01"
    council: str
    source_url: str
    source_title: str
    layout: str  # one line: what is distinctive about this layout
    filename: str  # "referral.docx" | "referral.pdf" | "message.eml"
    assessment_date: date
    build: Callable[[], bytes]
    expected: Expected
