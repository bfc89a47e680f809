"""Who may see what a board keeps from the public: members, clerks and superusers."""

from __future__ import annotations

import datetime

from django.contrib.auth.models import AnonymousUser, User

from boards.choices import Role


def person_for(user: User | AnonymousUser):
    """The Person record behind a login, if any."""
    if not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "person", None)


def board_roles(user, board, on: datetime.date | None = None) -> set[str]:
    """The roles a login currently holds on a board (empty for the public)."""
    from boards.models import Membership

    person = person_for(user)
    if person is None:
        return set()
    return set(
        Membership.objects.filter(board=board, person=person)
        .current(on)
        .values_list("role", flat=True)
    )


def is_clerk(user, board) -> bool:
    """Clerks of the board, and anyone allowed to edit its pages in the admin."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser or Role.CLERK in board_roles(user, board):
        return True
    return board.permissions_for_user(user).can_edit()


def can_see_exempt(user, board) -> bool:
    """Members, clerks and superusers of a board may read its exempt business."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return bool(board_roles(user, board)) or is_clerk(user, board)


def passes_view_restrictions(request, page) -> bool:
    """Whether the visitor passes every view restriction on a page and its ancestors.

    Wagtail checks these only when it serves a page; records and files reached by their own
    address (actions, paper PDFs and images, packs, documents) of a private board must pass
    the same restrictions, or a login, group or password restriction could be walked around.
    """
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
