"""Wagtail's password reset form, limited so it cannot be used to flood an inbox."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from wagtail.admin.forms.auth import PasswordResetForm

from core.ratelimit import may_send_email


class RateLimitedPasswordResetForm(PasswordResetForm):
    """Sends nothing once the client or the address is over its email limit.

    The page that follows is the same neutral "if the address is known, we sent a link"
    either way, so a limited request tells nobody more than an accepted one.
    """

    def save(self, *args: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
        """Send the reset email only within the limits."""
        email = self.cleaned_data["email"]
        if request is not None and not may_send_email("password-reset", request, email):
            return
        super().save(*args, request=request, **kwargs)
