"""What extraction of one message produces: forms, and files it could not read."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from parsers.form import Form


class DocumentKind(StrEnum):
    """Classification of one attachment."""

    EARLY_HELP_ASSESSMENT = "early_help_assessment"
    INTERNAL_REQUEST = "internal_request"
    STEP_DOWN_PLAN = "step_down_plan"  # CIN plan, child protection plan, step-down plan
    SUPPORTING = "supporting"  # letters and other readable files


@dataclass(frozen=True)
class UnreadableFile:
    """A file that could not be read, with a reason a person understands."""

    filename: str
    reason: str  # e.g. "encrypted", "corrupt", "unsupported type", "over size limit"


@dataclass(frozen=True)
class Document:
    filename: str
    kind: DocumentKind


@dataclass(frozen=True)
class MailExtraction:
    """Everything read from one message's attachments (and forwarded messages).

    `forms` are the referral forms found, main form first. When the pack holds a
    step-down plan, the main form's type is `step_down`.
    """

    forms: tuple[Form, ...] = ()
    documents: tuple[Document, ...] = ()
    unreadable: tuple[UnreadableFile, ...] = ()

    @property
    def has_step_down_plan(self) -> bool:
        return any(d.kind is DocumentKind.STEP_DOWN_PLAN for d in self.documents)
