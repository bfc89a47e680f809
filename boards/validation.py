"""Agenda rules that span items: unique numbers, times inside the meeting and in order."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone


@dataclass(frozen=True)
class ItemProblem:
    """One broken rule, pinned to the item (by position) and field the clerk must fix."""

    index: int
    field: str
    message: str


@dataclass(frozen=True)
class DraftItem:
    """What the rules need to know of an agenda item, from a form or a saved row."""

    number: str
    start_time: datetime.time | None


def agenda_problems(
    start: datetime.datetime | None,
    end: datetime.datetime | None,
    items: Sequence[DraftItem],
) -> list[ItemProblem]:
    """Check an agenda, in running order, against its meeting's times."""
    problems: list[ItemProblem] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        key = (item.number or "").strip().rstrip(".").lower()
        if key in seen:
            problems.append(
                ItemProblem(
                    index,
                    "number",
                    f"Item number {item.number.strip()} is already used by another item.",
                )
            )
        elif key:
            seen[key] = index

    local_start = timezone.localtime(start) if start else None
    local_end = timezone.localtime(end) if end else None
    previous: datetime.time | None = None
    for index, item in enumerate(items):
        time = item.start_time
        if time is None:
            continue
        if local_start and time < local_start.time():
            problems.append(
                ItemProblem(
                    index,
                    "start_time",
                    f"This item starts before the meeting does ({local_start:%H:%M}).",
                )
            )
        elif (
            local_end
            and local_start
            and local_end.date() == local_start.date()
            and time > local_end.time()
        ):
            problems.append(
                ItemProblem(
                    index,
                    "start_time",
                    f"This item starts after the meeting ends ({local_end:%H:%M}).",
                )
            )
        elif previous is not None and time < previous:
            problems.append(
                ItemProblem(
                    index,
                    "start_time",
                    f"Items must run in time order: this one starts before the item above it "
                    f"({previous:%H:%M}).",
                )
            )
        previous = time if previous is None or time > previous else previous
    return problems
