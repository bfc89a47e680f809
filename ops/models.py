"""Background jobs that could not reach the task broker, kept until they have been sent."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class DeferredStatus(models.TextChoices):
    WAITING = "waiting", "Waiting for the task queue"
    SENT = "sent", "Sent to the task queue"


class DeferredTaskQuerySet(models.QuerySet):
    def waiting(self) -> DeferredTaskQuerySet:
        """Jobs still to be handed to the broker."""
        return self.filter(status=DeferredStatus.WAITING)


class DeferredTask(models.Model):
    """A job the site meant to queue while the broker was down; sent again once it is back."""

    task_name = models.CharField(max_length=200, help_text="The Celery task, e.g. actions.tasks.x")
    args = models.JSONField(default=list, blank=True)
    kwargs = models.JSONField(default=dict, blank=True)
    description = models.CharField(
        max_length=255, blank=True, help_text="What the job does, in words a clerk recognises."
    )
    status = models.CharField(
        max_length=10, choices=DeferredStatus.choices, default=DeferredStatus.WAITING
    )
    error = models.CharField(max_length=255, blank=True, help_text="Why it could not be queued.")
    attempts = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = DeferredTaskQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "delayed background job"

    def __str__(self) -> str:
        return f"{self.description or self.task_name} ({self.get_status_display()})"
