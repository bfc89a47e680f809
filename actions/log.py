"""A board's action log: filtered, sorted, counted and exported in a fixed number of queries."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Paginator
from django.utils import timezone

from actions.choices import ActionStatus
from actions.forms import ActionLogFilter
from actions.models import Action
from boards.models import MeetingPage, Person

PER_PAGE = 25
EXPORT_COLUMNS = [
    "Reference",
    "Action",
    "Owner",
    "Lead organisation",
    "Due",
    "Status",
    "Overdue",
    "Completed on",
    "Completion note",
]


@dataclass
class ActionLog:
    """What the log page shows."""

    form: ActionLogFilter
    actions: Any
    counts: list[tuple[str, int]]
    total: int


def filtered_actions(board, params, *, public: bool) -> tuple[ActionLogFilter, Any]:
    """The board's actions narrowed by the visitor's filters."""
    form, actions, _by_status = _filtered(board, params, public=public)
    return form, actions


def action_log(board, params, page: str | None, *, public: bool) -> ActionLog:
    """One page of the log with counts by status."""
    form, actions, by_status = _filtered(board, params, public=public)
    counts = [(label, by_status.get(value, 0)) for value, label in ActionStatus.choices]
    page_obj = Paginator(actions, PER_PAGE).get_page(page)
    page_obj.object_list = list(page_obj.object_list)  # read here, not while rendering
    return ActionLog(form=form, actions=page_obj, counts=counts, total=sum(by_status.values()))


def _filtered(board, params, *, public: bool) -> tuple[ActionLogFilter, Any, dict[str, int]]:
    """The filtered actions, with the filter's choices and the counts by status.

    Owners, meetings and counts come from one read of the board's actions: the public check
    (no action under an exempt item) joins every action to its agenda item, so it is paid once.
    """
    base = Action.objects.for_board(board)
    if public:
        base = base.public()
    summary = list(base.order_by().values_list("status", "owner_id", "meeting_id"))
    by_status = Counter(status for status, _owner, _meeting in summary)
    owners = Person.objects.filter(
        pk__in={owner for _status, owner, _meeting in summary if owner}
    ).order_by("name")
    meetings = (
        MeetingPage.objects.filter(pk__in={meeting for *_, meeting in summary if meeting})
        .order_by("-start")
        .values_list("pk", "start")
    )
    form = ActionLogFilter(params or None, owners=owners, meetings=meetings)
    # The log shows each action's owner; exports add the lead organisation.
    actions = base.select_related("owner", "lead_organisation")
    if form.is_valid():
        data = form.cleaned_data
        if data.get("status"):
            actions = actions.filter(status=data["status"])
        if data.get("owner"):
            actions = actions.filter(owner_id=data["owner"])
        if data.get("meeting"):
            actions = actions.filter(meeting_id=data["meeting"])
        if data.get("overdue"):
            actions = actions.overdue()
        order = "-due_date" if data.get("sort") == "-due" else "due_date"
    else:
        order = "due_date"
    return form, actions.order_by(order, "reference"), dict(by_status)


def export_rows(actions) -> list[list[str]]:
    """The log as rows for a spreadsheet."""
    today = timezone.localdate()
    return [
        [
            a.reference,
            a.description,
            str(a.owner or ""),
            str(a.lead_organisation or ""),
            a.due_date.isoformat() if a.due_date else "",
            a.get_status_display(),
            "Yes" if a.is_overdue(today) else "No",
            a.completed_on.isoformat() if a.completed_on else "",
            a.completion_note,
        ]
        for a in actions
    ]


def to_csv(actions) -> str:
    """CSV, opening cleanly in Excel (BOM), cells guarded against formula injection."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    for row in export_rows(actions):
        writer.writerow([_safe(cell) for cell in row])
    return buffer.getvalue()


def to_xlsx(actions) -> bytes:
    """An Excel workbook of the log."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Action log"
    sheet.append(EXPORT_COLUMNS)
    for row in export_rows(actions):
        sheet.append([_safe(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _safe(cell: str) -> str:
    """Spreadsheet cells starting with =, +, - or @ are text, not formulas."""
    return f"'{cell}" if cell[:1] in {"=", "+", "-", "@"} else cell
