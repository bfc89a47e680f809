"""Who may read a board's exempt papers: its current members, its clerks and superusers."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User

from boards.models import BoardPage, Membership


def can_read_exempt(user: User | AnonymousUser, board: BoardPage | None) -> bool:
    """Schedule 12A material is for the board's members, clerks (page editors) and superusers."""
    from boards.access import can_see_exempt

    if board is None:
        return bool(getattr(user, "is_superuser", False) and user.is_active)
    return can_see_exempt(user, board)


def boards_with_exempt_access(user: User | AnonymousUser) -> list[int]:
    """Ids of the boards whose exempt papers a user may read (for search and listings)."""
    if not user.is_authenticated or not user.is_active:
        return []
    if user.is_superuser:
        return list(BoardPage.objects.values_list("pk", flat=True))
    member_of = set(
        Membership.objects.filter(person__user=user).current().values_list("board_id", flat=True)
    )
    editable = {
        board.pk
        for board in BoardPage.objects.all()
        if board.pk not in member_of and board.permissions_for_user(user).can_edit()
    }
    return sorted(member_of | editable)


def paper_readable(paper, user: User | AnonymousUser) -> bool:
    """A paper, its files and images: drafts for editors only, exempt ones for the board."""
    if not paper.live:
        return user.is_authenticated and paper.permissions_for_user(user).can_edit()
    if paper.exempt:
        return can_read_exempt(user, paper.board)
    return True


def paper_readable_in(paper, request) -> bool:
    """paper_readable, and the view restrictions of the paper's board and meeting let them in."""
    from boards.access import passes_view_restrictions

    return paper_readable(paper, request.user) and passes_view_restrictions(request, paper)


def private_response(response):
    """Exempt material must never be kept by shared caches or the browser."""
    response["Cache-Control"] = "private, no-store"
    return response
