"""Actions: the board's action log, tracked to completion with history (issue 4)."""

from django.apps import AppConfig


class ActionsConfig(AppConfig):
    """Holds the action log once the minutes-and-actions capability lands."""

    name = "actions"
    verbose_name = "Actions"

    def ready(self) -> None:
        from . import signals  # noqa: F401
