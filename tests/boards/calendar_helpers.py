"""Helpers for calendar tests: publish meetings the way a clerk does, parse feeds two ways."""

from __future__ import annotations

import datetime

import icalendar
import vobject

from boards.models import AgendaItem, BoardPage, MeetingPage
from tests.factories import make_meeting


def publish_meeting(board: BoardPage, start: datetime.datetime, **fields) -> MeetingPage:
    """A meeting created as a draft and published through a Wagtail revision."""
    items = fields.pop("agenda", [])
    meeting = make_meeting(board, start, publish=False, **fields)
    if items:
        meeting.agenda_items = [
            AgendaItem(number=str(n + 1), sort_order=n, **item) for n, item in enumerate(items)
        ]
    meeting.save_revision().publish()
    meeting.refresh_from_db()
    return meeting


def republish(meeting: MeetingPage, **changes) -> MeetingPage:
    """Edit a published meeting as a draft revision and publish it."""
    page = MeetingPage.objects.get(pk=meeting.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def parse_both(body: bytes) -> tuple[dict[str, icalendar.Event], dict[str, object]]:
    """Parse a feed with icalendar and with vobject; events keyed by UID on both sides."""
    calendar = icalendar.Calendar.from_ical(body)
    by_icalendar = {str(event["uid"]): event for event in calendar.walk("VEVENT")}
    parsed = vobject.readOne(body.decode("utf-8"))
    by_vobject = {
        component.uid.value: component for component in getattr(parsed, "vevent_list", [])
    }
    assert set(by_icalendar) == set(by_vobject)
    return by_icalendar, by_vobject


def summaries(body: bytes) -> list[str]:
    """Every SUMMARY in a feed, as icalendar reads it."""
    calendar = icalendar.Calendar.from_ical(body)
    return [str(event["summary"]) for event in calendar.walk("VEVENT")]
