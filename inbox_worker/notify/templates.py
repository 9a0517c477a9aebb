"""Email templates from the configuration's templates folder, checked at start."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from string import Template

import yaml

from inbox_worker.settings import SettingsError
from routing.decision import ReasonCode

_TEXT_TEMPLATES = {
    "acknowledgement_routed": ("greeting", "reference", "area_name", "next_step",
                               "insecure_notice", "authority"),
    "acknowledgement_exception": ("greeting", "reference", "guidance", "insecure_notice",
                                  "authority"),
    "insecure_channel_notice": ("sender_domain", "secure_address"),
    "safeguarding_alert": ("reference", "received_in", "signals", "mash_contact", "authority"),
    "outcome_closed": ("greeting", "reference", "area_name", "opening", "outcome", "reason",
                       "review", "authority"),
    "outcome_allocation": ("greeting", "reference", "area_name", "opening", "decision",
                           "details", "review", "authority"),
    "step_up_notice": ("reference", "area_name", "social_care", "stage", "reason",
                       "lead_professional", "authority"),
    "review_outcome": ("greeting", "reference", "reviewer", "result", "notes", "next_step",
                       "authority"),
    "agenda": ("meeting_name", "area_name", "meeting_date", "count", "cases", "authority"),
    "review_request_notice": ("reference", "reviewer", "via", "authority"),
    "review_received": ("greeting", "reference", "reviewer", "authority"),
    "not_for_early_help": ("reference", "outcome", "reason", "authority"),
}
ADMIN_REPLIES = "admin_replies.yaml"  # replies an admin sends from the item page
_IGNORE_CODES = (ReasonCode.AUTO_REPLY, ReasonCode.BOUNCE, ReasonCode.READ_RECEIPT,
                 ReasonCode.LIST_MAIL, ReasonCode.OWN_MAIL, ReasonCode.MAIL_LOOP)
_QUEUE_CODES: tuple[ReasonCode, ...] = tuple(c for c in ReasonCode if c not in _IGNORE_CODES)


@dataclass(frozen=True)
class AdminReply:
    title: str  # what the admin chooses by
    text: Template  # $reference, $authority


@dataclass(frozen=True)
class Templates:
    texts: dict[str, Template]
    guidance: dict[ReasonCode, Template]
    replies: dict[str, AdminReply] = field(default_factory=dict)

    def render(self, name: str, **values: str) -> str:
        return self.texts[name].substitute(values)

    def guide(self, code: ReasonCode, detail: str) -> str:
        return self.guidance[code].substitute(detail=detail or "see above")


def load_templates(folder: Path) -> Templates:
    """Read every template; SettingsError names a missing file, key or placeholder."""
    texts = {name: Template(_read(folder / f"{name}.txt")) for name in _TEXT_TEMPLATES}
    raw = yaml.safe_load(_read(folder / "exception_guidance.yaml")) or {}
    missing = [c.value for c in _QUEUE_CODES if c.value not in raw]
    if missing:
        raise SettingsError(f"{folder}/exception_guidance.yaml: no text for {', '.join(missing)}")
    guidance: dict[ReasonCode, Template] = {c: Template(str(raw[c.value])) for c in _QUEUE_CODES}
    templates = Templates(texts, guidance, _replies(folder))
    _check_placeholders(folder, templates)
    return templates


def _replies(folder: Path) -> dict[str, AdminReply]:
    raw = yaml.safe_load(_read(folder / ADMIN_REPLIES)) or {}
    replies = {}
    for name, reply in raw.items():
        if not isinstance(reply, dict) or not {"title", "text"} <= reply.keys():
            raise SettingsError(f"{folder}/{ADMIN_REPLIES}: {name} needs a title and a text")
        replies[str(name)] = AdminReply(str(reply["title"]), Template(str(reply["text"])))
        try:
            replies[str(name)].text.substitute(reference="x", authority="x")
        except (KeyError, ValueError) as err:
            raise SettingsError(f"{folder}/{ADMIN_REPLIES}: {name}: unknown placeholder "
                                f"{err}") from err
    return replies


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise SettingsError(f"templates_dir: cannot read {path}: {err}") from err


def _check_placeholders(folder: Path, templates: Templates) -> None:
    for name, fields in _TEXT_TEMPLATES.items():
        try:
            templates.render(name, **dict.fromkeys(fields, "x"))
        except (KeyError, ValueError) as err:
            raise SettingsError(f"{folder}/{name}.txt: unknown placeholder {err}") from err
