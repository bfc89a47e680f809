"""Secret addresses of members' personal calendar feeds."""

from __future__ import annotations

import secrets

from django.db import models
from django.utils import timezone


def new_token() -> str:
    """An unguessable token: the personal feed URL is its only key."""
    return secrets.token_urlsafe(32)


class CalendarToken(models.Model):
    """The secret in a member's personal feed URL; regenerating it kills the old URL."""

    person = models.OneToOneField(
        "boards.Person", on_delete=models.CASCADE, related_name="calendar_token"
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = "personal calendar address"

    def __str__(self) -> str:
        return f"Calendar address of {self.person}"

    def regenerate(self) -> None:
        """Issue a new secret; calendars still using the old address stop updating."""
        self.token = new_token()
        self.created_at = timezone.now()
        self.save()
