"""Actions arising: the board's open actions carried to its next meeting, with what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Case, F, Q, When

from actions.choices import OPEN_STATUSES, ActionStatus
from actions.models import Action
from boards.models import MeetingPage
from core.links import per_row_url
from home.formats import person_name, short_date

# What the table shows of each action: read as plain values, since a busy board carries hundreds.
ROW_FIELDS = (
    "pk",
    "reference",
    "description",
    "status",
    "due_date",
    "due_at_next_meeting",
    "owner__honorific",
    "owner__name",
)


@dataclass
class ArisingAction:
    """An action as it stood at a meeting, with the changes made since the board last met."""

    pk: int
    reference: str
    description: str
    owner: str
    due_date: date | None
    due_at_next_meeting: bool
    url: str
    status: str
    changes: list[str] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return ActionStatus(self.status).label

    @property
    def due_label(self) -> str:
        """The due date as the agenda prints it, e.g. '5 Mar 2027' or 'Next meeting'."""
        if self.due_date:
            return short_date(self.due_date)
        return "Next meeting" if self.due_at_next_meeting else "Not set"

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
    actions = Action.objects.for_board(meeting.board_id)
    if public:
        actions = actions.public()
    actions = actions.filter(created_at__lt=meeting.start)
    if before is not None:
        # Closed now and untouched since the last meeting began: it was closed then too, so it
        # cannot be arising. This keeps the work bounded by what is live, not by the archive.
        actions = actions.exclude(Q(updated_at__lt=before.start) & ~Q(status__in=OPEN_STATUSES))
    actions = {row["pk"]: row for row in actions.values(*ROW_FIELDS)}
    # Plain rows, not history model instances: a busy board has thousands of them. Only changes
    # since the last meeting are printed, so only their dates are read (the rest come as NULL).
    since = before.start if before is not None else None
    history = (
        Action.history.filter(id__in=list(actions), history_date__lt=meeting.start)
        .annotate(
            recent=Case(When(history_date__gte=since, then=F("history_date")))
            if since
            else F("history_date")
        )
        .order_by("history_date", "history_id")
        .values_list("id", "status", "recent", "history_type", "history_change_reason")
    )
    status_at: dict[int, str] = {}
    changes: dict[int, list[str]] = {}
    for pk, row_status, when, kind, reason in history:
        previous = status_at.get(pk)
        status_at[pk] = row_status
        if when is not None and kind == "~":
            text = f"{when:%d %b %Y}: {ActionStatus(row_status).label}"
            if previous == row_status:
                text = f"{when:%d %b %Y}: updated"
            if reason:
                text += f" ({reason})"
            changes.setdefault(pk, []).append(text)
    url = per_row_url("actions:detail")
    rows = []
    for pk, action in sorted(actions.items(), key=lambda item: item[1]["reference"]):
        status = status_at.get(pk, action["status"])
        if status in OPEN_STATUSES or pk in changes:
            owner = person_name(action["owner__honorific"] or "", action["owner__name"] or "")
            rows.append(
                ArisingAction(
                    pk=pk,
                    reference=action["reference"],
                    description=action["description"],
                    owner=owner,
                    due_date=action["due_date"],
                    due_at_next_meeting=action["due_at_next_meeting"],
                    url=url(pk),
                    status=status,
                    changes=changes.get(pk, []),
                )
            )
    return rows
