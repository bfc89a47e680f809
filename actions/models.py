"""The action log: what someone must do, by when, tracked to completion with full history."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from actions.admin_forms import ActionAdminForm
from actions.choices import CLOSED_STATUSES, OPEN_STATUSES, ActionStatus
from actions.querysets import ActionQuerySet


class HistoryPersonMixin(models.Model):
    """Lets history name a partner without a login who changed a record via an emailed link."""

    history_person = models.ForeignKey(
        "boards.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        abstract = True


class Action(index.Indexed, models.Model):
    """Something a board asked someone to do: owner, due date, status and every change kept."""

    board = models.ForeignKey("boards.BoardPage", on_delete=models.PROTECT, related_name="actions")
    reference = models.CharField(
        max_length=60,
        unique=True,
        editable=False,
        help_text="Generated from board, meeting and resolution, e.g. CTB/2014-07-21/6.2.",
    )
    meeting = models.ForeignKey(
        "boards.MeetingPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actions_raised",
        help_text="The meeting at which the action was raised, if any.",
    )
    agenda_item = models.ForeignKey(
        "boards.AgendaItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolution = models.OneToOneField(
        "boards.Resolution",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action",
        help_text="The resolution this action was raised from.",
    )
    description = models.TextField(help_text="What must be done, e.g. 'Circulate the report'.")
    owner = models.ForeignKey(
        "boards.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actions",
        help_text="The person answerable to the board for this action.",
    )
    lead_organisation = models.ForeignKey(
        "boards.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    due_date = models.DateField(null=True, blank=True)
    due_at_next_meeting = models.BooleanField(
        default=False, help_text="Due at the board's next meeting; the date follows that meeting."
    )
    status = models.CharField(
        max_length=12, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    priority = models.ForeignKey(
        "risks.Priority",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actions",
        help_text="The business-plan priority this action delivers, if any.",
    )
    completed_on = models.DateField(null=True, blank=True)
    completion_note = models.TextField(blank=True, help_text="How the action was completed.")
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Bumped on every save, to detect clashing edits."
    )
    created_at = models.DateTimeField(default=timezone.now, help_text="When the action was raised.")
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(bases=[HistoryPersonMixin])
    objects = ActionQuerySet.as_manager()
    base_form_class = ActionAdminForm

    panels = [
        FieldPanel("board"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("owner"), FieldPanel("lead_organisation")]),
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("due_at_next_meeting")]),
        FieldPanel("priority"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("completed_on")]),
                FieldPanel("completion_note"),
            ],
            heading="Progress",
        ),
        FieldPanel("change_reason"),
    ]
    search_fields = [
        index.SearchField("description"),
        index.SearchField("reference"),
        index.SearchField("completion_note"),
        # Clerks find an action in the admin chooser by the start of a word or reference.
        index.AutocompleteField("description"),
        index.AutocompleteField("reference"),
        index.FilterField("board"),
        index.FilterField("status"),
        # Admin searches leave out exempt actions a user may not read, by id.
        index.FilterField("id"),
    ]

    class Meta:
        ordering = ["due_date", "reference"]
        indexes = [
            models.Index(fields=["board", "status", "due_date"]),
            # The action log's owner and meeting filters list a board's owners and meetings.
            models.Index(fields=["board", "owner"]),
            models.Index(fields=["board", "meeting"]),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.description[:60]}"

    def save(self, *args, **kwargs):
        """Every save is a new version, so a stale edit can be told apart."""
        if self.pk:
            self.version += 1
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("actions:detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        """Open actions roll forward to the next meeting."""
        return self.status in OPEN_STATUSES

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        """Past its due date and not done: derived, never stored."""
        today = today or timezone.localdate()
        return self.is_open and self.due_date is not None and self.due_date < today


class ProgressNote(models.Model):
    """A dated note on how an action is going, by whom."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_person = models.ForeignKey(
        "boards.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    history = HistoricalRecords(bases=[HistoryPersonMixin])

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text[:60]


class ActionLink(models.Model):
    """A single-use, expiring link that lets an owner without a login update one action.

    It acts on the action as it stood when the email was sent: once anyone changes the action,
    or it passes to another owner, the link is refused.
    """

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="links")
    person = models.ForeignKey("boards.Person", on_delete=models.CASCADE, related_name="+")
    nonce = models.CharField(max_length=32, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    action_version = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="The action's version when the link was emailed; any later change refuses it.",
    )
    revoked_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the link was withdrawn: membership ended, login off, or a clerk.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Update link for {self.action.reference} ({self.person})"


class ReminderLog(models.Model):
    """One row per email sent, so a reminder cycle sends each person exactly one digest."""

    person = models.ForeignKey("boards.Person", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)
    cycle = models.CharField(max_length=40, help_text="The day, or the meeting, of the cycle.")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["person", "kind", "cycle"], name="one_reminder_per_cycle"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} reminder to {self.person} ({self.cycle})"
