"""Addresses: absolute ones for everything sent out, cheap ones for long tables."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.urls import reverse

_MARKER = 2_147_483_647


def per_row_url(viewname: str, *args: object) -> Callable[[int], str]:
    """The address of each row's page, whose last URL argument is the row's primary key.

    Reversing is slow enough to show on a 200-row table; the addresses differ only by key.
    """
    head, _, tail = reverse(viewname, args=[*args, _MARKER]).partition(str(_MARKER))
    return lambda pk: f"{head}{pk}{tail}"


def absolute_url(path: str) -> str:
    """The full address of a path on the public site, from QUORUM_BASE_URL alone.

    Emails, feeds, calendars and signed links use this so every address they carry names the
    configured site, never the host a request claimed nor Wagtail's Site record. A full address
    (Wagtail gives one when several sites exist) keeps only its path, query and fragment.
    """
    parts = urlsplit(path)
    if parts.scheme or parts.netloc:
        path = urlunsplit(("", "", parts.path, parts.query, parts.fragment))
    if not path.startswith("/"):
        path = "/" + path
    return settings.QUORUM_BASE_URL.rstrip("/") + path
