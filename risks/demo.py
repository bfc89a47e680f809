"""Load the demo registers, plans and scorecards from the seeds, adding only what is missing."""

from __future__ import annotations

import datetime
from decimal import Decimal
from types import ModuleType
from zoneinfo import ZoneInfo

from django.db import transaction

from boards.models import BoardPage, Person
from risks import demo_data
from risks.models import (
    BusinessPlan,
    Indicator,
    IndicatorValue,
    Priority,
    Risk,
    RiskCategory,
    RiskControl,
    RiskRegister,
)
from risks.services import escalate_risk

LONDON = ZoneInfo("Europe/London")
PEOPLE_BY_KEY = {"mmirfin": "Mark Mirfin", "drobbins": "David Robbins", "bwalker": "Bernard Walker",
                 "stalbot": "Sue Talbot"}  # fmt: skip


def _when(day: str) -> datetime.datetime:
    """A seed date as a mid-morning UK instant, for back-dated history."""
    return datetime.datetime.fromisoformat(day).replace(hour=10, tzinfo=LONDON)


def _person(key: str | None) -> Person | None:
    return Person.objects.filter(name=PEOPLE_BY_KEY[key]).first() if key else None


@transaction.atomic
def load_risks_demo(summary=None, data: ModuleType = demo_data) -> None:
    """Create the demo registers and plans if they are missing; a second run changes nothing."""
    boards = {b.slug: b for b in BoardPage.objects.filter(slug__in=_board_slugs(data))}
    for slug, appetite in data.APPETITES.items():
        if slug in boards:
            _, created = RiskRegister.objects.get_or_create(
                board=boards[slug], defaults={"appetite": appetite}
            )
            if created and summary:
                summary.add("risk registers")
    owner = Person.objects.filter(name=data.RISK_OWNER).first()
    for row in data.RISKS:
        board = boards.get(row["board"])
        if board is None or Risk.objects.filter(board=board, reference=row["reference"]).exists():
            continue
        _create_risk(row, board, owner, data.PLAN_START)
        if summary:
            summary.add("risks")
    for row in data.PLANS:
        board = boards.get(row["board"])
        if board is None:
            continue
        if BusinessPlan.objects.filter(board=board, title=row["title"]).exists():
            continue
        _create_plan(row, board)
        if summary:
            summary.add("business plans")


def _board_slugs(data: ModuleType) -> set[str]:
    return {r["board"] for r in data.RISKS} | {p["board"] for p in data.PLANS}


def _create_risk(row: dict, board: BoardPage, owner: Person | None, start: str) -> Risk:
    """A risk as first entered, then its later reviews, each back-dated in its history."""
    # With later reviews, the risk starts at its inherent score and each review moves it on.
    first = row["inherent"] if row["changes"] else row["current"]
    if row["changes"] and row["changes"][-1][1] != row["current"]:
        raise ValueError(f"{row['reference']}: the last review must give the current score.")
    risk = Risk(
        board=board,
        reference=row["reference"],
        title=row["title"],
        cause=row["cause"],
        event=row["event"],
        effect=row["effect"],
        category=RiskCategory.objects.get(name=row["category"]),
        owner=owner,
        inherent_likelihood=row["inherent"][0],
        inherent_impact=row["inherent"][1],
        current_likelihood=first[0],
        current_impact=first[1],
        target_likelihood=row["target"][0],
        target_impact=row["target"][1],
        review_date=datetime.date.fromisoformat(row["review"]),
    )
    risk._history_date = _when(start)
    risk._change_reason = "Added to the register with the Best Start Local Plan"
    risk.save()
    for position, (kind, description) in enumerate(row["controls"]):
        control = RiskControl(
            risk=risk, kind=kind, description=description, owner=owner, sort_order=position
        )
        control._history_date = _when(start)
        control._change_reason = "Added with the risk"
        control.save()
    for day, (likelihood, impact), reason in row["changes"]:
        risk.current_likelihood, risk.current_impact = likelihood, impact
        risk._history_date = _when(day)
        risk._change_reason = reason
        risk.save()
    if row.get("escalate"):
        day, reason = row["escalate"]
        risk._history_date = _when(day)
        escalate_risk(risk, None, reason)
    return risk


def _create_plan(row: dict, board: BoardPage) -> BusinessPlan:
    """A plan with its numbered priorities and its indicators' values."""
    plan = BusinessPlan.objects.create(
        board=board, title=row["title"], period=row["period"], summary=row["summary"]
    )
    priorities = {}
    for position, item in enumerate(row["priorities"]):
        number, title, lead, due, rag, reason, measures = item[:7]
        priority = Priority(
            plan=plan,
            number=number,
            title=title,
            lead=_person(lead),
            lead_role=item[7] if len(item) > 7 else "",
            due_date=datetime.date.fromisoformat(due) if due else None,
            rag=rag,
            rag_reason=reason,
            success_measures=measures,
            sort_order=position,
        )
        priority._change_reason = "Loaded from the published plan"
        priority.save()
        priorities[number] = priority
    for position, spec in enumerate(row["indicators"]):
        name, unit, target, direction, frequency, priority_number, values = spec
        indicator = Indicator.objects.create(
            plan=plan,
            priority=priorities.get(priority_number),
            name=name,
            unit=unit,
            target=Decimal(target) if target is not None else None,
            direction=direction,
            frequency=frequency,
            sort_order=position,
        )
        for period, period_end, value, commentary in values:
            record = IndicatorValue(
                indicator=indicator,
                period=period,
                period_end=datetime.date.fromisoformat(period_end),
                value=Decimal(value),
                commentary=commentary,
            )
            record._change_reason = "Loaded from the published scorecard"
            record.save()
    return plan
