"""Named filters for the action log."""

from __future__ import annotations

import datetime

from django.db import models
from django.utils import timezone

from actions.choices import CLOSED_STATUSES, OPEN_STATUSES
from boards.access import can_see_exempt
from boards.models import BoardPage


class ActionQuerySet(models.QuerySet):
    """Actions as the board chases them."""

    def open(self) -> ActionQuerySet:
        """Not yet completed or cancelled: these roll forward to every meeting."""
        return self.filter(status__in=OPEN_STATUSES)

    def closed(self) -> ActionQuerySet:
        """Completed or cancelled."""
        return self.filter(status__in=CLOSED_STATUSES)

    def overdue(self, today: datetime.date | None = None) -> ActionQuerySet:
        """Open actions whose due date has passed."""
        today = today or timezone.localdate()
        return self.open().filter(due_date__lt=today)

    def due_within(self, days: int, today: datetime.date | None = None) -> ActionQuerySet:
        """Open actions falling due in the next few days (today included)."""
        today = today or timezone.localdate()
        return self.open().filter(
            due_date__gte=today, due_date__lte=today + datetime.timedelta(days=days)
        )

    def for_board(self, board) -> ActionQuerySet:
        """The action log of one board."""
        return self.filter(board=board)

    def public(self) -> ActionQuerySet:
        """Actions the public may read: none raised under an exempt agenda item."""
        return self.exclude(agenda_item__exempt=True)

    def readable_by(self, user) -> ActionQuerySet:
        """Actions a user may see in admin lists: open ones, exempt ones of boards they serve."""

        if getattr(user, "is_superuser", False) and user.is_active:
            return self
        exempt = self.model.objects.filter(agenda_item__exempt=True)
        boards = BoardPage.objects.filter(pk__in=exempt.values("board_id"))
        entitled = [board.pk for board in boards if can_see_exempt(user, board)]
        hidden = exempt.exclude(board_id__in=entitled).values_list("pk", flat=True)
        # By id, so the admin's search (which filters only on indexed fields) can apply it.
        return self.exclude(pk__in=list(hidden))

    def with_related(self) -> ActionQuerySet:
        """Everything an action log row shows, in the same query."""
        return self.select_related("board", "owner", "lead_organisation", "meeting", "agenda_item")
