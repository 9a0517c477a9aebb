"""Meeting calendars beside "every N working days" (`routing.meetings`): a fixed weekday
each week, or the dates a service publishes. Pure date arithmetic, as `meetings`.

Every calendar answers the same questions (`Calendar`): the meetings from a day, the one
a case decided at a moment goes to, and a meeting's agenda deadline, which is always
`MeetingCalendar.agenda_deadline`'s rule (17:00 on the Monday before, or the working day
before that Monday). A weekly meeting that falls on a bank holiday or a closure day does
not happen that week; a listed date is held as written (the service chose it).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from routing.meetings import Meeting, MeetingCalendar

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday")
# Weekly meetings are numbered by the week from Monday 12 December 2016 (stable numbers).
_WEEK_ZERO = date(2016, 12, 12)
# A weekly calendar with every meeting closed for this long is a mistake, not a calendar.
_MAX_WEEKS_CLOSED = 52


class NoMeetingListedError(ValueError):
    """A listed calendar has no meeting on or after the day asked about."""


class Calendar(Protocol):
    """What casework asks of any meeting calendar."""

    def meetings_from(self, start: date, count: int) -> tuple[Meeting, ...]: ...

    def meeting_for_screening(self, screened_at: datetime) -> Meeting: ...

    def agenda_deadline(self, meeting_day: date) -> datetime: ...


class _OnWorkingDays:
    """What a weekly and a listed calendar share: the working days (England and Wales
    less `closures`), the agenda deadline, and the questions asked of a calendar, all
    answered from `_meetings_on_or_after`."""

    closures: frozenset[date]

    def _meetings_on_or_after(self, start: date) -> Iterator[Meeting]:
        raise NotImplementedError

    @property
    def _days(self) -> MeetingCalendar:
        return MeetingCalendar(closures=self.closures)  # its default anchor is a working day

    def agenda_deadline(self, meeting_day: date) -> datetime:
        return self._days.agenda_deadline(meeting_day)

    def meetings_from(self, start: date, count: int) -> tuple[Meeting, ...]:
        """The first `count` meetings on or after `start` (fewer if no more are listed)."""
        if count < 0:
            raise ValueError(f"count must not be negative: {count}")
        return tuple(itertools.islice(self._meetings_on_or_after(start), count))

    def meeting_for_screening(self, screened_at: datetime) -> Meeting:
        """The first meeting whose agenda deadline is at or after `screened_at`."""
        meetings = self._meetings_on_or_after(screened_at.date())
        found = next((m for m in meetings if m.agenda_deadline >= screened_at), None)
        if found is None:
            raise NoMeetingListedError(f"no meeting is listed with an agenda deadline after "
                                       f"{screened_at:%d %B %Y %H:%M}: add the next dates")
        return found


@dataclass(frozen=True)
class WeeklyCalendar(_OnWorkingDays):
    """A meeting every week on `weekday` (0 Monday .. 4 Friday) that is a working day."""

    weekday: int
    closures: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if not 0 <= self.weekday < len(WEEKDAYS):
            raise ValueError(f"a weekly meeting is held Monday to Friday, not day {self.weekday}")

    def _meetings_on_or_after(self, start: date) -> Iterator[Meeting]:
        day = start + timedelta(days=(self.weekday - start.weekday()) % 7)
        days, closed_weeks = self._days, 0
        while closed_weeks < _MAX_WEEKS_CLOSED:
            if days.is_working_day(day):
                closed_weeks = 0
                yield Meeting(day, days.agenda_deadline(day), (day - _WEEK_ZERO).days // 7)
            else:
                closed_weeks += 1
            day += timedelta(days=7)


@dataclass(frozen=True)
class ListedCalendar(_OnWorkingDays):
    """The meetings on the dates given (a published calendar), numbered from 0 in order."""

    dates: tuple[date, ...]
    closures: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if not self.dates:
            raise ValueError("a listed calendar needs at least one date")
        object.__setattr__(self, "dates", tuple(sorted(set(self.dates))))

    def _meetings_on_or_after(self, start: date) -> Iterator[Meeting]:
        days = self._days
        first = bisect.bisect_left(self.dates, start)
        return (Meeting(d, days.agenda_deadline(d), first + n)
                for n, d in enumerate(self.dates[first:]))


@dataclass(frozen=True)
class Cadence:
    """How often a body meets: every N working days from an anchor meeting, weekly on a
    weekday (0 Monday .. 4 Friday), or on listed dates. Exactly one is given."""

    every_working_days: int = 0
    anchor: date | None = None
    weekday: int | None = None
    dates: tuple[date, ...] = ()

    def calendar(self, closures: frozenset[date] = frozenset()) -> Calendar:
        if self.dates:
            return ListedCalendar(self.dates, closures)
        if self.weekday is not None:
            return WeeklyCalendar(self.weekday, closures)
        return MeetingCalendar(anchor=self.anchor or MeetingCalendar().anchor,
                               cadence_working_days=self.every_working_days,
                               closures=closures)

    def describe(self) -> str:
        """As a person says it: 'every 10 working days from Thursday 15 December 2016'."""
        if self.dates:
            shown = ", ".join(f"{d:%d %b %Y}" for d in sorted(self.dates)[:3])
            more = f" and {len(self.dates) - 3} more" if len(self.dates) > 3 else ""
            return f"on the listed dates ({shown}{more})"
        if self.weekday is not None:
            return f"every {WEEKDAYS[self.weekday].capitalize()} that is a working day"
        anchor = self.anchor or MeetingCalendar().anchor
        return f"every {self.every_working_days} working days from {anchor:%A %d %B %Y}"
