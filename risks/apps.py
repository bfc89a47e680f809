"""Risks: risk registers, business plans, priorities and indicators (issue 5)."""

from django.apps import AppConfig


class RisksConfig(AppConfig):
    """The board's assurance: risk registers, business plans, priorities and indicators."""

    name = "risks"
    verbose_name = "Risks and plans"

    def ready(self) -> None:
        from risks import signals  # noqa: F401  (connects the deletion-reason receiver)
