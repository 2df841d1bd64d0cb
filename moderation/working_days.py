"""Working-day timers for the moderation queue.

Our response targets are promised in working days, so weekends and bank holidays must not
count against editors. England and Wales share bank holidays, so the "ENG" subdivision of
the ``holidays`` package covers both nations we publish for.

Counting is arithmetic (weekdays from ordinals, holidays by bisection), so a span of years
costs the same as a span of days: the queue recomputes these for every row it lists.
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache
from typing import Literal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

RagStatus = Literal["green", "amber", "red"]

RAG_LABELS = {
    "green": _("On track"),
    "amber": _("Due soon"),
    "red": _("Overdue"),
}


@lru_cache(maxsize=64)
def _weekday_holidays(first_year: int, last_year: int) -> tuple[dt.date, ...]:
    """Sorted bank holidays falling Monday to Friday; building them takes milliseconds, so cache.
    ``holidays`` is imported here: loading every country's calendar costs 70 ms of CPU, which
    every process (``manage.py detect_pii`` among them) would pay at start-up."""
    import holidays

    found = holidays.country_holidays("GB", subdiv="ENG", years=range(first_year, last_year + 1))
    return tuple(sorted(day for day in found if day.weekday() < 5))


def _weekdays_through(day: dt.date) -> int:
    """Mondays to Fridays from 1 January year 1 (a Monday) up to and including ``day``."""
    weeks, extra = divmod(day.toordinal(), 7)
    return weeks * 5 + min(extra, 5)


def _london_date(value: dt.date | dt.datetime) -> dt.date:
    """The calendar date in the site's time zone (Europe/London), which is what "a day" means to staff.

    The default zone is used rather than the active one so an editor's own time-zone setting
    cannot change a deadline. Naive datetimes are taken to be local already.
    """
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            return timezone.localtime(value, timezone.get_default_timezone()).date()
        return value.date()
    return value


def working_days_between(start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> int:
    """Working days after ``start``'s date, up to and including ``end``'s date; 0 if ``end`` is not later.

    Submitted on Friday and checked on Monday is 1 working day: the day of submission never counts.
    """
    first, last = _london_date(start), _london_date(end)
    if last <= first:
        return 0
    weekdays = _weekdays_through(last) - _weekdays_through(first)
    off = _weekday_holidays(first.year, last.year)
    return weekdays - (bisect.bisect_right(off, last) - bisect.bisect_right(off, first))


def rag_status(days: int, target: int) -> RagStatus:
    """Red past the target, amber from half of it (rounded up), green before that.

    A target of zero or less would make everything red at once, so it is treated as 1.
    """
    target = max(target, 1)
    if days > target:
        return "red"
    if days >= -(-target // 2):
        return "amber"
    return "green"
