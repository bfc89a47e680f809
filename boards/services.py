"""What the public board and home pages show, assembled in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest

from boards.models import BoardPage, MeetingPage
from home.navigation import breadcrumbs

MEETINGS_PER_PAGE = 10


def paginate(queryset, request: HttpRequest, param: str, per_page: int) -> PaginatorPage:
    """One page of a listing; a bad or out-of-range page number falls back gracefully.

    The page's rows are read here, so templates render without touching the database.
    """
    page = Paginator(queryset, per_page).get_page(request.GET.get(param))
    page.object_list = list(page.object_list)
    return page


def board_page_context(board: BoardPage, request: HttpRequest) -> dict[str, Any]:
    """Members, sub-boards, parent and both meeting lists of a board."""
    from boards.feeds import board_calendar_links

    meetings = MeetingPage.objects.visible().for_board(board)
    parent = board.get_parent().specific_deferred
    return {
        "calendar_feeds": board_calendar_links(board, request),
        "breadcrumbs": breadcrumbs(board),
        "members_by_role": board.current_members_by_role(),
        "sub_boards": list(BoardPage.objects.child_of(board).visible().order_by("path")),
        "parent_board": parent if isinstance(parent, BoardPage) and parent.live else None,
        "upcoming_meetings": paginate(meetings.upcoming(), request, "upcoming", MEETINGS_PER_PAGE),
        "past_meetings": paginate(meetings.past(), request, "past", MEETINGS_PER_PAGE),
    }


def board_tree(root) -> list[dict[str, Any]]:
    """Every public board under the site root as a nested tree, in one query."""
    boards = list(BoardPage.objects.descendant_of(root).visible().order_by("path"))
    nodes: dict[str, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for board in boards:
        node = {"board": board, "children": []}
        nodes[board.path] = node
        parent = nodes.get(board.path[: -board.steplen])
        (parent["children"] if parent else roots).append(node)
    return roots


def next_meetings(limit: int = 8) -> list[MeetingPage]:
    """The next meetings across all boards, with their board, in one query."""
    return list(MeetingPage.objects.visible().upcoming().select_related("board")[:limit])


@dataclass
class MinuteRow:
    """One agenda item's minute and resolutions, or a note that it is exempt."""

    item: Any
    text: str
    resolutions: list
    withheld: bool

    @property
    def title(self) -> str:
        """The item's title, unnamed where its minutes are withheld from this reader."""
        return self.item.title_for(entitled=not self.withheld)


def meeting_page_context(meeting: MeetingPage, request: HttpRequest) -> dict[str, Any]:
    """Agenda, published minutes and actions arising, in a fixed number of queries."""
    from actions.arising import actions_arising
    from boards.access import can_see_exempt
    from boards.models import MinutesPage

    items = list(meeting.agenda_items.all())
    board = meeting.board
    entitled = can_see_exempt(request.user, board) if board else False
    context: dict[str, Any] = {
        "board": board,
        "breadcrumbs": breadcrumbs(meeting),
        "is_past": meeting.has_finished(),
        "agenda_items": items,
        "can_see_exempt": entitled,
    }
    minutes = (
        MinutesPage.objects.live()
        .public()
        .filter(meeting=meeting)
        .prefetch_related(
            "attendance__person__organisation",
            "attendance__substitute_for",
            "declarations__person",
            "items",
            "resolutions",
            "corrections",
        )
        .first()
    )
    if minutes is not None:
        context.update(minutes_context(minutes, items, entitled))
    if board is not None:
        context["actions_arising"] = actions_arising(meeting, public=not entitled)
    return context


def minutes_context(minutes, items: list, entitled: bool) -> dict[str, Any]:
    """Minutes laid out item by item; exempt items withheld unless the reader is entitled."""
    from boards.minutes import quorum_check

    texts = {row.agenda_item_id: row.text for row in minutes.items.all()}
    resolutions: dict[int | None, list] = {}
    for resolution in minutes.resolutions.all():
        resolutions.setdefault(resolution.agenda_item_id, []).append(resolution)
    attendance = list(minutes.attendance.all())
    return {
        "minutes": minutes,
        "attendance": attendance,
        "declarations": list(minutes.declarations.all()),
        "quorum": quorum_check(minutes, attendance),
        "minute_rows": [
            MinuteRow(
                item=item,
                text=texts.get(item.pk, ""),
                resolutions=resolutions.get(item.pk, []),
                withheld=item.exempt and not entitled,
            )
            for item in items
            if item.pk in texts or item.pk in resolutions
        ],
        "corrections": list(minutes.corrections.all()) if minutes.pk else [],
    }
