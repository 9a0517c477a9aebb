"""How the pages show values: London times, area names, reasons, a form as read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from flask import Flask

from inbox_worker.casework.schedule import london
from inbox_worker.web.context import WebContext

REASON_LABELS = {
    "no_form_found": "No form found",
    "unreadable_attachment": "Attachment could not be read",
    "consent_missing": "Consent missing",
    "postcode_missing": "Home postcode missing",
    "postcode_invalid": "Home postcode not valid",
    "postcode_out_of_area": "Home postcode outside our areas",
    "safeguarding_concern": "Safeguarding concern: pass to MASH now",
    "form_unclear": "Form unclear",
    "processing_failed": "Processing failed",
}
NOT_RECORDED = "not recorded"


@dataclass(frozen=True)
class Row:
    """One value of a form as read, with where the reader found it."""

    label: str
    value: str
    source: str


def install_filters(app: Flask, web: WebContext) -> None:
    app.add_template_filter(when, "when")
    app.add_template_filter(day, "day")
    app.add_template_filter(reason_label, "reason_label")
    app.add_template_filter(web.area_name, "area_name")
    oidc = web.settings.web.oidc
    app.jinja_env.globals.update(mash_contact=web.settings.mash_contact,
                                 authority=web.settings.authority,
                                 oidc_label=oidc.label if oidc else "")


def when(value: dt.datetime | None) -> str:
    """A stored (naive UTC) time as London wall-clock time, e.g. '2 Dec 2026, 09:41 (UK)'."""
    if value is None:
        return "-"
    local = london(value)
    return f"{local.day} {local:%b %Y, %H:%M} (UK time)"


def day(value: dt.date | None) -> str:
    return "-" if value is None else f"{value:%A} {value.day} {value:%B %Y}"


def reason_code(reason: str) -> str:
    return reason.partition(":")[0]


def reason_label(reason: str) -> str:
    code = reason_code(reason)
    return REASON_LABELS.get(code, code.replace("_", " ").capitalize())


def form_rows(form: dict[str, Any] | None) -> list[Row]:
    """The form's values other than people, each with its source."""
    if not form:
        return []
    address = form.get("address") or {}
    lead = form.get("lead_professional") or {}
    return [
        Row("Form", str(form.get("form_type", "unknown")).replace("_", " "),
            _source(form, "form_type")),
        Row("Level of need", _text(form.get("level_of_need")), _source(form, "level_of_need")),
        Row("Home address", ", ".join(address.get("lines") or []) or NOT_RECORDED,
            _source(address, "lines")),
        Row("Home postcode", _text(address.get("postcode")), _source(address, "postcode")),
        *(Row(f"Lead professional: {part}", _text(lead.get(part)), _source(lead, part))
          for part in ("name", "agency", "email", "phone")),
    ]


def people_rows(form: dict[str, Any] | None) -> list[list[str]]:
    """One row per household member: name, date of birth, role, relationship, consent,
    and where each was read."""
    return [_person(p) for p in (form or {}).get("people", [])]


def _person(person: dict[str, Any]) -> list[str]:
    consent = person.get("consent") or {}
    signed = "signed" if consent.get("signed") else "not signed"
    if consent.get("date"):
        signed += f" ({consent['date']})"
    where = "; ".join(f"{k.replace('_', ' ')}: {v}"
                      for k, v in (person.get("source") or {}).items()) or NOT_RECORDED
    return [_text(person.get("name")), _text(person.get("date_of_birth")),
            _text(person.get("role")), _text(person.get("relationship")), signed, where]


def _text(value: object) -> str:
    return NOT_RECORDED if value in (None, "") else str(value)


def _source(part: dict[str, Any], key: str) -> str:
    return str((part.get("source") or {}).get(key) or NOT_RECORDED)
