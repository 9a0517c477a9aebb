"""The council's areas (clusters), their meetings, and how postcodes map to them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import Field

from inbox_worker.settings.common import Strict


class MeetingSettings(Strict):
    """When a cluster's Allocation Partnership Meeting happens, and who gets the agenda."""

    anchor: dt.date = dt.date(2016, 12, 15)  # a known meeting date
    cadence_working_days: int = Field(10, ge=1, le=60)  # working days between meetings
    partners: tuple[str, ...] = ()  # agenda recipients


class AreaSettings(Strict):
    """A cluster (Dudley) or area (Doncaster) that receives cases."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")  # short id used in commands and the store
    name: str  # display name
    mailbox: str  # id of this area's mailbox
    family_centre_manager: str = ""  # email
    admin_contacts: tuple[str, ...] = ()  # emails told of urgent (safeguarding) items
    meetings: MeetingSettings = MeetingSettings()


class PostcodeRuleSettings(Strict):
    prefix: str  # a district ("DY1") or sector ("DY5 1")
    area: str  # area id
    certain: bool = True  # False: routes but flags postcode_uncertain


class PostcodeSettings(Strict):
    table: Path | None = None  # ONS-format CSV (pcds, oslaud, osward) loaded at start
    wards: dict[str, str] = Field(default_factory=dict)  # ward code -> area id
    rules: tuple[PostcodeRuleSettings, ...] = ()
