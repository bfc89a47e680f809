"""Named filters for boards, meetings and memberships, used by pages and feeds alike."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone

from home.visibility import PublicPageQuerySet


class BoardQuerySet(PublicPageQuerySet):
    """Boards as the public sees them."""

    def active(self) -> BoardQuerySet:
        """Boards that still meet."""
        return self.filter(status="active")

    def visible(self) -> BoardQuerySet:
        """Published boards with no view restriction: what anonymous visitors may list."""
        return self.live().public()


class MeetingQuerySet(PublicPageQuerySet):
    """Meetings in time order, split into what is coming and what has happened."""

    def visible(self) -> MeetingQuerySet:
        """Published meetings with no view restriction."""
        return self.live().public()

    def upcoming(self, now: datetime.datetime | None = None) -> MeetingQuerySet:
        """Meetings that have not yet finished, soonest first."""
        now = now or timezone.now()
        return self.filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now)).order_by("start")

    def past(self, now: datetime.datetime | None = None) -> MeetingQuerySet:
        """Meetings that have finished, most recent first."""
        now = now or timezone.now()
        return self.filter(Q(end__lt=now) | Q(end__isnull=True, start__lt=now)).order_by("-start")

    def for_board(self, board: models.Model) -> MeetingQuerySet:
        """Meetings of one board (not of its sub-boards)."""
        return self.filter(board=board)


class MembershipQuerySet(models.QuerySet):
    """Who sits on which board, and when."""

    def current(self, on: datetime.date | None = None) -> MembershipQuerySet:
        """Memberships in force on a date (today by default)."""
        on = on or timezone.localdate()
        return self.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=on),
            Q(end_date__isnull=True) | Q(end_date__gte=on),
        )

    def of_live_boards(self) -> MembershipQuerySet:
        """Memberships of published boards only."""
        return self.filter(board__live=True)
