"""What happens when minutes are published: actions raised, earlier minutes approved and locked."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from boards.choices import QUORATE_STATUSES
from boards.models import MinutesPage


@dataclass(frozen=True)
class QuorumCheck:
    """Whether enough members were present for the meeting's decisions to stand."""

    present: int
    quorum: int | None

    @property
    def known(self) -> bool:
        return self.quorum is not None

    @property
    def quorate(self) -> bool:
        return self.quorum is not None and self.present >= self.quorum


def quorum_check(minutes: MinutesPage, attendance: list) -> QuorumCheck:
    """Members present (substitutes count for the member they replace) against the quorum."""
    present = sum(1 for row in attendance if row.status in QUORATE_STATUSES)
    board = minutes.meeting.board if minutes.meeting else None
    return QuorumCheck(present=present, quorum=board.quorum if board else None)


@transaction.atomic
def on_minutes_published(minutes: MinutesPage, user=None) -> None:
    """Raise the actions the minutes resolved and approve the minutes they confirm."""
    from actions.services import raise_from_resolution

    for resolution in minutes.resolutions.all():
        if resolution.raise_action:
            raise_from_resolution(resolution, user=user)
        earlier = resolution.approves_minutes
        if earlier is not None and not earlier.is_approved and earlier.pk != minutes.pk:
            approve(earlier, resolution)


def approve(minutes: MinutesPage, resolution) -> None:
    """Approved as a correct record: stamp it and lock the page against further editing."""
    MinutesPage.objects.filter(pk=minutes.pk).update(
        approved_at=timezone.now(),
        approved_by_resolution=resolution,
        locked=True,
        locked_at=timezone.now(),
        locked_by=None,
    )
