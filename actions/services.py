"""Raising, updating and chasing actions; every path writes history with who and why."""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass

from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from actions.choices import ActionStatus
from actions.models import Action, ActionLink, ProgressNote
from boards.access import board_roles, is_clerk, person_for
from boards.choices import Role
from boards.models import BoardPage, MeetingPage, Person, Resolution
from boards.tokens import left_board, login_switched_off

LINK_SALT = "quorum.actions.link"
LINK_DAYS = 14


class ActionConflict(Exception):
    """Someone else saved the action while this person was editing it."""

    def __init__(self, action: Action):
        self.action = action
        super().__init__(
            f"{action.reference} was changed by someone else at "
            f"{timezone.localtime(action.updated_at):%H:%M on %d %B %Y} while you were editing. "
            "Your changes have not been saved: check the current details and submit again."
        )


class LinkError(Exception):
    """An emailed update link that cannot be used, with the reason in plain words.

    `action` is set when the link was genuine, so the page can offer to sign in to it instead.
    """

    def __init__(self, message: str, action: Action | None = None):
        self.action = action
        super().__init__(message)


STALE_LINK = (
    "This action has changed since this email was sent, so the link no longer works: "
    "it could otherwise undo a newer update."
)
WITHDRAWN_LINK = "This link has been withdrawn."


def board_code(board: BoardPage) -> str:
    """The board's short name for references, e.g. 'CTB'."""
    return (board.short_name or board.slug).replace(" ", "-").upper()


def generate_reference(
    board: BoardPage, meeting: MeetingPage | None = None, number: str | None = None
) -> str:
    """A reference the board can quote: CTB/2014-07-21/6.2, or CTB/A7 for a direct action."""
    code = board_code(board)
    if meeting is not None and number:
        base = f"{code}/{timezone.localtime(meeting.start):%Y-%m-%d}/{number}"
    else:
        base = f"{code}/A{Action.objects.filter(board=board).count() + 1}"
    reference, suffix = base, 2
    while Action.objects.filter(reference=reference).exists():
        reference, suffix = f"{base}-{suffix}", suffix + 1
    return reference


def next_meeting_date(board: BoardPage, after: datetime.datetime) -> datetime.date | None:
    """The date of the board's next scheduled meeting after a moment, if one is set."""
    meeting = (
        MeetingPage.objects.filter(board=board, start__gt=after, live=True)
        .exclude(status="cancelled")
        .order_by("start")
        .first()
    )
    return meeting.local_date() if meeting else None


def _save(
    action: Action,
    *,
    user=None,
    person: Person | None = None,
    reason: str,
    when: datetime.datetime | None = None,
) -> None:
    """Save with the history's author, reason and (for imported records) date set explicitly."""
    action._history_user = user if getattr(user, "is_authenticated", False) else None
    action._history_person = person
    action._change_reason = reason
    if when is not None:
        action._history_date = when
    action.save()


@transaction.atomic
def raise_from_resolution(
    resolution: Resolution, *, user=None, when: datetime.datetime | None = None
) -> Action:
    """Track a resolution as an action; raising it again returns the same action."""
    existing = Action.objects.filter(resolution=resolution).first()
    if existing:
        return existing
    minutes = resolution.minutes
    meeting = minutes.meeting or minutes.get_parent().specific
    board = meeting.board
    due = resolution.action_due_date
    if resolution.action_due_next_meeting:
        due = next_meeting_date(board, meeting.start)
    action = Action(
        board=board,
        meeting=meeting,
        agenda_item=resolution.agenda_item,
        resolution=resolution,
        reference=generate_reference(board, meeting, resolution.number),
        description=resolution.text,
        owner=resolution.action_owner,
        lead_organisation=resolution.action_owner.organisation if resolution.action_owner else None,
        due_date=due,
        due_at_next_meeting=resolution.action_due_next_meeting,
        created_at=when or timezone.now(),
    )
    _save(action, user=user, reason=f"Raised from resolution {resolution.number}", when=when)
    return action


@transaction.atomic
def raise_on_board(
    board: BoardPage,
    description: str,
    *,
    owner: Person | None = None,
    due_date: datetime.date | None = None,
    user=None,
    reason: str = "Raised directly on the board",
    when: datetime.datetime | None = None,
) -> Action:
    """An action not born of a resolution, e.g. agreed by correspondence."""
    action = Action(
        board=board,
        reference=generate_reference(board),
        description=description,
        owner=owner,
        lead_organisation=owner.organisation if owner else None,
        due_date=due_date,
        created_at=when or timezone.now(),
    )
    _save(action, user=user, reason=reason, when=when)
    return action


def can_update(user, action: Action) -> bool:
    """Chair and vice-chair of the board, the action's owner, and clerks; nobody else."""
    if not getattr(user, "is_authenticated", False):
        return False
    if is_clerk(user, action.board):
        return True
    if board_roles(user, action.board) & {Role.CHAIR, Role.VICE_CHAIR}:
        return True
    person = person_for(user)
    return person is not None and action.owner_id == person.pk


@dataclass
class ActionUpdate:
    """What someone asked to change on an action."""

    status: str
    note: str = ""
    due_date: datetime.date | None = None
    reason: str = ""
    version: int | None = None


def check_update(action: Action, update: ActionUpdate) -> None:
    """Completion needs a note; deferral needs a new due date and a reason."""
    errors: dict[str, str] = {}
    if update.status == ActionStatus.COMPLETED and not update.note.strip():
        errors["note"] = "Say how the action was completed."
    if update.status == ActionStatus.DEFERRED:
        if not update.due_date:
            errors["due_date"] = "A deferred action needs a new due date."
        elif action.due_date and update.due_date <= action.due_date:
            errors["due_date"] = "The new due date must be later than the current one."
        if not update.reason.strip():
            errors["reason"] = "Say why the action is deferred."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def update_action(
    action: Action,
    update: ActionUpdate,
    *,
    user=None,
    person: Person | None = None,
    via: str = "the website",
    when: datetime.datetime | None = None,
) -> Action:
    """Apply a status change and note, refusing a stale edit; history records who and why."""
    if person is None and not can_update(user, action):
        raise PermissionDenied("You cannot update this action.")
    current = Action.objects.select_for_update().get(pk=action.pk)
    if update.version is not None and update.version != current.version:
        raise ActionConflict(current)
    check_update(current, update)
    author = person or person_for(user)
    current.status = update.status
    if update.status == ActionStatus.COMPLETED:
        current.completed_on = timezone.localdate(when) if when else timezone.localdate()
        current.completion_note = update.note.strip()
    if update.status == ActionStatus.DEFERRED:
        current.due_date = update.due_date
        current.due_at_next_meeting = False
    if author:
        who = str(author)
    elif user is not None:
        who = user.get_full_name() or user.get_username()
    else:
        who = "unknown"
    reason = update.reason.strip() or f"Status set to {current.get_status_display()}"
    _save(current, user=user, person=person, reason=f"{reason} ({who} via {via})", when=when)
    if update.note.strip():
        add_note(current, update.note.strip(), user=user, person=person, when=when)
    return current


def add_note(
    action: Action,
    text: str,
    *,
    user=None,
    person: Person | None = None,
    when: datetime.datetime | None = None,
) -> ProgressNote:
    """A progress note, attributed to a login or to the person who used an emailed link."""
    note = ProgressNote(
        action=action,
        text=text,
        author=user if getattr(user, "is_authenticated", False) else None,
        author_person=person or person_for(user),
        created_at=when or timezone.now(),
    )
    note._history_user = note.author
    note._history_person = person
    note._change_reason = "Progress note added"
    if when is not None:
        note._history_date = when
    note.save()
    return note


def issue_link(action: Action, person: Person, days: int = LINK_DAYS) -> str:
    """A signed token for one action, one person and the action's current version, used once."""
    link = ActionLink.objects.create(
        action=action,
        person=person,
        nonce=secrets.token_hex(16),
        expires_at=timezone.now() + datetime.timedelta(days=days),
        action_version=action.version,
    )
    return signing.dumps({"l": link.pk, "n": link.nonce}, salt=LINK_SALT, compress=True)


def open_link(token: str) -> ActionLink:
    """The link behind a token, or a plain reason why it cannot be used."""
    try:
        data = signing.loads(token, salt=LINK_SALT)
    except signing.BadSignature as exc:
        raise LinkError("This link is not valid. It may have been copied incompletely.") from exc
    link = (
        ActionLink.objects.select_related("action", "person__user").filter(pk=data.get("l")).first()
    )
    if link is None or link.nonce != data.get("n"):
        raise LinkError("This link is not valid. It may have been copied incompletely.")
    check_link(link)
    return link


def check_link(link: ActionLink) -> None:
    """Refuse a link that was used, withdrawn, expired, or overtaken by a change to the action."""
    action = link.action
    if link.used_at:
        raise LinkError(
            f"This link was already used on {timezone.localtime(link.used_at):%d %B %Y at %H:%M}. "
            "Each link works once.",
            action,
        )
    if link.revoked_at:
        raise LinkError(WITHDRAWN_LINK, action)
    if link.expires_at < timezone.now():
        raise LinkError("This link has expired.", action)
    person = link.person
    if login_switched_off(person) or left_board(person) or left_board(person, action.board_id):
        # Caught at use as well as by the signals, for changes that sent none.
        ActionLink.objects.filter(pk=link.pk).update(revoked_at=timezone.now())
        raise LinkError(WITHDRAWN_LINK, action)
    if action.owner_id != link.person_id:
        raise LinkError("This action is no longer yours, so the link no longer works.", action)
    if link.action_version is None or link.action_version != action.version:
        raise LinkError(STALE_LINK, action)


@transaction.atomic
def update_via_link(token: str, update: ActionUpdate) -> Action:
    """Apply an update from an emailed link, in that person's name, and spend the link.

    The update must apply to the version the link was issued for, checked under the action's
    row lock: an older link held alongside a newer one can never undo what the newer one did.
    """
    link = open_link(token)
    link = ActionLink.objects.select_for_update().select_related("action", "person").get(pk=link.pk)
    check_link(link)
    update.version = link.action_version
    try:
        action = update_action(link.action, update, person=link.person, via="emailed link")
    except ActionConflict as conflict:
        raise LinkError(STALE_LINK, conflict.action) from conflict
    link.used_at = timezone.now()
    link.save(update_fields=["used_at"])
    return action


def withdraw_links(person: Person) -> int:
    """Withdraw every unused emailed link of a person; returns how many."""
    return ActionLink.objects.filter(person=person, used_at=None, revoked_at=None).update(
        revoked_at=timezone.now()
    )


def resolve_next_meeting_dates(board: BoardPage) -> int:
    """Actions due 'at the next meeting' take the date of the board's next meeting once set."""
    changed = 0
    for action in Action.objects.for_board(board).open().filter(due_at_next_meeting=True):
        after = action.meeting.start if action.meeting_id else action.created_at
        due = next_meeting_date(board, after)
        if due and due != action.due_date:
            action.due_date = due
            _save(action, reason=f"Due date set from the board's next meeting ({due:%d %B %Y})")
            changed += 1
    return changed
