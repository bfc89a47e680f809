"""Papers: reports for agenda items, their conversion and the meeting pack (issue 3)."""

from django.apps import AppConfig


class PapersConfig(AppConfig):
    """Paper pages, their conversion from uploads, and compiled meeting packs."""

    name = "papers"
    verbose_name = "Papers"

    def ready(self) -> None:
        import logging

        from papers import signals

        # WeasyPrint narrates every layout step at INFO; clerks' logs only need its warnings.
        for name in ("weasyprint", "weasyprint.progress", "fontTools"):
            logging.getLogger(name).setLevel(logging.WARNING)

        signals.connect()
