"""A board's business plan for a period and its numbered priorities."""

from __future__ import annotations

from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from risks.admin_forms import TrackedAdminForm
from risks.choices import RAG
from risks.history import InlineHistoricalRecords


class BusinessPlan(ClusterableModel):
    """What a board promised to deliver in a period, e.g. the WSCB business plan 2014-15."""

    board = models.ForeignKey(
        "boards.BoardPage", on_delete=models.PROTECT, related_name="business_plans"
    )
    title = models.CharField(max_length=255, help_text="As the plan is titled.")
    period = models.CharField(max_length=20, help_text="For example '2014-15' or '2026/27'.")
    summary = models.TextField(
        blank=True, help_text="The headline position, shown above the priorities."
    )
    is_current = models.BooleanField(
        default=True, help_text="The board's plan page shows its current plan first."
    )

    base_form_class = TrackedAdminForm
    panels = [
        FieldRowPanel([FieldPanel("board"), FieldPanel("period"), FieldPanel("is_current")]),
        FieldPanel("title"),
        FieldPanel("summary"),
        MultiFieldPanel([InlinePanel("priorities", label="Priority")], heading="Priorities"),
        MultiFieldPanel([InlinePanel("indicators", label="Indicator")], heading="Scorecard"),
        FieldPanel("change_reason"),
    ]

    class Meta:
        ordering = ["board", "-is_current", "-period"]

    def __str__(self) -> str:
        return f"{self.title} ({self.period})"


class Priority(Orderable):
    """A numbered commitment in a plan, with a lead, a due date and a RAG the lead explains."""

    plan = ParentalKey(BusinessPlan, on_delete=models.CASCADE, related_name="priorities")
    number = models.PositiveSmallIntegerField(help_text="As numbered in the plan.")
    title = models.CharField(max_length=255)
    description = models.TextField(blank=True, help_text="What this will mean for children.")
    lead = models.ForeignKey(
        "boards.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="priorities_led",
    )
    lead_role = models.CharField(
        max_length=200,
        blank=True,
        help_text="The lead as the plan names them, e.g. 'Chair of CSE Committee'.",
    )
    due_date = models.DateField(null=True, blank=True)
    success_measures = models.TextField(
        blank=True, help_text="How the board will know it has been achieved."
    )
    rag = models.CharField(
        "RAG status",
        max_length=5,
        choices=RAG.choices,
        default=RAG.GREY,
        help_text="The lead's judgement of progress; explain it in the reason.",
    )
    rag_reason = models.TextField(
        "RAG reason", blank=True, help_text="The lead's commentary on the status."
    )

    history = InlineHistoricalRecords(excluded_fields=["sort_order"])

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("title")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("lead"), FieldPanel("lead_role"), FieldPanel("due_date")]),
        FieldPanel("success_measures"),
        FieldRowPanel([FieldPanel("rag"), FieldPanel("rag_reason")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name_plural = "priorities"

    def __str__(self) -> str:
        return f"Priority {self.number}: {self.title}"

    @property
    def is_exception(self) -> bool:
        """Red and amber priorities go on the exception report."""
        return self.rag in (RAG.RED, RAG.AMBER)
