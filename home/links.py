"""Addresses for long tables: one reverse() per table, not one per row."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse

_MARKER = 2_147_483_647


def per_row_url(viewname: str, *args: object) -> Callable[[int], str]:
    """The address of each row's page, whose last URL argument is the row's primary key.

    Reversing is slow enough to show on a 200-row table; the addresses differ only by key.
    """
    head, _, tail = reverse(viewname, args=[*args, _MARKER]).partition(str(_MARKER))
    return lambda pk: f"{head}{pk}{tail}"
