"""Performance indicators on a plan's scorecard and the value reported each period."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from simple_history.models import HistoricalRecords
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from risks.choices import Direction, Frequency
from risks.scoring import rag_for


class Indicator(Orderable):
    """A measure the board tracks against a target, e.g. Good Level of Development."""

    plan = ParentalKey("risks.BusinessPlan", on_delete=models.CASCADE, related_name="indicators")
    priority = models.ForeignKey(
        "risks.Priority",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
        help_text="The priority this measures, if any.",
    )
    name = models.CharField(max_length=255)
    unit = models.CharField(max_length=20, blank=True, help_text="For example '%' or 'children'.")
    target = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Leave blank if no target is set: the RAG then shows as 'no target'.",
    )
    direction = models.CharField(max_length=6, choices=Direction.choices, default=Direction.HIGHER)
    frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.QUARTERLY
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("priority")]),
        FieldRowPanel(
            [
                FieldPanel("unit"),
                FieldPanel("target"),
                FieldPanel("direction"),
                FieldPanel("frequency"),
            ]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "indicator"

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        """An indicator can only measure a priority of its own plan."""
        super().clean()
        if self.priority_id and self.plan_id and self.priority.plan_id != self.plan_id:
            raise ValidationError({"priority": "Choose a priority from this plan."})

    def rag(self, value) -> str:
        """RAG of a value against this indicator's target."""
        return rag_for(value, self.target, self.direction)


class IndicatorValue(models.Model):
    """The value of an indicator for one reporting period, with the lead's commentary."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    period = models.CharField(max_length=30, help_text="As reported, e.g. 'Q1 2014/15' or '2014'.")
    period_end = models.DateField(help_text="Last day of the period; orders the values.")
    value = models.DecimalField(max_digits=12, decimal_places=2)
    commentary = models.TextField(blank=True, help_text="The lead's explanation of this value.")

    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "period_end"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period"],
                name="one_value_per_indicator_period",
                violation_error_message="This indicator already has a value for this period.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.value} ({self.period})"

    @property
    def rag(self) -> str:
        """Derived, never typed in: on, near or off target."""
        return self.indicator.rag(self.value)
