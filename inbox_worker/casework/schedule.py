"""Meeting calendars per area from the settings, and London wall-clock time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from inbox_worker.settings import Settings, SettingsError
from routing.meetings import MeetingCalendar

LONDON = ZoneInfo("Europe/London")


def london(utc_naive: dt.datetime) -> dt.datetime:
    """The store's naive UTC time as naive Europe/London wall-clock time."""
    return utc_naive.replace(tzinfo=dt.UTC).astimezone(LONDON).replace(tzinfo=None)


def calendar_for(settings: Settings, area_id: str) -> MeetingCalendar:
    area = next((a for a in settings.areas if a.id == area_id), None)
    if area is None:
        raise SettingsError(f"no area with id '{area_id}'")
    return MeetingCalendar(anchor=area.meetings.anchor,
                           cadence_working_days=area.meetings.cadence_working_days,
                           closures=frozenset(settings.closure_days))
