"""Mitigations link to the actions delivering them; priorities show progress from their actions."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from risks.models import BusinessPlan, Priority, RiskControl
from tests.factories import make_action, make_board
from tests.risks.builders import make_risk

pytestmark = pytest.mark.django_db


def test_risk_page_lists_the_action_behind_a_mitigation(client, home_page):
    board = make_board(home_page, title="Best Start Board", short_name="BSPB")
    risk = make_risk(board)
    action = make_action(board, description="Recruit two hub practitioners")
    control = RiskControl(risk=risk, kind="mitigation", description="Recruitment drive")
    control.action = action
    control.save()
    html = client.get(reverse("risks:risk", args=[board.pk, risk.pk])).content.decode()
    assert f'href="{action.get_absolute_url()}"' in html
    assert action.reference in html


@time_machine.travel(datetime.datetime(2026, 11, 23, 12, tzinfo=datetime.UTC), tick=False)
def test_priority_progress_counts_complete_and_overdue_actions(client, home_page):
    board = make_board(home_page, title="Best Start Board", short_name="BSPB")
    plan = BusinessPlan.objects.create(board=board, title="Best Start Plan", period="2026/27")
    priority = Priority.objects.create(plan=plan, number=1, title="Workforce plan")
    done = make_action(board, due_date=datetime.date(2026, 10, 1))
    late = make_action(board, due_date=datetime.date(2026, 11, 1))
    later = make_action(board, due_date=datetime.date(2027, 1, 1))
    for action in (done, late, later):
        action.priority = priority
        action.save()
    done.status = "completed"
    done.save()
    html = client.get(reverse("risks:plan", args=[board.pk])).content.decode()
    assert "Actions: 1 of 3 actions complete, 1 overdue" in html
