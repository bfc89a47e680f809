"""Builders for risks, plans and indicators, shared by the risks tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from boards.models import BoardPage, Person
from risks.models import BusinessPlan, Indicator, IndicatorValue, Priority, Risk, RiskCategory
from tests.factories import PersonFactory

_counter = iter(range(1, 100000))


def make_risk(
    board: BoardPage,
    current: tuple[int, int] = (3, 3),
    *,
    owner: Person | None = None,
    reason: str = "Added for the test",
    user=None,
    **fields,
) -> Risk:
    """A risk on a board's register with a scored current position."""
    n = next(_counter)
    fields.setdefault("reference", f"R{n}")
    fields.setdefault("title", f"Risk {n}")
    fields.setdefault("category", RiskCategory.objects.get(name="Financial"))
    fields.setdefault("inherent_likelihood", 5)
    fields.setdefault("inherent_impact", 5)
    fields.setdefault("target_likelihood", 1)
    fields.setdefault("target_impact", 2)
    risk = Risk(
        board=board,
        owner=owner,
        current_likelihood=current[0],
        current_impact=current[1],
        **fields,
    )
    risk._change_reason = reason
    risk._history_user = user
    risk.save()
    return risk


def make_user(username: str, *, perms: tuple[str, ...] = (), admin: bool = False, person=None):
    """A login, optionally with model permissions, admin access, and a Person record."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    for codename in perms:
        app, code = codename.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app, codename=code)
        )
    if admin:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    if person is not None:
        person.user = user
        person.save()
    return user


def make_clerk_group_user(username: str = "riskclerk"):
    """A clerk in the sense of the issue: admin access and the change-risk permission."""
    user = make_user(username, perms=("risks.change_risk", "risks.view_risk"), admin=True)
    group, _ = Group.objects.get_or_create(name="Risk clerks")
    user.groups.add(group)
    return user


def make_plan(board: BoardPage, priorities: int = 0, indicators: int = 0, values: int = 0):
    """A plan with numbered priorities (each led by someone) and indicators with values."""
    plan = BusinessPlan.objects.create(board=board, title="Business Plan", period="2014-15")
    for n in range(1, priorities + 1):
        priority = Priority(
            plan=plan,
            number=n,
            title=f"Priority {n}",
            lead=PersonFactory(),
            due_date=datetime.date(2015, 3, 31),
            rag="amber" if n % 2 else "green",
            rag_reason=f"Commentary {n}",
            sort_order=n,
        )
        priority._change_reason = "Test"
        priority.save()
    for n in range(1, indicators + 1):
        indicator = Indicator.objects.create(
            plan=plan, name=f"Indicator {n}", unit="%", target=Decimal("50"), sort_order=n
        )
        for q in range(values):
            IndicatorValue.objects.create(
                indicator=indicator,
                period=f"Q{q + 1}",
                period_end=datetime.date(2014, 3 * (q % 4) + 3, 28)
                + datetime.timedelta(days=365 * (q // 4)),
                value=Decimal(40 + q),
            )
    return plan
