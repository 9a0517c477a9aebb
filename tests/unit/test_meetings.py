"""The APM calendar: working days, meeting dates, agenda deadlines, which meeting a case goes to.

Every literal date below was counted by hand; the comments show the count. England and Wales
bank holidays used: 2016: Mon 29 Aug, Mon 26 + Tue 27 Dec (Christmas Day on a Sunday);
2017: Mon 2 Jan (New Year substitute), Fri 14 + Mon 17 Apr (Easter), Mon 1 May, Mon 29 May;
2022: Mon 19 Sep (the Queen's funeral); 2023: Fri 7 + Mon 10 Apr (Easter), Mon 1 May,
Mon 8 May (the coronation), Mon 29 May; 2026: Fri 25 Dec, Mon 28 Dec (Boxing Day substitute);
2027: Fri 1 Jan, Fri 26 + Mon 29 Mar (Easter).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import holidays
import pytest

from routing.meetings import Meeting, MeetingCalendar

DEFAULT = MeetingCalendar()


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def _five_pm(day: date) -> datetime:
    return _at(day, 17)


# --- working days ---------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "working"), [
    (date(2016, 12, 15), True),   # Thursday, the anchor
    (date(2016, 12, 17), False),  # Saturday
    (date(2016, 12, 25), False),  # Sunday, Christmas Day
    (date(2016, 12, 26), False),  # Boxing Day
    (date(2016, 12, 27), False),  # Christmas Day's substitute
    (date(2016, 12, 28), True),
    (date(2017, 1, 2), False),    # New Year's Day's substitute
    (date(2017, 4, 14), False),   # Good Friday
    (date(2017, 4, 17), False),   # Easter Monday
    (date(2022, 9, 19), False),   # the Queen's funeral, a one-off
    (date(2023, 5, 8), False),    # the coronation, a one-off
    (date(2023, 5, 9), True),
])
def test_is_working_day(day: date, working: bool) -> None:
    assert DEFAULT.is_working_day(day) is working


def test_a_closure_is_not_a_working_day() -> None:
    calendar = MeetingCalendar(closures=frozenset({date(2017, 1, 10)}))
    assert not calendar.is_working_day(date(2017, 1, 10))
    assert DEFAULT.is_working_day(date(2017, 1, 10))


# --- meeting dates of the default calendar (every 10 working days from Thu 15 Dec 2016) ------

@pytest.mark.parametrize(("number", "day"), [
    # The anchor is meeting 0.
    (0, date(2016, 12, 15)),
    # Fri 16 =1, Mon 19..Fri 23 =2..6, Mon 26 + Tue 27 holidays, Wed 28 =7, Thu 29 =8,
    # Fri 30 =9, Mon 2 Jan holiday, Tue 3 Jan =10: three holidays turn Thursday into Tuesday.
    (1, date(2017, 1, 3)),
    # No holidays until Easter: a fortnight each, on Tuesdays.
    (2, date(2017, 1, 17)),
    (3, date(2017, 1, 31)),
    (8, date(2017, 4, 11)),
    # Easter: Wed 12 =1, Thu 13 =2, Fri 14 + Mon 17 holidays, Tue 18..Fri 21 =3..6,
    # Mon 24..Thu 27 =7..10.
    (9, date(2017, 4, 27)),
    # Fri 28 =1, Mon 1 May holiday, Tue 2..Fri 5 =2..5, Mon 8..Fri 12 =6..10.
    (10, date(2017, 5, 12)),
    # Mon 15..Fri 26 May: ten working days, no holiday.
    (11, date(2017, 5, 26)),
    # Mon 29 May holiday, Tue 30 May..Fri 9 Jun =1..9, Mon 12 Jun =10: a Monday meeting.
    (12, date(2017, 6, 12)),
])
def test_default_meetings_after_the_anchor(number: int, day: date) -> None:
    assert DEFAULT.meeting(number).date == day


def test_meetings_from_the_anchor_across_christmas_and_new_year() -> None:
    dates = [m.date for m in DEFAULT.meetings_from(date(2016, 12, 15), 4)]
    assert dates == [date(2016, 12, 15), date(2017, 1, 3), date(2017, 1, 17), date(2017, 1, 31)]


@pytest.mark.parametrize(("start", "expected"), [
    # Queen's funeral, Mon 19 Sep 2022. From Wed 14 Sep: Thu 15 =1, Fri 16 =2, Mon 19 holiday,
    # Tue 20..Fri 23 =3..6, Mon 26..Thu 29 =7..10; without the funeral it would be Wed 28.
    (date(2022, 9, 14), (date(2022, 9, 14), date(2022, 9, 29), date(2022, 10, 13))),
    # Coronation, Mon 8 May 2023. From Fri 5 May: Mon 8 holiday, Tue 9..Fri 12 =1..4,
    # Mon 15..Fri 19 =5..9, Mon 22 =10; without the coronation it would be Fri 19.
    # Then Tue 23..Fri 26 =1..4, Mon 29 holiday, Tue 30 May..Fri 2 Jun =5..8, Mon 5 =9, Tue 6 =10.
    (date(2023, 5, 5), (date(2023, 5, 5), date(2023, 5, 22), date(2023, 6, 6))),
    # Easter 2023 (Fri 7 + Mon 10 Apr). From Tue 4 Apr: Wed 5 =1, Thu 6 =2, holidays,
    # Tue 11..Fri 14 =3..6, Mon 17..Thu 20 =7..10.
    (date(2023, 4, 4), (date(2023, 4, 4), date(2023, 4, 20), date(2023, 5, 5))),
    # A start between meetings: the first meeting on or after it.
    (date(2022, 9, 15), (date(2022, 9, 29), date(2022, 10, 13), date(2022, 10, 27))),
    (date(2022, 9, 17), (date(2022, 9, 29), date(2022, 10, 13), date(2022, 10, 27))),
])
def test_one_off_and_easter_holidays_shift_meetings(
    start: date, expected: tuple[date, ...]
) -> None:
    assert tuple(m.date for m in DEFAULT.meetings_from(start, 3)) == expected


def test_meetings_from_zero_count_is_empty_and_negative_count_is_rejected() -> None:
    assert DEFAULT.meetings_from(date(2020, 1, 1), 0) == ()
    with pytest.raises(ValueError, match="count"):
        DEFAULT.meetings_from(date(2020, 1, 1), -1)


# --- before the anchor: the calendar counts backwards ---------------------------------------

@pytest.mark.parametrize(("number", "day"), [
    # No holidays between 8 Sep and 15 Dec 2016: fortnights back, on Thursdays.
    (-1, date(2016, 12, 1)),
    (-7, date(2016, 9, 8)),
    # Back from Thu 8 Sep across Mon 29 Aug 2016: Thu 8, Wed 7, Tue 6, Mon 5, Fri 2, Thu 1,
    # Wed 31, Tue 30 (8 days), Mon 29 holiday, Fri 26, Thu 25 (10): meeting -8 is the working
    # day before those ten, Wed 24 Aug.
    (-8, date(2016, 8, 24)),
])
def test_meetings_before_the_anchor(number: int, day: date) -> None:
    assert DEFAULT.meeting(number).date == day


def test_meetings_from_a_start_before_the_anchor() -> None:
    meetings = DEFAULT.meetings_from(date(2016, 11, 1), 4)
    assert [(m.number, m.date) for m in meetings] == [
        (-3, date(2016, 11, 3)),
        (-2, date(2016, 11, 17)),
        (-1, date(2016, 12, 1)),
        (0, date(2016, 12, 15)),
    ]


@pytest.mark.parametrize("number", [-300, -8, -1, 0, 1, 9, 146, 161, 400])
def test_a_meeting_day_starts_its_own_listing(number: int) -> None:
    meeting = DEFAULT.meeting(number)
    assert DEFAULT.meetings_from(meeting.date, 1) == (meeting,)
    assert DEFAULT.meetings_from(meeting.date + timedelta(days=1), 1)[0].number == number + 1


# --- closures -------------------------------------------------------------------------------

def test_a_closure_shifts_later_meetings_only() -> None:
    # Closed Tue 10 Jan 2017. From Tue 3 Jan: Wed 4..Fri 6 =1..3, Mon 9 =4, Tue 10 closed,
    # Wed 11..Fri 13 =5..7, Mon 16..Wed 18 =8..10.
    calendar = MeetingCalendar(closures=frozenset({date(2017, 1, 10)}))
    dates = [m.date for m in calendar.meetings_from(date(2016, 12, 15), 4)]
    assert dates == [date(2016, 12, 15), date(2017, 1, 3), date(2017, 1, 18), date(2017, 2, 1)]


def test_a_closed_monday_moves_the_agenda_deadline_back() -> None:
    # Closed Mon 16 Jan 2017: meeting 2 moves to Wed 18 Jan (as above), and its Monday is
    # closed, so the agenda closes on Fri 13 Jan.
    calendar = MeetingCalendar(closures=frozenset({date(2017, 1, 16)}))
    assert calendar.meeting(2) == Meeting(date(2017, 1, 18), _five_pm(date(2017, 1, 13)), 2)


# --- agenda deadlines -----------------------------------------------------------------------

@pytest.mark.parametrize(("meeting_day", "deadline_day"), [
    # A Thursday meeting: the Monday of the same week.
    (date(2016, 12, 15), date(2016, 12, 12)),
    (date(2022, 9, 29), date(2022, 9, 26)),
    # A Tuesday meeting: the day before.
    (date(2017, 1, 17), date(2017, 1, 16)),
    # A Monday meeting: the Monday a week earlier ("strictly before").
    (date(2017, 6, 12), date(2017, 6, 5)),
    # Tue 3 Jan 2017: Mon 2 Jan is a holiday, so Fri 30 Dec 2016.
    (date(2017, 1, 3), date(2016, 12, 30)),
    # Late May bank holiday Mon 29 May 2017, Thursday meeting: the previous Friday.
    (date(2017, 6, 1), date(2017, 5, 26)),
    # Easter Monday 17 Apr 2017, Thursday meeting: the Friday before is Good Friday as well,
    # so the deadline is Maundy Thursday 13 Apr.
    (date(2017, 4, 20), date(2017, 4, 13)),
    # Fri 5 May 2023: Mon 1 May is the early May bank holiday, so Fri 28 Apr.
    (date(2023, 5, 5), date(2023, 4, 28)),
    # Mon 22 May 2023: the Monday before is 15 May (the coronation Monday was 8 May).
    (date(2023, 5, 22), date(2023, 5, 15)),
])
def test_agenda_deadline(meeting_day: date, deadline_day: date) -> None:
    assert DEFAULT.agenda_deadline(meeting_day) == _five_pm(deadline_day)


def test_meetings_carry_their_deadline_and_number() -> None:
    assert DEFAULT.meeting(0) == Meeting(date(2016, 12, 15), _five_pm(date(2016, 12, 12)), 0)
    assert DEFAULT.meeting(1) == Meeting(date(2017, 1, 3), _five_pm(date(2016, 12, 30)), 1)


# --- which meeting a screened case goes to --------------------------------------------------

@pytest.mark.parametrize(("screened_at", "meeting_day"), [
    # Meeting 2, Tue 17 Jan 2017, closes Mon 16 Jan 17:00; meeting 3 is Tue 31 Jan.
    (_at(date(2017, 1, 16), 16, 59), date(2017, 1, 17)),
    (_at(date(2017, 1, 16), 17, 0), date(2017, 1, 17)),   # at the deadline: still in
    (_at(date(2017, 1, 16), 17, 1), date(2017, 1, 31)),
    (_at(date(2017, 1, 17), 9), date(2017, 1, 31)),       # on the meeting day itself
    # Meeting 1, Tue 3 Jan 2017, closed on Fri 30 Dec 2016 at 17:00 (Mon 2 Jan a holiday).
    (_at(date(2016, 12, 30), 16, 59), date(2017, 1, 3)),
    (_at(date(2016, 12, 30), 17, 1), date(2017, 1, 17)),
    (_at(date(2017, 1, 2), 10), date(2017, 1, 17)),       # screened on the bank holiday
    # Thursday meeting 0 closes Mon 12 Dec 2016 17:00.
    (_at(date(2016, 12, 12), 16, 59), date(2016, 12, 15)),
    (_at(date(2016, 12, 12), 17, 1), date(2017, 1, 3)),
    # Before the anchor: Thu 1 Dec 2016 closes on Mon 28 Nov 17:00.
    (_at(date(2016, 11, 28), 12), date(2016, 12, 1)),
    (_at(date(2016, 11, 30), 12), date(2016, 12, 15)),
])
def test_meeting_for_screening(screened_at: datetime, meeting_day: date) -> None:
    assert DEFAULT.meeting_for_screening(screened_at).date == meeting_day


@pytest.mark.parametrize(("after", "meeting_day"), [
    (_at(date(2017, 1, 3), 9), date(2017, 1, 3)),     # a meeting today is the next one
    (_at(date(2017, 1, 3), 23, 59), date(2017, 1, 3)),
    (_at(date(2017, 1, 4), 0), date(2017, 1, 17)),
    (_at(date(2016, 12, 24), 12), date(2017, 1, 3)),
])
def test_next_meeting(after: datetime, meeting_day: date) -> None:
    assert DEFAULT.next_meeting(after).date == meeting_day


# --- another council: cadence 5 and its own anchor ------------------------------------------

WEEKLY = MeetingCalendar(anchor=date(2017, 4, 5), cadence_working_days=5)


def test_weekly_calendar_across_easter_and_may_day() -> None:
    # Anchor Wed 5 Apr 2017. Thu 6, Fri 7, Mon 10, Tue 11, Wed 12 -> Wed 12 Apr.
    # Thu 13 =1, Good Friday + Easter Monday, Tue 18..Fri 21 =2..5 -> Fri 21 Apr.
    # Mon 24..Fri 28 -> Fri 28 Apr. Mon 1 May holiday, Tue 2..Mon 8 -> Mon 8 May.
    meetings = WEEKLY.meetings_from(date(2017, 4, 1), 5)
    assert [m.date for m in meetings] == [
        date(2017, 4, 5), date(2017, 4, 12), date(2017, 4, 21), date(2017, 4, 28), date(2017, 5, 8),
    ]
    # Mon 8 May: the Monday before is the May Day holiday, so Fri 28 Apr.
    assert meetings[-1].agenda_deadline == _five_pm(date(2017, 4, 28))
    # Fri 21 Apr: the Monday before is Easter Monday, Good Friday before it: Thu 13 Apr.
    assert meetings[2].agenda_deadline == _five_pm(date(2017, 4, 13))


def test_weekly_calendar_counts_back_from_its_anchor() -> None:
    # Five working days back from Wed 5 Apr 2017 (Wed 5, Tue 4, Mon 3, Fri 31, Thu 30)
    # leaves the working day before them: Wed 29 Mar.
    assert WEEKLY.meeting(-1).date == date(2017, 3, 29)


def test_weekly_calendar_screening() -> None:
    # Fri 28 Apr 2017 closes on Mon 24 Apr 17:00; Mon 8 May closes on Fri 28 Apr 17:00
    # (Mon 1 May a holiday); Mon 15 May (Tue 9..Mon 15 =1..5) closes on Mon 8 May.
    assert WEEKLY.meeting_for_screening(_at(date(2017, 4, 24), 17, 1)).date == date(2017, 5, 8)
    assert WEEKLY.meeting_for_screening(_at(date(2017, 4, 28), 17, 1)).date == date(2017, 5, 15)


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"cadence_working_days": 0}, "cadence"),
    ({"anchor": date(2016, 12, 17)}, "anchor"),                         # a Saturday
    ({"anchor": date(2016, 12, 27)}, "anchor"),                         # a bank holiday
    ({"anchor": date(2017, 1, 5), "closures": frozenset({date(2017, 1, 5)})}, "anchor"),
])
def test_invalid_calendars_are_rejected(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        MeetingCalendar(**kwargs)  # type: ignore[arg-type]


# --- the first ten meetings on or after Mon 23 Nov 2026 -------------------------------------

def _naive_working_days(anchor: date, closures: frozenset[date]) -> Iterator[date]:
    """Every working day after `anchor`, stepping one calendar day at a time."""
    bank = holidays.country_holidays("GB", subdiv="ENG")  # fills years as it is asked
    day = anchor
    while True:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in bank and day not in closures:
            yield day


def _naive_meeting_dates(calendar: MeetingCalendar, start: date, count: int) -> list[date]:
    """An independent count: every cadence-th working day after the anchor, from `start`."""
    found = [calendar.anchor] if calendar.anchor >= start else []
    working = _naive_working_days(calendar.anchor, calendar.closures)
    for n, day in enumerate(working, start=1):
        if len(found) == count:
            return found
        if n % calendar.cadence_working_days == 0 and day >= start:
            found.append(day)
    raise AssertionError("unreachable: the working days never end")


# Meeting 251 needs 2510 working days after Thu 15 Dec 2016. 2510 weekdays are 502 weeks,
# 3514 days: Thu 30 Jul 2026. Each weekday bank holiday adds one weekday. Weekday bank holidays
# from 16 Dec 2016 to 24 Nov 2026: 2 (Dec 2016) + 8 a year for 2017..2025 (72) + 3 one-offs
# (3 Jun and 19 Sep 2022, 8 May 2023) + 6 in 2026 to date (1 Jan, 3 and 6 Apr, 4 and 25 May,
# 31 Aug) = 83. Thu 30 Jul 2026 + 83 weekdays = + 16 weeks (Thu 19 Nov) + 3 = Tue 24 Nov 2026.
# Meeting 250 is a fortnight earlier, Tue 10 Nov, before the start, so 24 Nov is the first.
# Then a fortnight each to Tue 22 Dec. From there: Wed 23 =1, Thu 24 =2, Fri 25 + Mon 28
# holidays, Tue 29..Thu 31 =3..5, Fri 1 Jan holiday, Mon 4..Fri 8 Jan =6..10 -> Fri 8 Jan 2027.
# A fortnight each to Fri 19 Mar 2027; then Mon 22..Thu 25 =1..4, Fri 26 + Mon 29 Easter,
# Tue 30 Mar..Fri 2 Apr =5..8, Mon 5 =9, Tue 6 Apr =10.
FROM_23_NOV_2026 = [
    (date(2026, 11, 24), date(2026, 11, 23)),  # Tue; deadline Mon 23 Nov 17:00
    (date(2026, 12, 8), date(2026, 12, 7)),
    (date(2026, 12, 22), date(2026, 12, 21)),
    (date(2027, 1, 8), date(2027, 1, 4)),      # Fri; deadline Mon 4 Jan
    (date(2027, 1, 22), date(2027, 1, 18)),
    (date(2027, 2, 5), date(2027, 2, 1)),
    (date(2027, 2, 19), date(2027, 2, 15)),
    (date(2027, 3, 5), date(2027, 3, 1)),
    (date(2027, 3, 19), date(2027, 3, 15)),
    (date(2027, 4, 6), date(2027, 4, 5)),      # Tue; Mon 5 Apr 2027 is not Easter Monday
]


def test_first_ten_meetings_from_23_november_2026() -> None:
    meetings = DEFAULT.meetings_from(date(2026, 11, 23), 10)
    assert [(m.date, m.agenda_deadline) for m in meetings] == [
        (day, _five_pm(deadline)) for day, deadline in FROM_23_NOV_2026
    ]
    assert [m.number for m in meetings] == list(range(251, 261))
    assert [m.date for m in meetings] == _naive_meeting_dates(DEFAULT, date(2026, 11, 23), 10)


@pytest.mark.parametrize("calendar", [
    DEFAULT,
    WEEKLY,
    MeetingCalendar(closures=frozenset({date(2017, 1, 10), date(2024, 12, 24), date(2030, 5, 7)})),
])
@pytest.mark.parametrize("start", [date(2017, 6, 1), date(2023, 1, 1), date(2030, 1, 1)])
def test_agrees_with_a_naive_day_by_day_count(calendar: MeetingCalendar, start: date) -> None:
    dates = [m.date for m in calendar.meetings_from(start, 30)]
    assert dates == _naive_meeting_dates(calendar, start, 30)
