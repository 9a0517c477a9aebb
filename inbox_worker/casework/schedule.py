"""Meeting calendars per area and body from the settings, and London wall-clock time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from inbox_worker.casework.pathway import pathway_of
from inbox_worker.settings import Settings, SettingsError
from routing.pathway.calendars import WEEKDAYS, Cadence, Calendar

LONDON = ZoneInfo("Europe/London")


def london(utc_naive: dt.datetime) -> dt.datetime:
    """The store's naive UTC time as naive Europe/London wall-clock time."""
    return utc_naive.replace(tzinfo=dt.UTC).astimezone(LONDON).replace(tzinfo=None)


def calendar_for(settings: Settings, area_id: str, body_id: str = "") -> Calendar:
    """The meetings of `body_id` (default: the pathway's meeting) in the area."""
    return area_cadence(settings, area_id, body_id).calendar(frozenset(settings.closure_days))


def area_cadence(settings: Settings, area_id: str, body_id: str = "") -> Cadence:
    """The area's own cadence (`areas[].meetings`) if it gives one, else the body's."""
    area = next((a for a in settings.areas if a.id == area_id), None)
    if area is None:
        raise SettingsError(f"no area with id '{area_id}'")
    meetings = area.meetings
    if meetings.own_cadence:
        return Cadence(every_working_days=meetings.cadence_working_days,
                       anchor=meetings.anchor, dates=meetings.dates,
                       weekday=WEEKDAYS.index(meetings.weekly_on) if meetings.weekly_on
                       else None)
    pathway = pathway_of(settings)
    stage = pathway.meeting_stage()
    body = pathway.body(body_id or (stage.body if stage else ""))
    if body is None:
        raise SettingsError(f"the pathway has no meeting body '{body_id}'")
    return body.cadence
