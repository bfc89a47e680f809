"""Ops: running Quorum in production (background jobs that waited for the broker, backups)."""

from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Keeps the site's own operational records; no governance content lives here."""

    name = "ops"
    verbose_name = "Operations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signals  # noqa: F401
