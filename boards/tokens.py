"""Secret addresses handed to people live only as long as the seat and the login behind them.

A personal calendar address and an emailed update link are bearer secrets: whoever holds the
URL reads (or writes) as that person. They are withdrawn the moment a membership ends or a login
is switched off, and checked again whenever they are used, so a change made without a save
signal (a bulk update, an end date that arrives by itself) cannot keep one alive.
"""

from __future__ import annotations

import datetime

from django.dispatch import Signal
from django.utils import timezone
from wagtail.log_actions import log

from boards.models import CalendarToken, Membership, Person

REVOKE_LOG_ACTION = "quorum.tokens_revoked"

# Sent with `person` and `reason` when a person's secrets are withdrawn; apps that issue their
# own (emailed action links) withdraw them and return how many they withdrew.
tokens_revoked = Signal()


def login_switched_off(person: Person) -> bool:
    """The person's login exists but may no longer be used."""
    return person.user_id is not None and not person.user.is_active


def left_board(
    person: Person, board_id: int | None = None, on: datetime.date | None = None
) -> bool:
    """Sat on the board (or on any board) once, and no longer does.

    Someone who never held a seat, such as a partner who owns an action, has not left.
    """
    on = on or timezone.localdate()
    seats = Membership.objects.filter(person=person)
    if board_id is not None:
        seats = seats.filter(board_id=board_id)
    return seats.filter(end_date__lt=on).exists() and not seats.current(on).exists()


def may_use_personal_calendar(person: Person) -> bool:
    """A personal feed needs an active login and a seat on a board today."""
    if person.user_id is None or not person.user.is_active:
        return False
    return Membership.objects.filter(person=person).current().exists()


def revoke_person_tokens(person: Person, *, reason: str, user=None) -> int:
    """Withdraw every secret address of a person at once, and record it in the audit log."""
    revoked, _ = CalendarToken.objects.filter(person=person).delete()
    for _receiver, withdrawn in tokens_revoked.send(sender=Person, person=person, reason=reason):
        revoked += withdrawn or 0
    if revoked or user is not None:
        log(
            instance=person,
            action=REVOKE_LOG_ACTION,
            user=user if getattr(user, "is_authenticated", False) else None,
            data={"reason": reason, "revoked": revoked},
        )
    return revoked
