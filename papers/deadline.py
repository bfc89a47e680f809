"""England's access-to-information rule: papers open to inspection five clear days before."""

from __future__ import annotations

import datetime
import json
from functools import cache
from pathlib import Path

CLEAR_WORKING_DAYS = 5
BANK_HOLIDAYS_FILE = Path(__file__).parent / "data" / "bank_holidays_england_wales.json"


@cache
def bank_holidays() -> frozenset[datetime.date]:
    """England and Wales bank holidays, from the data file (update it, not the code)."""
    data = json.loads(BANK_HOLIDAYS_FILE.read_text())
    return frozenset(datetime.date.fromisoformat(value) for value in data["dates"])


def is_working_day(day: datetime.date) -> bool:
    """Monday to Friday and not a bank holiday."""
    return day.weekday() < 5 and day not in bank_holidays()


def publication_deadline(meeting_date: datetime.date) -> datetime.date:
    """The last day papers can be published and still leave five clear working days.

    Clear days exclude the day of publication and the day of the meeting (Local Government
    Act 1972 s.100B(3)); like councils, Quorum also leaves out weekends and bank holidays.
    """
    counted = 0
    day = meeting_date
    while counted < CLEAR_WORKING_DAYS:
        day -= datetime.timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day - datetime.timedelta(days=1)


def is_late(published: datetime.date | None, meeting_date: datetime.date) -> bool:
    """Published after the deadline: the paper is supplementary."""
    return published is not None and published > publication_deadline(meeting_date)
