"""Background jobs of the action log; each is safe to run twice."""

from __future__ import annotations

from celery import shared_task

from actions.reminders import send_chair_digests, send_owner_digests
from actions.services import resolve_next_meeting_dates


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_reminders() -> dict[str, int]:
    """Each morning: owners' digests and chairs' pre-meeting digests, one per person per cycle."""
    return {"owners": send_owner_digests(), "chairs": send_chair_digests()}


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def resolve_next_meeting_due_dates(board_id: int) -> int:
    """After a meeting is published, date the board's 'next meeting' actions; safe to repeat."""
    from boards.models import BoardPage

    board = BoardPage.objects.filter(pk=board_id).first()
    return resolve_next_meeting_dates(board) if board else 0
