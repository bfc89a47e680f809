"""Login lockout that also stops one client guessing across many user names.

django-axes locks a (user name, client address) pair after AXES_FAILURE_LIMIT failures. On
its own that never slows a client trying one password against many names, so this handler
also counts a client's failures across all names and locks the client, for every name, once
they reach QUORUM_LOGIN_CLIENT_FAILURE_LIMIT. The client limit is higher, so people sharing
one office address are not locked out by a colleague's typing.
"""

from __future__ import annotations

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest


def client_failures(request: HttpRequest) -> int:
    """Failed sign-ins from this client across every user name within the cool-off time."""
    attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
    if settings.AXES_COOLOFF_TIME is not None:
        attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class ClientAndNameLockoutHandler(AxesDatabaseHandler):
    """Axes' database handler, with a per-client limit across names on top of the per-pair one."""

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """The pair's failures, or the lockout threshold once the client is over its own limit.

        Axes compares this one number with AXES_FAILURE_LIMIT both before authenticating and
        after a failure, so answering "at the limit" for a locked client locks it everywhere.
        """
        failures = super().get_failures(request, credentials)
        if client_failures(request) >= settings.QUORUM_LOGIN_CLIENT_FAILURE_LIMIT:
            return max(failures, get_failure_limit(request, credentials))
        return failures
