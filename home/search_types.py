"""Boards and meetings in the site search; other apps register their page types the same way."""

from __future__ import annotations

from django.db.models import QuerySet

from boards.models import BoardPage, MeetingPage
from home.search import SearchableType, register


def _board_and_below(queryset: QuerySet, board: BoardPage) -> QuerySet:
    return queryset.descendant_of(board, inclusive=True)


def _board_text(board: BoardPage) -> str:
    return f"{board.purpose} {board.terms_of_reference}"


def _meeting_text(meeting: MeetingPage) -> str:
    items = "; ".join(
        f"{item.number}. {item.public_title}" if item.number else item.public_title
        for item in meeting.agenda_items.all()
    )
    return f"{meeting.venue}. Agenda: {items}" if meeting.venue else f"Agenda: {items}"


def register_boards() -> None:
    """Boards (with their purpose and terms of reference) and meetings (with their agenda)."""
    register(
        SearchableType(
            key="board",
            label="Board",
            model=BoardPage,
            board_filter=_board_and_below,
            text=_board_text,
        )
    )
    register(
        SearchableType(
            key="meeting",
            label="Meeting",
            model=MeetingPage,
            board_filter=_board_and_below,
            date_field="start",
            text=_meeting_text,
            select_related=("board",),
            prefetch_related=("agenda_items",),
            board_of=lambda meeting: meeting.board,
        )
    )


def _paper_text(paper) -> str:
    return f"{paper.summary} {paper.recommendations}"


def _papers_for(queryset: QuerySet, request) -> QuerySet:
    """Exempt papers only for the members and clerks of their board."""
    from papers.access import boards_with_exempt_access

    return queryset.exclude(exempt=True) | queryset.filter(
        exempt=True, board_id__in=boards_with_exempt_access(request.user)
    )


def register_papers_and_minutes() -> None:
    """Papers (converted body included) and published minutes (exempt items never indexed)."""
    from boards.models import MinutesPage
    from papers.models import PaperPage

    register(
        SearchableType(
            key="paper",
            label="Paper",
            model=PaperPage,
            board_filter=_board_and_below,
            date_field="first_published_at",
            text=_paper_text,
            select_related=("board", "meeting"),
            board_of=lambda paper: paper.board,
            restrict=_papers_for,
        )
    )
    register(
        SearchableType(
            key="minutes",
            label="Minutes",
            model=MinutesPage,
            board_filter=_board_and_below,
            date_field="first_published_at",
            text=lambda minutes: minutes.public_minutes_text(),
            select_related=("meeting", "meeting__board"),
            board_of=lambda minutes: minutes.meeting.board if minutes.meeting else None,
        )
    )
