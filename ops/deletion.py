"""Boards and meetings with content are archived, not deleted: a governance record is evidence."""

from __future__ import annotations

from django.utils.text import get_text_list
from wagtail.models import Page


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def deletion_blockers(page: Page) -> list[str]:
    """What a board or meeting holds that deleting it would destroy; empty if nothing."""
    from actions.models import Action
    from boards.models import BoardPage, MeetingPage

    specific = page.specific_deferred
    reasons: list[str] = []
    if isinstance(specific, BoardPage):
        children = page.get_children().count()
        if children:
            reasons.append(_count(children, "meeting or sub-board", "meetings or sub-boards"))
        actions = Action.objects.filter(board=specific).count()
        if actions:
            reasons.append(_count(actions, "action", "actions"))
        members = specific.memberships.count()
        if members:
            reasons.append(_count(members, "membership", "memberships"))
    elif isinstance(specific, MeetingPage):
        items = specific.agenda_items.count()
        if items:
            reasons.append(_count(items, "agenda item", "agenda items"))
        children = page.get_children().count()
        if children:
            reasons.append(
                _count(children, "page of minutes or papers", "pages of minutes or papers")
            )
        actions = Action.objects.filter(meeting=specific).count()
        if actions:
            reasons.append(_count(actions, "action raised", "actions raised"))
    return reasons


def keeps_actions(page: Page) -> bool:
    """A board's actions are kept as records even from a superuser (they protect the board)."""
    from actions.models import Action

    return Action.objects.filter(board_id=page.pk).exists()


def refusal_message(page: Page, reasons: list[str]) -> str:
    """Why the page cannot be deleted and what to do instead."""
    from boards.models import BoardPage

    instead = (
        "Set its status to Closed instead"
        if isinstance(page.specific_deferred, BoardPage)
        else "Mark it as cancelled or postponed, or unpublish it, instead"
    )
    return (
        f"'{page.title}' was not deleted: it holds {get_text_list(reasons, 'and')}, which are "
        f"part of the partnership's record. {instead}. Only a superuser can delete it."
    )


def refused(user, page: Page) -> str | None:
    """The refusal message if this user may not delete this page, else None."""
    reasons = deletion_blockers(page)
    if not reasons:
        return None
    if user.is_superuser and not keeps_actions(page):
        return None
    message = refusal_message(page, reasons)
    if user.is_superuser:
        message = (
            f"'{page.title}' was not deleted: its actions are kept as records. "
            "Set its status to Closed instead."
        )
    return message
