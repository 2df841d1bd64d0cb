"""working_days_between() and rag_status(): the moderation queue's timers. No database needed."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from moderation.working_days import RAG_LABELS, rag_status, working_days_between

UTC = dt.UTC
D = dt.date


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # Weekends
        (D(2026, 6, 5), D(2026, 6, 8), 1),  # Friday -> Monday
        (D(2026, 6, 6), D(2026, 6, 7), 0),  # Saturday -> Sunday
        (D(2026, 6, 6), D(2026, 6, 8), 1),  # Saturday -> Monday
        (D(2026, 6, 1), D(2026, 6, 5), 4),  # Monday -> Friday
        (D(2026, 6, 5), D(2026, 6, 12), 5),  # Friday -> next Friday
        (D(2026, 6, 1), D(2026, 6, 29), 20),  # four whole weeks
        # Christmas 2026: Christmas Day Friday, Boxing Day substitute Monday 28th
        (D(2026, 12, 24), D(2026, 12, 28), 0),
        (D(2026, 12, 24), D(2026, 12, 29), 1),
        (D(2026, 12, 23), D(2026, 12, 31), 4),  # 24, 29, 30, 31
        # Easter 2027: Good Friday 26 March, Easter Monday 29 March
        (D(2027, 3, 25), D(2027, 3, 29), 0),
        (D(2027, 3, 25), D(2027, 3, 30), 1),
        (D(2027, 3, 26), D(2027, 3, 30), 1),  # submitted on Good Friday itself
        # Early May bank holiday: Monday 4 May 2026, Monday 3 May 2027
        (D(2026, 5, 1), D(2026, 5, 4), 0),
        (D(2026, 5, 1), D(2026, 5, 5), 1),
        (D(2027, 4, 30), D(2027, 5, 4), 1),
        # Across a year boundary, and a whole year: 261 weekdays in 2027, 8 of them bank holidays
        (D(2026, 12, 31), D(2027, 1, 4), 1),  # New Year's Day is a Friday
        (D(2026, 12, 31), D(2027, 12, 31), 253),
    ],
)
def test_counts_working_days(start: dt.date, end: dt.date, expected: int) -> None:
    assert working_days_between(start, end) == expected


def test_same_day_is_zero() -> None:
    assert working_days_between(D(2026, 6, 3), D(2026, 6, 3)) == 0
    morning = dt.datetime(2026, 6, 3, 8, tzinfo=UTC)
    assert working_days_between(morning, morning + dt.timedelta(hours=10)) == 0


def test_end_before_start_is_zero() -> None:
    assert working_days_between(D(2026, 6, 10), D(2026, 6, 1)) == 0
    assert working_days_between(D(2027, 1, 1), D(2026, 1, 1)) == 0


def test_aware_datetime_late_utc_is_next_london_day_in_summer() -> None:
    """23:30 UTC on Sunday is 00:30 on Monday in London (BST), so Monday counts."""
    friday = dt.datetime(2026, 7, 10, 10, tzinfo=UTC)
    sunday_night_utc = dt.datetime(2026, 7, 12, 23, 30, tzinfo=UTC)
    assert working_days_between(friday, sunday_night_utc) == 1
    # Submitted 23:30 UTC Thursday = 00:30 Friday London: nothing has passed by Friday noon.
    thursday_night_utc = dt.datetime(2026, 7, 9, 23, 30, tzinfo=UTC)
    assert working_days_between(thursday_night_utc, dt.datetime(2026, 7, 10, 12, tzinfo=UTC)) == 0


def test_aware_datetime_in_winter_stays_on_the_same_date() -> None:
    """London is on GMT in December, so 23:30 UTC Friday is still Friday."""
    thursday = dt.datetime(2026, 12, 3, 9, tzinfo=UTC)
    friday_night = dt.datetime(2026, 12, 4, 23, 30, tzinfo=UTC)
    assert working_days_between(thursday, friday_night) == 1


def test_other_time_zones_are_converted_to_london() -> None:
    new_york = dt.timezone(dt.timedelta(hours=-4))
    friday_evening_ny = dt.datetime(2026, 7, 10, 21, tzinfo=new_york)  # 02:00 Saturday in London
    assert working_days_between(D(2026, 7, 9), friday_evening_ny) == 1


def test_dates_and_naive_datetimes_mix() -> None:
    assert working_days_between(D(2026, 6, 5), dt.datetime(2026, 6, 8, 9)) == 1
    assert working_days_between(dt.datetime(2026, 6, 5, 23, 59), D(2026, 6, 9)) == 2


def test_matches_a_day_by_day_count_over_several_years() -> None:
    bank = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2030))

    def slow(start: dt.date, end: dt.date) -> int:
        days = (start + dt.timedelta(n) for n in range(1, (end - start).days + 1))
        return sum(1 for day in days if day.weekday() < 5 and day not in bank)

    start = D(2025, 1, 1)
    for offset in range(0, 1800, 37):
        first = start + dt.timedelta(offset)
        for span in (0, 1, 3, 6, 13, 30, 95, 400):
            last = first + dt.timedelta(span)
            if last.year < 2030:
                assert working_days_between(first, last) == slow(first, last), (first, last)


@pytest.mark.parametrize(
    ("days", "target", "expected"),
    [
        (0, 10, "green"),
        (4, 10, "green"),
        (5, 10, "amber"),  # half of 10
        (10, 10, "amber"),  # on the target is not yet overdue
        (11, 10, "red"),
        (2, 5, "green"),
        (3, 5, "amber"),  # half of 5 rounds up to 3
        (5, 5, "amber"),
        (6, 5, "red"),
        (0, 1, "green"),
        (1, 1, "amber"),
        (2, 1, "red"),
        (0, 0, "green"),  # target 0 treated as 1
        (1, 0, "amber"),
        (2, 0, "red"),
        (1, -3, "amber"),
        (2, -3, "red"),
    ],
)
def test_rag_status(days: int, target: int, expected: str) -> None:
    assert rag_status(days, target) == expected


def test_rag_labels() -> None:
    assert {key: str(label) for key, label in RAG_LABELS.items()} == {
        "green": "On track",
        "amber": "Due soon",
        "red": "Overdue",
    }
