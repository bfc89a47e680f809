"""The plan page shows priorities and a readable scorecard; the exception view only red/amber."""

import datetime
from decimal import Decimal

import pytest

from risks.models import BusinessPlan, Indicator, IndicatorValue, Priority
from tests.factories import PersonFactory, make_board

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(home_page):
    board = make_board(home_page, title="Safeguarding Board")
    plan = BusinessPlan.objects.create(board=board, title="WSCB Business Plan", period="2014-15")
    for number, title, rag, reason in [
        (1, "Domestic Abuse", "green", "On track"),
        (2, "Child Sexual Exploitation", "amber", "Training evaluation late"),
        (3, "Neglect", "red", "Strategy audit not started"),
    ]:
        Priority.objects.create(
            plan=plan,
            number=number,
            title=title,
            rag=rag,
            rag_reason=reason,
            lead=PersonFactory(name=f"Lead {number}"),
            due_date=datetime.date(2015, 3, 31),
        )
    gld = Indicator.objects.create(
        plan=plan, name="Good Level of Development", unit="%", target=Decimal("60")
    )
    for period, end, value in [("2013", "2013-08-31", "47"), ("2014", "2014-08-31", "63")]:
        IndicatorValue.objects.create(
            indicator=gld,
            period=period,
            period_end=datetime.date.fromisoformat(end),
            value=Decimal(value),
        )
    late = Indicator.objects.create(
        plan=plan, name="Timely assessments", unit="%", target=Decimal("90")
    )
    IndicatorValue.objects.create(
        indicator=late,
        period="Q1",
        period_end=datetime.date(2014, 6, 30),
        value=Decimal("70"),
        commentary="Staff shortages in the Gateway",
    )
    return plan


def test_plan_page_lists_priorities_and_scorecard(client, plan):
    html = client.get(f"/boards/{plan.board_id}/plan/").content.decode()
    for text in ("Domestic Abuse", "Lead 2", "Mar 2015", ">Amber<", ">Red<"):
        assert text in html
    row_header = '<th class="govuk-table__header" scope="row">Good Level of Development'
    row = html.split(row_header)[1].split("</tr>")[0]
    assert "63%" in row and "60%" in row and ">Green<" in row and "Improving" in row
    assert "<svg" in row and "<title" in row
    assert "2013: 47%; 2014: 63%. Target 60% (dashed line)." in row
    assert "<li>2013: 47%</li>" in row  # text alternative, readable without the chart


def test_exception_view_lists_only_red_and_amber(client, plan):
    html = client.get(f"/boards/{plan.board_id}/plan/exceptions/").content.decode()
    assert "Child Sexual Exploitation" in html and "Training evaluation late" in html
    assert "Neglect" in html and "Strategy audit not started" in html
    assert "Domestic Abuse" not in html
    assert "Timely assessments" in html and "Staff shortages in the Gateway" in html
    assert "Good Level of Development" not in html


def test_unpublished_board_has_no_public_register_or_plan(client, plan):
    board = plan.board
    board.unpublish()
    assert client.get(f"/boards/{board.pk}/plan/").status_code == 404
    assert client.get(f"/boards/{board.pk}/risks/").status_code == 404


def test_board_without_a_plan_says_so(client, home_page):
    board = make_board(home_page, title="Planless")
    assert (
        "has no business plan published yet"
        in client.get(f"/boards/{board.pk}/plan/").content.decode()
    )
    assert client.get(f"/boards/{board.pk}/plan/exceptions/").status_code == 404
