"""A member's own actions as VTODO entries in their personal calendar feed."""

from __future__ import annotations

import datetime
import uuid

from django.db.models import Count, Max, Q
from django.utils import timezone
from icalendar import Todo

from boards.feeds import UID_NAMESPACE, SiteRoot
from boards.models import BoardPage, Membership, Person
from core.links import absolute_url

TODO_STATUS = {
    "open": "NEEDS-ACTION",
    "in_progress": "IN-PROCESS",
    "deferred": "NEEDS-ACTION",
    "completed": "COMPLETED",
    "cancelled": "CANCELLED",
}
RECENTLY_CLOSED_DAYS = 90


def todo_uid(action_pk: int) -> str:
    """Opaque and permanent, like a meeting's UID, in its own name space."""
    return str(uuid.uuid5(UID_NAMESPACE, f"action:{action_pk}"))


def owned_actions(person: Person):
    """The person's open actions, and those closed in the last three months."""
    from actions.models import Action

    since = timezone.now() - datetime.timedelta(days=RECENTLY_CLOSED_DAYS)
    seated = Membership.objects.current().filter(person=person).values("board_id")
    # Exempt or private business only for boards the person sits on today; an owner who left
    # the board keeps seeing what the public may see of their action, and nothing more.
    public = (Q(agenda_item=None) | Q(agenda_item__exempt=False)) & Q(
        board__in=BoardPage.objects.visible()
    )
    return (
        Action.objects.filter(owner=person)
        .filter(Q(board__in=seated) | public)
        .exclude(status="cancelled", updated_at__lt=since)
        .exclude(status="completed", updated_at__lt=since)
        .select_related("board")
        .order_by("due_date", "reference")
    )


def todo_validator(person: Person) -> tuple:
    """Changes whenever one of the person's actions changes, for the feed's ETag."""
    return tuple(owned_actions(person).aggregate(n=Count("pk"), changed=Max("updated_at")).values())


def action_todos(person: Person, root: SiteRoot) -> bytes:
    """Serialised VTODOs: due date, status (COMPLETED once done), link to the action page."""
    chunks = []
    for action in owned_actions(person):
        todo = Todo()
        todo.add("uid", todo_uid(action.pk))
        todo.add("dtstamp", action.updated_at.astimezone(datetime.UTC))
        todo.add("last-modified", action.updated_at.astimezone(datetime.UTC))
        todo.add("sequence", max(action.version - 1, 0))
        todo.add("summary", f"{action.reference}: {action.description}"[:250])
        todo.add("description", f"Action of {action.board.title}.")
        if action.due_date:
            todo.add("due", action.due_date)
        todo.add("status", TODO_STATUS[action.status])
        if action.status == "completed":
            done = action.completed_on or action.updated_at.date()
            todo.add(
                "completed",
                datetime.datetime.combine(done, datetime.time(12), tzinfo=datetime.UTC),
            )
            todo.add("percent-complete", 100)
        todo.add("url", absolute_url(action.get_absolute_url()))
        chunks.append(todo.to_ical())
    return b"".join(chunks)
