"""The whole configuration file: a typed schema validated at start.

Every field has a default or is required; relative paths are resolved against the
configuration file's folder (`loader`). Secrets are never inline: `SecretRef` names an
environment variable or a file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import Field, model_validator

from inbox_worker.settings.areas import AreaSettings, PostcodeSettings
from inbox_worker.settings.common import SettingsError, Strict
from inbox_worker.settings.mailboxes import MailboxSettings
from inbox_worker.settings.outbound import OutboundSettings
from inbox_worker.settings.parsing import MetricsSettings, ParsingSettings
from inbox_worker.settings.pathway import DUDLEY, PathwaySettings
from inbox_worker.settings.web import WebSettings

_DEFAULT_SECURE_DOMAINS = ("nhs.net", "police.uk", "pnn.police.uk", "gsi.gov.uk", "cjsm.net")
_DEFAULT_SAFEGUARDING_PHRASES = (
    "immediate danger",
    "immediate risk",
    "serious harm",
    "at risk of significant harm",
    "suffering significant harm",  # the Children Act 1989 s47 threshold's words
    "likely to suffer significant harm",
    "further risk of significant harm",  # why the parents were not asked for consent
    "sexual abuse",
    "disclosed abuse",
    "child protection referral",  # the referrer has made one ("Phoned to the Duty Desk –
    "child protection concern",  # child protection referral", Isle of Man referral form)
    "cp referral",  # "URGENT written confirmation of CP referral" (its covering email)
)



class Settings(Strict):
    authority: str  # council name, shown in emails
    local_authority_codes: tuple[str, ...]  # ONS codes of this council (E08000027 Dudley)
    areas: tuple[AreaSettings, ...] = Field(min_length=1)
    mailboxes: tuple[MailboxSettings, ...] = Field(min_length=1)
    secure_mailbox: str  # id of the secure mailbox
    secure_domains: tuple[str, ...] = _DEFAULT_SECURE_DOMAINS
    consent_age: int = Field(14, ge=0, le=18)
    cluster_levels: tuple[int, ...] = (2, 3)  # levels of need handled by the areas
    safeguarding_level: int = 4  # stated level that goes to MASH
    safeguarding_phrases: tuple[str, ...] = _DEFAULT_SAFEGUARDING_PHRASES
    mash_contact: str = ""  # how the admin reaches MASH, quoted in urgent notices
    service_manager: str = ""  # email of the Service Manager (second reviews)
    closure_days: tuple[dt.date, ...] = ()  # local closure days: not working days for meetings
    postcodes: PostcodeSettings = PostcodeSettings()
    store_url: str = "sqlite:///frontdoor.db"  # relative sqlite paths resolve to the config folder
    templates_dir: Path = Path("templates")
    outbound: OutboundSettings
    poll_interval_seconds: float = Field(60.0, gt=0)
    reference_prefix: str = "EH"  # case references look like EH-2026-000042
    max_message_bytes: int = 40 * 1024 * 1024  # larger messages go to the queue unread
    parsing: ParsingSettings = ParsingSettings()  # limits on reading attachments
    pathway: PathwaySettings = DUDLEY  # casework stages, bodies, words (README: "A pathway")
    metrics: MetricsSettings | None = None  # Prometheus metrics of `frontdoor run`, on loopback
    web: WebSettings = WebSettings()  # the admin pages' sign-in by OpenID Connect

    @model_validator(mode="after")
    def _cross_references(self) -> Settings:
        mailbox_ids = [m.id for m in self.mailboxes]
        area_ids = [a.id for a in self.areas]
        _no_repeats("mailboxes", mailbox_ids)
        _no_repeats("areas", area_ids)
        for i, area in enumerate(self.areas):
            if area.mailbox not in mailbox_ids:
                raise ValueError(f"areas[{i}].mailbox: no mailbox with id '{area.mailbox}'")
        if self.secure_mailbox not in mailbox_ids:
            raise ValueError(f"secure_mailbox: no mailbox with id '{self.secure_mailbox}'")
        for i, rule in enumerate(self.postcodes.rules):
            if rule.area not in area_ids:
                raise ValueError(f"postcodes.rules[{i}].area: no area with id '{rule.area}'")
        for ward, area_id in self.postcodes.wards.items():
            if area_id not in area_ids:
                raise ValueError(f"postcodes.wards.{ward}: no area with id '{area_id}'")
        _check_oidc_areas(self.web, area_ids)
        return self

    def unread_from_address(self) -> str | None:
        """What is wrong when mail goes out from an address no mailbox reads and the
        configuration does not say why; None when replies to From are read."""
        address = self.outbound.from_address.lower()
        if (any(m.address.lower() == address for m in self.mailboxes)
                or self.outbound.unmonitored_reason.strip()):
            return None
        return (f"outbound.from_address: no configured mailbox reads {address}, so a reply "
                f"to it is never seen; send from an area's or the secure mailbox, or say "
                f"why in outbound.unmonitored_reason")

    def mailbox(self, mailbox_id: str) -> MailboxSettings:
        for mailbox in self.mailboxes:
            if mailbox.id == mailbox_id:
                return mailbox
        raise SettingsError(f"no mailbox with id '{mailbox_id}'")


def _no_repeats(key: str, ids: list[str]) -> None:
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ValueError(f"{key}: id used twice: {', '.join(repeated)}")


def _check_oidc_areas(web: WebSettings, area_ids: list[str]) -> None:
    if web.oidc is None:
        return
    for value, area_id in web.oidc.areas.items():
        if area_id not in area_ids:
            raise ValueError(f"web.oidc.areas.{value}: no area with id '{area_id}'")
    for name, person in web.oidc.people.items():
        for area_id in person.areas:
            if area_id not in area_ids:
                raise ValueError(f"web.oidc.people.{name}.areas: no area with id '{area_id}'")
