"""Register and plan pages cost the same number of queries for 2 rows or 40."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from risks.services import escalate_risk
from tests.factories import PersonFactory, make_board
from tests.risks.builders import make_plan, make_risk

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def fill_register(board, count: int) -> None:
    child = make_board(board, title=f"{board.title} Group", slug=f"{board.slug}-group")
    for n in range(count):
        risk = make_risk(board, current=(1 + n % 5, 1 + (n * 3) % 5), owner=PersonFactory())
        risk.current_likelihood = 1 + (n + 1) % 5
        risk._change_reason = "Review"
        risk.save()
    for _ in range(max(1, count // 10)):
        escalate_risk(make_risk(child, owner=PersonFactory()), None, "Needs the board")


def test_register_queries_do_not_grow_with_risks(client, home_page):
    small = make_board(home_page, title="Small Board")
    large = make_board(home_page, title="Large Board")
    fill_register(small, 2)
    fill_register(large, 40)
    queries_for(client, f"/boards/{small.pk}/risks/")
    small_count = queries_for(client, f"/boards/{small.pk}/risks/")
    large_count = queries_for(client, f"/boards/{large.pk}/risks/")
    assert small_count == large_count
    assert large_count <= 9


def test_risk_page_queries_do_not_grow_with_history_or_controls(client, home_page):
    board = make_board(home_page)
    few = make_risk(board)
    many = make_risk(board)
    from risks.models import RiskControl

    for n in range(20):
        RiskControl.objects.create(risk=many, description=f"Control {n}", owner=PersonFactory())
        many.current_impact = 1 + n % 5
        many._change_reason = f"Review {n}"
        many.save()
    queries_for(client, f"/boards/{board.pk}/risks/{few.pk}/")
    assert queries_for(client, f"/boards/{board.pk}/risks/{few.pk}/") == queries_for(
        client, f"/boards/{board.pk}/risks/{many.pk}/"
    )


def test_plan_queries_do_not_grow_with_priorities_or_indicators(client, home_page):
    small = make_board(home_page, title="Small Board")
    large = make_board(home_page, title="Large Board")
    make_plan(small, priorities=2, indicators=1, values=2)
    make_plan(large, priorities=30, indicators=20, values=8)
    for url in ("plan/", "plan/exceptions/"):
        queries_for(client, f"/boards/{small.pk}/{url}")
        small_count = queries_for(client, f"/boards/{small.pk}/{url}")
        large_count = queries_for(client, f"/boards/{large.pk}/{url}")
        assert small_count == large_count
        assert large_count <= 9  # progress from actions, site header
