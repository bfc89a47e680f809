"""What the register and plan pages show, and the changes that must write history."""

from __future__ import annotations

import csv
import datetime
import io
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from boards.choices import ItemPurpose
from boards.models import BoardPage
from core.links import per_row_url
from home.formats import short_date
from risks.charts import sparkline
from risks.choices import IMPACT_LABELS, LIKELIHOOD_LABELS, RAG, RiskStatus, Trend
from risks.forms import RegisterFilterForm
from risks.models import (
    BusinessPlan,
    Indicator,
    IndicatorValue,
    Priority,
    Risk,
    RiskCategory,
    RiskRegister,
    ScoringBand,
)
from risks.querysets import DEFAULT_APPETITE
from risks.scoring import band_for


def appetite_for(board: BoardPage) -> int:
    """The score above which the board wants a risk flagged."""
    register = RiskRegister.objects.filter(board=board).first()
    return register.appetite if register else DEFAULT_APPETITE


def parent_board(board: BoardPage) -> BoardPage | None:
    """The board this one reports to, if its parent page is a board."""
    parent = board.get_parent().specific_deferred
    return parent if isinstance(parent, BoardPage) else None


def score_trends(risk_ids: list[int]) -> dict[int, tuple[str, int | None]]:
    """For each risk: is its current score rising or falling since it last changed (one query)."""
    scores: dict[int, list[int]] = defaultdict(list)
    rows = (
        Risk.history.filter(id__in=risk_ids)
        .order_by("id", "history_date", "history_id")
        .values_list("id", "current_score")
    )
    for risk_id, score in rows:
        if not scores[risk_id] or scores[risk_id][-1] != score:
            scores[risk_id].append(score)
    trends: dict[int, tuple[str, int | None]] = {}
    for risk_id in risk_ids:
        seen = scores.get(risk_id, [])
        if len(seen) < 2:
            trends[risk_id] = (Trend.STEADY if seen else Trend.NEW, None)
        else:
            previous, latest = seen[-2], seen[-1]
            trends[risk_id] = (Trend.RISING if latest > previous else Trend.FALLING, previous)
    return trends


class BoardLink(NamedTuple):
    """A link to another board's register, e.g. the board a risk was escalated from."""

    title: str
    url: str


@dataclass
class RegisterRow:
    """A risk as one line of a board's register."""

    risk: Risk
    band: Any
    trend: str
    previous_score: int | None
    above_appetite: bool
    overdue: bool
    url: str
    escalated_from: BoardLink | None

    @property
    def trend_label(self) -> str:
        return Trend(self.trend).label

    @property
    def review_label(self) -> str:
        """The review date as the register prints it, e.g. '5 Mar 2027'."""
        review = self.risk.review_date
        return short_date(review) if review else "Not set"


def heat_map(risks: list[Risk], bands: list[ScoringBand]) -> list[dict[str, Any]]:
    """A 5x5 grid of live risks by current impact (rows, 5 first) and likelihood (columns)."""
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for risk in risks:
        if risk.status != RiskStatus.CLOSED:
            counts[(risk.current_impact, risk.current_likelihood)] += 1
    rows = []
    for impact in range(5, 0, -1):
        cells = []
        for likelihood in range(1, 6):
            score = impact * likelihood
            cells.append(
                {
                    "likelihood": likelihood,
                    "score": score,
                    "count": counts[(impact, likelihood)],
                    "band": band_for(score, bands),
                }
            )
        rows.append({"impact": impact, "label": IMPACT_LABELS[impact], "cells": cells})
    return rows


REGISTER_COLUMNS = [
    ("reference", "Ref."),
    ("title", "Risk"),
    ("category", "Category"),
    ("owner", "Owner"),
    ("inherent", "Inherent score"),
    ("current", "Current score"),
    ("target", "Target score"),
    ("review", "Review date"),
]


def register_context(board: BoardPage, params, on_date: datetime.date | None = None) -> dict:
    """Everything a board's register page shows, in a fixed number of queries."""
    on_date = on_date or timezone.localdate()
    categories = RiskCategory.objects.all()
    form = RegisterFilterForm(params or None, categories=categories)
    risks = Risk.objects.for_register(board).for_register_rows()
    sort = "current"
    if form.is_valid():
        data = form.cleaned_data
        if data.get("category"):
            risks = risks.filter(category=data["category"])
        if data.get("status") == "all":
            pass
        elif data.get("status"):
            risks = risks.filter(status=data["status"])
        else:
            risks = risks.live()
        sort = data.get("sort") or sort
    else:
        risks = risks.live()
    risks = list(risks.order_by(RegisterFilterForm.SORTS[sort], "reference"))
    bands = list(ScoringBand.objects.all())
    appetite = appetite_for(board)
    trends = score_trends([r.pk for r in risks])
    url = per_row_url("risks:risk", board.pk)
    register_url = per_row_url("risks:register")
    rows = [
        RegisterRow(
            risk=risk,
            band=band_for(risk.current_score, bands),
            trend=trends[risk.pk][0],
            previous_score=trends[risk.pk][1],
            above_appetite=risk.status != RiskStatus.CLOSED and risk.current_score > appetite,
            overdue=risk.is_overdue_for_review(on_date),
            url=url(risk.pk),
            escalated_from=BoardLink(risk.board_title, register_url(risk.board_id))
            if risk.board_id != board.pk
            else None,
        )
        for risk in risks
    ]
    return {
        "board": board,
        "rows": rows,
        "form": form,
        "sort": sort,
        "columns": REGISTER_COLUMNS,
        "descending": {"inherent", "current", "target"},
        "appetite": appetite,
        "bands": bands,
        "heat_map": heat_map(risks, bands),
        "likelihoods": list(LIKELIHOOD_LABELS.items()),
        "overdue_count": sum(1 for row in rows if row.overdue),
        "above_appetite_count": sum(1 for row in rows if row.above_appetite),
        "on_date": on_date,
    }


def risk_detail_context(risk: Risk, board: BoardPage, on_date: datetime.date | None = None):
    """A risk's details, controls and its score timeline with who changed what and why."""
    on_date = on_date or timezone.localdate()
    bands = list(ScoringBand.objects.all())
    history = list(
        risk.history.select_related("history_user", "history_user__person").order_by(
            "-history_date", "-history_id"
        )
    )
    timeline = [
        {
            "record": record,
            "band": band_for(record.current_score, bands),
            "who": _who(record.history_user),
            "why": _why(record),
        }
        for record in history
    ]
    return {
        "board": board,
        "risk": risk,
        "band": band_for(risk.current_score, bands),
        "inherent_band": band_for(risk.inherent_score, bands),
        "target_band": band_for(risk.target_score, bands),
        "controls": list(risk.controls.select_related("owner", "action")),
        "timeline": timeline,
        "overdue": risk.is_overdue_for_review(on_date),
        "escalated_from": risk.board if risk.board_id != board.pk else None,
        "can_escalate_to": parent_board(risk.board) if risk.status == RiskStatus.OPEN else None,
    }


def _why(record) -> str:
    """The recorded reason; an escalation also shows the reason given to the parent board."""
    reason = record.history_change_reason or "Not given"
    if reason.startswith("Escalated to") and record.escalation_reason:
        return f"{reason}: {record.escalation_reason}"
    return reason


def _who(user) -> str:
    """A change's author as the public record names them."""
    if user is None:
        return "System"
    person = getattr(user, "person", None)
    return str(person) if person else (user.get_full_name() or user.get_username())


class EscalationError(Exception):
    """The risk cannot be escalated (no parent board, or already escalated or closed)."""


@transaction.atomic
def escalate_risk(risk: Risk, user, reason: str) -> Risk:
    """Put a risk on the parent board's register, recording who escalated it and why."""
    parent = parent_board(risk.board)
    if parent is None:
        raise EscalationError("This board has no parent board to escalate to.")
    if risk.status != RiskStatus.OPEN:
        raise EscalationError("Only open risks can be escalated.")
    risk.status = RiskStatus.ESCALATED
    risk.escalated_to = parent
    risk.escalation_reason = reason
    risk._history_user = user
    risk._change_reason = f"Escalated to {parent.title}"[:100]
    risk.save()
    return risk


def risks_due_for_review(board: BoardPage, on_date: datetime.date | None = None) -> list[Risk]:
    """Risks on a board's register due for review by a date: for agendas and the chair's digest."""
    return list(
        Risk.objects.for_register(board)
        .due_for_review(on_date)
        .for_display()
        .order_by("review_date", "reference")
    )


def risk_review_agenda_item(
    board: BoardPage, on_date: datetime.date | None = None
) -> dict[str, str] | None:
    """Fields for an agenda item listing the risks due for review by a meeting, or None."""
    risks = risks_due_for_review(board, on_date)
    if not risks:
        return None
    lines = [
        f"{risk.reference} {risk.title} (score {risk.current_score}, review due "
        f"{risk.review_date:%-d %B %Y})"
        for risk in risks
    ]
    return {
        "title": "Risks due for review",
        "purpose": ItemPurpose.ASSURANCE,
        "description": "; ".join(lines),
    }


# --- Plans and scorecards -------------------------------------------------------------------


@dataclass
class ScorecardRow:
    """An indicator with its latest value, RAG against target, trend and chart."""

    indicator: Indicator
    values: list[IndicatorValue]
    latest: IndicatorValue | None
    previous: IndicatorValue | None
    rag: str
    chart: Any

    @property
    def rag_label(self) -> str:
        if self.latest is None:
            return "No data"
        if self.rag == RAG.GREY:
            return "No target"
        return RAG(self.rag).label

    @property
    def trend(self) -> str:
        """Improving, worsening or unchanged since the previous period, in words."""
        if not (self.latest and self.previous):
            return "Not enough data"
        change = self.latest.value - self.previous.value
        if change == 0:
            return "No change"
        better = change > 0 if self.indicator.direction == "higher" else change < 0
        return "Improving" if better else "Worsening"

    @property
    def is_exception(self) -> bool:
        return self.rag in (RAG.RED, RAG.AMBER)


def scorecard(plan: BusinessPlan, indicators: list[Indicator]) -> list[ScorecardRow]:
    """Scorecard rows from indicators whose values were prefetched, oldest value first."""
    rows = []
    for indicator in indicators:
        values = list(indicator.values.all())
        latest = values[-1] if values else None
        rows.append(
            ScorecardRow(
                indicator=indicator,
                values=values,
                latest=latest,
                previous=values[-2] if len(values) > 1 else None,
                rag=indicator.rag(latest.value) if latest else RAG.GREY,
                chart=sparkline([v.value for v in values], indicator.target),
            )
        )
    return rows


def plan_context(board: BoardPage, plan_id: str | None = None) -> dict[str, Any]:
    """A board's plan: priorities with lead and RAG, and the scorecard, in fixed queries."""
    plans = list(BusinessPlan.objects.filter(board=board))
    plan = next((p for p in plans if str(p.pk) == str(plan_id)), plans[0] if plans else None)
    if plan is None:
        return {"board": board, "plans": [], "plan": None, "priorities": [], "scorecard": []}
    priorities = list(
        Priority.objects.filter(plan=plan)
        .select_related("lead", "lead__organisation")
        .order_by("number", "sort_order")
    )
    indicators = list(
        Indicator.objects.filter(plan=plan)
        .select_related("priority")
        .prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.order_by("period_end"))
        )
    )
    progress = action_progress(priorities)
    for priority in priorities:
        priority.progress = progress.get(priority.pk)
    return {
        "board": board,
        "plans": plans,
        "plan": plan,
        "priorities": priorities,
        "scorecard": scorecard(plan, indicators),
    }


@dataclass
class ActionProgress:
    """How a priority's actions stand: x of y complete, n overdue."""

    total: int
    completed: int
    overdue: int

    def __str__(self) -> str:
        text = f"{self.completed} of {self.total} action{'s' if self.total != 1 else ''} complete"
        return f"{text}, {self.overdue} overdue" if self.overdue else text


def action_progress(
    priorities: list[Priority], on_date: datetime.date | None = None
) -> dict[int, ActionProgress]:
    """Progress of each priority from its linked actions, in one query."""
    from django.db.models import Count, Q

    from actions.choices import OPEN_STATUSES, ActionStatus
    from actions.models import Action

    on_date = on_date or timezone.localdate()
    rows = (
        Action.objects.filter(priority__in=[p.pk for p in priorities])
        .exclude(status=ActionStatus.CANCELLED)
        .values("priority")
        .annotate(
            total=Count("pk"),
            completed=Count("pk", filter=Q(status=ActionStatus.COMPLETED)),
            overdue=Count("pk", filter=Q(status__in=OPEN_STATUSES, due_date__lt=on_date)),
        )
        .order_by()
    )
    return {
        row["priority"]: ActionProgress(row["total"], row["completed"], row["overdue"])
        for row in rows
    }


def exceptions_context(board: BoardPage, plan_id: str | None = None) -> dict[str, Any]:
    """Only the red and amber priorities and indicators, with the lead's commentary."""
    context = plan_context(board, plan_id)
    context["priorities"] = [p for p in context["priorities"] if p.is_exception]
    context["scorecard"] = [row for row in context["scorecard"] if row.is_exception]
    return context


# --- Importing indicator values ---------------------------------------------------------------

REQUIRED_COLUMNS = ("indicator", "period", "period_end", "value")


@dataclass
class ImportResult:
    """What an import did, or why it did nothing."""

    errors: list[str] = field(default_factory=list)
    created: int = 0
    updated: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def import_indicator_values(plan: BusinessPlan, text: str, user) -> ImportResult:
    """Load values from CSV; any bad row means nothing is saved, and every bad row is named."""
    result = ImportResult()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    headers = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in headers]
    if missing:
        result.errors.append(f"The file is missing the column(s): {', '.join(missing)}.")
        return result
    reader.fieldnames = headers
    indicators = {i.name.strip().lower(): i for i in Indicator.objects.filter(plan=plan)}
    pending: list[IndicatorValue] = []
    seen: set[tuple[int, str]] = set()
    for line, row in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k}
        problems = []
        indicator = indicators.get(row["indicator"].lower())
        if indicator is None:
            problems.append(f"no indicator called '{row['indicator']}' on this plan")
        if not row["period"]:
            problems.append("the period is empty")
        try:
            period_end = datetime.date.fromisoformat(row["period_end"])
        except ValueError:
            problems.append(f"period_end '{row['period_end']}' is not a date (YYYY-MM-DD)")
            period_end = None
        try:
            value = Decimal(row["value"].rstrip("%").replace(",", ""))
            if not value.is_finite() or abs(value) >= Decimal("1e10"):
                raise InvalidOperation
        except InvalidOperation:
            problems.append(f"value '{row['value']}' is not a number")
            value = None
        if indicator and (indicator.pk, row["period"]) in seen:
            problems.append(f"'{row['indicator']}' has {row['period']} twice in this file")
        if problems:
            result.errors.append(f"Row {line}: " + "; ".join(problems) + ".")
            continue
        seen.add((indicator.pk, row["period"]))
        record = IndicatorValue.objects.filter(indicator=indicator, period=row["period"]).first()
        if record is None:
            record = IndicatorValue(indicator=indicator, period=row["period"])
        else:
            result.updated += 1
        record.period_end = period_end
        record.value = value
        record.commentary = row.get("commentary", "")
        try:
            record.full_clean(validate_unique=False)
        except ValidationError as error:
            result.errors.append(f"Row {line}: " + "; ".join(error.messages))
            continue
        pending.append(record)
    if not pending and not result.errors:
        result.errors.append("The file has no rows to import.")
    if result.errors:
        result.updated = 0
        return result
    with transaction.atomic():
        for record in pending:
            record._history_user = user
            record._change_reason = "Imported from CSV"
            record.save()
    result.created = len(pending) - result.updated
    return result
