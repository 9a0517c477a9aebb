"""The council's areas (clusters), their meetings, and how postcodes map to them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import Field, model_validator

from inbox_worker.settings.common import Strict
from inbox_worker.settings.pathway import Weekday

_CADENCE_KEYS = frozenset({"anchor", "cadence_working_days", "weekly_on", "dates"})


class MeetingSettings(Strict):
    """When the area's meeting (the pathway's body: APM, MMT) happens, and who gets the
    agenda. Cadence keys given here replace the body's cadence for this area."""

    anchor: dt.date = dt.date(2016, 12, 15)  # a known meeting date
    cadence_working_days: int = Field(10, ge=1, le=60)  # working days between meetings
    weekly_on: Weekday | None = None  # or: every week on this day
    dates: tuple[dt.date, ...] = ()  # or: the published dates
    partners: tuple[str, ...] = ()  # agenda recipients

    @model_validator(mode="after")
    def _one_cadence(self) -> MeetingSettings:
        kinds = [k for k, keys in (("cadence_working_days", {"anchor", "cadence_working_days"}),
                                   ("weekly_on", {"weekly_on"}), ("dates", {"dates"}))
                 if keys & self.model_fields_set]
        if len(kinds) > 1:
            raise ValueError(f"give one cadence, not {' and '.join(kinds)}")
        return self

    @property
    def own_cadence(self) -> bool:
        """Whether this area gives its own cadence instead of the body's."""
        return bool(_CADENCE_KEYS & self.model_fields_set)


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
