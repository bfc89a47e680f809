"""An action's story: where it was raised, each change with who, when and why, where carried."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from actions.choices import ActionStatus
from actions.models import Action
from boards.models import MeetingPage

TRACKED_FIELDS = {
    "status": "Status",
    "due_date": "Due date",
    "owner": "Owner",
    "description": "Action",
    "completion_note": "Completion note",
    "completed_on": "Completed on",
    "lead_organisation": "Lead organisation",
}


@dataclass
class Event:
    """One entry in an action's timeline."""

    when: datetime.datetime
    who: str
    what: str
    why: str = ""
    changes: list[tuple[str, str, str]] = field(default_factory=list)


def _who(record) -> str:
    if getattr(record, "history_person", None):
        return f"{record.history_person} (via emailed link)"
    if record.history_user:
        user = record.history_user
        person = getattr(user, "person", None)
        return str(person) if person else (user.get_full_name() or user.get_username())
    return "Quorum (automatic)"


def _display(record, name: str, value) -> str:
    if value in (None, ""):
        return "—"
    if name == "status":
        return ActionStatus(value).label
    if name in {"owner", "lead_organisation"}:
        related = getattr(record, name, None)
        return str(related) if related else str(value)
    return str(value)


def timeline(action: Action) -> list[Event]:
    """Every recorded change to the action, oldest first."""
    records = list(
        action.history.select_related(
            "history_user", "history_person", "owner", "lead_organisation"
        ).order_by("history_date", "history_id")
    )
    events: list[Event] = []
    previous = None
    for record in records:
        if previous is None:
            raised = "Raised"
            if action.meeting_id and action.resolution_id:
                raised += f" at the meeting of {action.meeting.local_date():%d %B %Y}"
                raised += f" from resolution {action.resolution.number}"
            elif action.meeting_id:
                raised += f" at the meeting of {action.meeting.local_date():%d %B %Y}"
            events.append(
                Event(record.history_date, _who(record), raised, record.history_change_reason or "")
            )
        else:
            delta = record.diff_against(previous)
            changes = [
                (
                    TRACKED_FIELDS[change.field],
                    _display(previous, change.field, change.old),
                    _display(record, change.field, change.new),
                )
                for change in delta.changes
                if change.field in TRACKED_FIELDS
            ]
            if changes or record.history_change_reason:
                events.append(
                    Event(
                        record.history_date,
                        _who(record),
                        "Changed" if changes else "Updated",
                        record.history_change_reason or "",
                        changes,
                    )
                )
        previous = record
    return events


def carried_forward_to(action: Action) -> list[MeetingPage]:
    """The board's later meetings at which the action was still open."""
    start = action.meeting.start if action.meeting_id else action.created_at
    meetings = MeetingPage.objects.filter(
        board_id=action.board_id, start__gt=start, start__lte=timezone.now(), live=True
    )
    if action.is_closed and action.completed_on:
        meetings = meetings.filter(start__date__lte=action.completed_on)
    return list(meetings.exclude(status="cancelled").order_by("start"))
