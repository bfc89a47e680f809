"""Where an action stands."""

from django.db import models


class ActionStatus(models.TextChoices):
    """An action's status; completed and cancelled actions are closed."""

    OPEN = "open", "Open"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    DEFERRED = "deferred", "Deferred"
    CANCELLED = "cancelled", "Cancelled"


OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DEFERRED)
CLOSED_STATUSES = (ActionStatus.COMPLETED, ActionStatus.CANCELLED)
