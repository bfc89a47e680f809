"""Dates and names as the public pages print them, for tables too long for template filters."""

from __future__ import annotations

import datetime


def short_date(day: datetime.date) -> str:
    """A date as the registers and logs print it, e.g. '5 Mar 2027' (the template's "j M Y")."""
    return f"{day.day} {day:%b %Y}"


def person_name(honorific: str, name: str) -> str:
    """A person as every page names them, e.g. 'Councillor Jean Hassall'."""
    return f"{honorific} {name}".strip()
