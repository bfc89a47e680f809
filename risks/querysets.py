"""Named filters for risks and indicators, shared by pages, digests and agendas."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from risks.choices import RiskStatus

DEFAULT_APPETITE = 12


class RiskQuerySet(models.QuerySet):
    """Risks as a board's register, its chair and its agenda see them."""

    def for_register(self, board: models.Model) -> RiskQuerySet:
        """A board's own risks and those escalated to it from the boards below."""
        return self.filter(Q(board=board) | Q(escalated_to=board))

    def owned_by(self, board: models.Model) -> RiskQuerySet:
        """Risks a board owns (not those escalated to it)."""
        return self.filter(board=board)

    def live(self) -> RiskQuerySet:
        """Risks still being managed: open or escalated, not closed."""
        return self.exclude(status=RiskStatus.CLOSED)

    def due_for_review(self, on_date: datetime.date | None = None) -> RiskQuerySet:
        """Live risks whose review date has arrived or passed."""
        on_date = on_date or timezone.localdate()
        return self.live().filter(review_date__lte=on_date)

    def overdue_for_review(self, on_date: datetime.date | None = None) -> RiskQuerySet:
        """Live risks whose review date is already behind us."""
        on_date = on_date or timezone.localdate()
        return self.live().filter(review_date__lt=on_date)

    def above_appetite(self) -> RiskQuerySet:
        """Live risks whose current score exceeds their own board's appetite."""
        # Annotating first keeps boards without register settings (a LEFT JOIN, not INNER).
        return (
            self.live()
            .annotate(
                board_appetite=Coalesce(F("board__risk_register__appetite"), DEFAULT_APPETITE)
            )
            .filter(current_score__gt=F("board_appetite"))
        )

    def for_display(self) -> RiskQuerySet:
        """Everything a register row shows, joined in the same query."""
        return self.select_related(
            "category", "owner", "owner__organisation", "board", "escalated_to"
        )

    def for_register_rows(self) -> RiskQuerySet:
        """Only what a register line shows: the boards' full pages and long texts stay unread."""
        return (
            self.select_related("category", "owner")
            .annotate(board_title=F("board__title"))
            .only(
                "reference",
                "title",
                "status",
                "review_date",
                "board_id",
                "current_likelihood",
                "current_impact",
                "inherent_score",
                "current_score",
                "target_score",
                "category__name",
                "owner__honorific",
                "owner__name",
            )
        )
