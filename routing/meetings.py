"""The Allocation Partnership Meeting (APM) calendar of one area: pure date arithmetic.

A meeting happens every `cadence_working_days` working days, counted from an anchor
meeting, which is meeting number 0. Working days are Monday to Friday, less the bank
holidays of England and Wales (one-off ones included, such as 19 September 2022 and
8 May 2023) and less the area's local closure dates. The calendar counts backwards too:
meetings before the anchor have negative numbers, so any start date is accepted.

The agenda of a meeting goes to its partners by 17:00 on the latest Monday strictly
before the meeting day (for a Thursday meeting, the Monday of the same week); if that
Monday is not a working day, by 17:00 on the latest working day before it.

Nothing here reads a clock or a file: every "now" is a parameter, and datetimes are
naive Europe/London wall-clock times.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

# Thursday 15 December 2016: the first meeting of Dudley's current cycle.
DEFAULT_ANCHOR = date(2016, 12, 15)
# Ten working days: a fortnight in weeks without bank holidays.
DEFAULT_CADENCE = 10
# "The agenda goes to the meeting's partners by 17:00" (London wall clock).
AGENDA_TIME = time(17, 0)
_SATURDAY = 5  # date.weekday(): Monday is 0, so 5 and 6 are the weekend
_CACHED_YEARS = 1024  # a few areas times a few decades of years; a year is ~260 dates


@lru_cache(maxsize=_CACHED_YEARS)
def bank_holidays(year: int) -> frozenset[date]:
    """The bank holidays of England and Wales in `year`, substitutes and one-offs included."""
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


@lru_cache(maxsize=_CACHED_YEARS)
def _working_days(year: int, closures: frozenset[date]) -> tuple[date, ...]:
    """The working days of `year` in order, given an area's closure dates."""
    closed = bank_holidays(year) | closures
    first = date(year, 1, 1)
    length = (date(year + 1, 1, 1) - first).days
    days = (first + timedelta(days=n) for n in range(length))
    return tuple(d for d in days if d.weekday() < _SATURDAY and d not in closed)


@lru_cache(maxsize=_CACHED_YEARS)
def _year_start_rank(year: int, base: int, closures: frozenset[date]) -> int:
    """Working days from 1 January of `base` to 1 January of `year` (negative before `base`)."""
    if year >= base:
        return sum(len(_working_days(y, closures)) for y in range(base, year))
    return -sum(len(_working_days(y, closures)) for y in range(year, base))


@dataclass(frozen=True)
class Meeting:
    """One meeting: its day, the naive 17:00 deadline of its agenda, and its number.

    `number` counts meetings from the calendar's anchor (0), negative before it.
    """

    date: date
    agenda_deadline: datetime
    number: int


@dataclass(frozen=True)
class MeetingCalendar:
    """The meetings of one area. Raises ValueError if the anchor is not a working day
    or the cadence is not positive."""

    anchor: date = DEFAULT_ANCHOR
    cadence_working_days: int = DEFAULT_CADENCE
    closures: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if self.cadence_working_days < 1:
            raise ValueError(f"cadence must be at least 1 working day: {self.cadence_working_days}")
        if not self.is_working_day(self.anchor):
            raise ValueError(f"the anchor meeting must fall on a working day: {self.anchor}")

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday, not a bank holiday in England and Wales, not a local closure."""
        return (
            day.weekday() < _SATURDAY
            and day not in bank_holidays(day.year)
            and day not in self.closures
        )

    def meeting(self, number: int) -> Meeting:
        """Meeting `number`: `number * cadence` working days after the anchor (before if < 0)."""
        rank = self._rank(self.anchor) + number * self.cadence_working_days
        day = self._day_at(rank)
        return Meeting(day, self.agenda_deadline(day), number)

    def meetings_from(self, start: date, count: int) -> tuple[Meeting, ...]:
        """The first `count` meetings on or after `start`, in order."""
        if count < 0:
            raise ValueError(f"count must not be negative: {count}")
        return tuple(itertools.islice(self._meetings_on_or_after(start), count))

    def next_meeting(self, after: datetime) -> Meeting:
        """The first meeting on or after the day of `after`.

        Meetings have no time of day, so a meeting held on the day of `after` is still
        the next one. Which meeting a case goes to is `meeting_for_screening`'s question.
        """
        return next(self._meetings_on_or_after(after.date()))

    def meeting_for_screening(self, screened_at: datetime) -> Meeting:
        """The meeting a case screened at `screened_at` is discussed at: the first meeting
        whose agenda deadline is at or after `screened_at`.

        A case screened after a meeting's deadline goes to the following meeting.
        """
        # A deadline falls before its meeting day, so no earlier meeting can qualify.
        meetings = self._meetings_on_or_after(screened_at.date())
        return next(m for m in meetings if m.agenda_deadline >= screened_at)

    def agenda_deadline(self, meeting_day: date) -> datetime:
        """17:00 on the latest Monday strictly before `meeting_day`, or on the latest
        working day before that Monday if it is a bank holiday or a closure."""
        days_since_monday = meeting_day.weekday() or 7  # a Monday meeting: a week earlier
        monday = meeting_day - timedelta(days=days_since_monday)
        return datetime.combine(self._working_day_on_or_before(monday), AGENDA_TIME)

    def _meetings_on_or_after(self, start: date) -> Iterator[Meeting]:
        behind = self._rank(start) - self._rank(self.anchor)
        first = -(-behind // self.cadence_working_days)  # ceiling division, also below zero
        return (self.meeting(number) for number in itertools.count(first))

    def _working_day_on_or_before(self, day: date) -> date:
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def _rank(self, day: date) -> int:
        """Working days from 1 January of the anchor's year up to `day`, `day` excluded.

        A working day's rank is its position in the count; a non-working day shares the
        rank of the next working day.
        """
        start = _year_start_rank(day.year, self.anchor.year, self.closures)
        return start + bisect.bisect_left(_working_days(day.year, self.closures), day)

    def _day_at(self, rank: int) -> date:
        """The working day whose rank is `rank` (the inverse of `_rank` on working days)."""
        year = self.anchor.year
        while rank < self._year_start(year):
            year -= 1
        while rank >= self._year_start(year + 1):
            year += 1
        return _working_days(year, self.closures)[rank - self._year_start(year)]

    def _year_start(self, year: int) -> int:
        return _year_start_rank(year, self.anchor.year, self.closures)
