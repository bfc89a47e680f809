"""Actions arising: the board's open actions carried to its next meeting, with what changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q

from actions.choices import OPEN_STATUSES, ActionStatus
from actions.models import Action
from boards.models import MeetingPage


@dataclass
class ArisingAction:
    """An action as it stood at a meeting, with the changes made since the board last met."""

    action: Action
    status: str
    changes: list[str] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return ActionStatus(self.status).label

    @property
    def closed_since_last_meeting(self) -> bool:
        return self.status not in OPEN_STATUSES


def previous_meeting(meeting: MeetingPage) -> MeetingPage | None:
    """The board's meeting before this one."""
    return (
        MeetingPage.objects.filter(board_id=meeting.board_id, start__lt=meeting.start)
        .order_by("-start")
        .first()
    )


def actions_arising(meeting: MeetingPage, *, public: bool = True) -> list[ArisingAction]:
    """Open actions as they stood at the meeting, plus those closed since the last meeting."""
    before = previous_meeting(meeting)
    # The table shows reference, description, owner, due date and status: only the owner joins.
    actions = Action.objects.for_board(meeting.board_id).select_related("owner")
    if public:
        actions = actions.public()
    actions = actions.filter(created_at__lt=meeting.start)
    if before is not None:
        # Closed now and untouched since the last meeting began: it was closed then too, so it
        # cannot be arising. This keeps the work bounded by what is live, not by the archive.
        actions = actions.exclude(Q(updated_at__lt=before.start) & ~Q(status__in=OPEN_STATUSES))
    actions = {a.pk: a for a in actions}
    # Plain rows, not history model instances: a busy board has thousands of them.
    history = (
        Action.history.filter(id__in=list(actions), history_date__lt=meeting.start)
        .order_by("history_date", "history_id")
        .values_list("id", "status", "history_date", "history_type", "history_change_reason")
    )
    status_at: dict[int, str] = {}
    changes: dict[int, list[str]] = {}
    for pk, row_status, when, kind, reason in history:
        previous = status_at.get(pk)
        status_at[pk] = row_status
        recent = before is None or when >= before.start
        if recent and kind == "~":
            text = f"{when:%d %b %Y}: {ActionStatus(row_status).label}"
            if previous == row_status:
                text = f"{when:%d %b %Y}: updated"
            if reason:
                text += f" ({reason})"
            changes.setdefault(pk, []).append(text)
    rows = []
    for pk, action in sorted(actions.items(), key=lambda item: item[1].reference):
        status = status_at.get(pk, action.status)
        if status in OPEN_STATUSES or pk in changes:
            rows.append(ArisingAction(action=action, status=status, changes=changes.get(pk, [])))
    return rows
