"""A board's action log: filtered, sorted, counted and exported in a fixed number of queries."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Count
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
    actions = Action.objects.for_board(board).with_related()
    if public:
        actions = actions.public()
    owners = Person.objects.filter(pk__in=actions.values("owner")).order_by("name")
    meetings = (
        MeetingPage.objects.filter(pk__in=actions.values("meeting"))
        .order_by("-start")
        .values_list("pk", "start")
    )
    form = ActionLogFilter(params or None, owners=owners, meetings=meetings)
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
    return form, actions.order_by(order, "reference")


def action_log(board, params, page: str | None, *, public: bool) -> ActionLog:
    """One page of the log with counts by status."""
    form, actions = filtered_actions(board, params, public=public)
    base = Action.objects.for_board(board)
    if public:
        base = base.public()
    by_status = dict(base.values_list("status").annotate(n=Count("pk")).order_by())
    counts = [(label, by_status.get(value, 0)) for value, label in ActionStatus.choices]
    page_obj = Paginator(actions, PER_PAGE).get_page(page)
    page_obj.object_list = list(page_obj.object_list)  # read here, not while rendering
    return ActionLog(form=form, actions=page_obj, counts=counts, total=sum(by_status.values()))


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
