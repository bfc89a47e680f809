"""Boards: the partnership's governance tree, its people, meetings and agendas."""

from django.apps import AppConfig


class BoardsConfig(AppConfig):
    """Registers signal handlers that keep meetings tied to their board."""

    name = "boards"
    verbose_name = "Boards and meetings"

    def ready(self) -> None:
        from . import signals  # noqa: F401
