"""Due dates as minutes write them: explicit dates, 'by 31 January', 'at the next meeting'."""

from __future__ import annotations

import calendar
import datetime
import re

from boards.minutes_import.proposal import Due

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "ten": 10,
    "twelve": 12,
}
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
NEXT_MEETING = re.compile(
    r"\b(?:at|by|to|for|before)\s+the\s+next\s+(?:\w+\s+)?(?:meeting|board)\b|\bnext meeting\b",
    re.I,
)
FULL_DATE = re.compile(rf"\b{_ORD}\s+{_MONTH}\s+(\d{{4}})\b", re.I)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b")
DAY_MONTH = re.compile(rf"\b{_ORD}\s+{_MONTH}\b", re.I)
END_OF_MONTH = re.compile(rf"\b(?:by\s+)?(?:the\s+)?end\s+of\s+{_MONTH}(?:\s+(\d{{4}}))?\b", re.I)
BY_MONTH = re.compile(rf"\bby\s+{_MONTH}(?:\s+(\d{{4}}))?\b", re.I)
WITHIN = re.compile(r"\bwithin\s+(\d+|[a-z]+)\s+(day|week|month)s?\b", re.I)
VAGUE = re.compile(
    r"\b(?:before|by|after|during|over|in)\s+the\s+(?:summer|christmas|easter|autumn|spring|winter|"
    r"new year|half[- ]term)(?:\s+(?:recess|break|holidays?|term|period))?\b"
    r"|\b(?:at|to)\s+a\s+(?:future|later)\s+(?:date|meeting|board(?:\s+meeting)?)\b"
    r"|\bin\s+due\s+course\b|\basap\b|\bas\s+soon\s+as\s+possible\b",
    re.I,
)


def _after(day: int, month: int, meeting_date: datetime.date) -> datetime.date | None:
    """The first such day after the meeting (31 January after a November meeting is next year)."""
    for year in (meeting_date.year, meeting_date.year + 1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if candidate > meeting_date:
            return candidate
    return None


def _month_end(month: int, year: int | None, meeting_date: datetime.date) -> datetime.date:
    if year is None:
        year = meeting_date.year if month >= meeting_date.month else meeting_date.year + 1
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(start: datetime.date, months: int) -> datetime.date:
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return datetime.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def resolve_due(
    text: str, meeting_date: datetime.date, next_meeting_date: datetime.date | None = None
) -> Due:
    """The due date an action's words give, counted from the meeting, or a note saying why not."""
    if match := NEXT_MEETING.search(text):
        return Due(date=next_meeting_date, next_meeting=True, phrase=match.group(0))
    if match := FULL_DATE.search(text):
        try:
            day = datetime.date(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
            return Due(date=day, phrase=match.group(0))
        except ValueError:
            return Due(note=match.group(0), phrase=match.group(0))
    if match := NUMERIC_DATE.search(text):
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        try:
            return Due(
                date=datetime.date(year, int(match[2]), int(match[1])), phrase=match.group(0)
            )
        except ValueError:
            return Due(note=match.group(0), phrase=match.group(0))
    if match := END_OF_MONTH.search(text):
        year = int(match[2]) if match[2] else None
        day = _month_end(MONTHS[match[1].lower()], year, meeting_date)
        return Due(date=day, phrase=match.group(0))
    if match := DAY_MONTH.search(text):
        day = _after(int(match[1]), MONTHS[match[2].lower()], meeting_date)
        return Due(date=day, note="" if day else match.group(0), phrase=match.group(0))
    if match := BY_MONTH.search(text):
        year = int(match[2]) if match[2] else None
        return Due(
            date=_month_end(MONTHS[match[1].lower()], year, meeting_date), phrase=match.group(0)
        )
    if match := WITHIN.search(text):
        count = NUMBERS.get(match[1].lower()) or (int(match[1]) if match[1].isdigit() else None)
        if count:
            unit = match[2].lower()
            if unit == "month":
                day = _add_months(meeting_date, count)
            else:
                day = meeting_date + datetime.timedelta(days=count * (7 if unit == "week" else 1))
            return Due(date=day, phrase=match.group(0))
    if match := VAGUE.search(text):
        return Due(note=match.group(0), phrase=match.group(0))
    return Due()
