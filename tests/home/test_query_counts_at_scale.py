"""A page costs the same number of queries over 10 rows as over 1,000 (issue 9's scale rule).

Rows are bulk-created so the test stays quick; the pages read them exactly as they read rows
made through the admin.
"""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actions.models import Action
from boards.models import AgendaItem
from risks.models import Risk, RiskCategory
from tests.factories import PersonFactory, london, make_board, make_meeting

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def same_cost(client, small_url: str, large_url: str) -> tuple[int, int]:
    queries_for(client, small_url)  # warm per-process caches both pages share
    return queries_for(client, small_url), queries_for(client, large_url)


def add_actions(board, count: int) -> None:
    owners = [PersonFactory() for _ in range(3)]
    statuses = ["open", "in_progress", "completed", "deferred"]
    Action.objects.bulk_create(
        Action(
            board=board,
            reference=f"{board.short_name}/A{n}",
            description=f"Report back on audit finding {n}",
            owner=owners[n % 3],
            status=statuses[n % 4],
            due_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n % 400),
            created_at=london(2025, 1, 1, 9, 0),
        )
        for n in range(count)
    )


def test_meeting_page_with_10_or_1000_agenda_items_and_actions(client, home_page):
    pages = []
    for name, rows in (("Ten", 10), ("Thousand", 1000)):
        board = make_board(home_page, title=f"{name} Board", short_name=name[:3].upper())
        make_meeting(board, london(2026, 1, 12, 10, 0))
        meeting = make_meeting(board, london(2026, 3, 9, 10, 0))
        AgendaItem.objects.bulk_create(
            AgendaItem(meeting=meeting, number=str(n + 1), title=f"Item {n + 1}", sort_order=n)
            for n in range(rows)
        )
        add_actions(board, rows)
        pages.append(meeting.url)
    small, large = same_cost(client, *pages)
    assert small == large
    assert "Item 1000" in client.get(pages[1]).content.decode()


def test_action_log_with_10_or_1000_actions(client, home_page):
    urls = []
    for name, rows in (("Ten", 10), ("Thousand", 1000)):
        board = make_board(home_page, title=f"{name} Board", short_name=name[:3].upper())
        add_actions(board, rows)
        urls.append(f"{board.url}actions/?status=open")
    small, large = same_cost(client, *urls)
    assert small == large


def test_risk_register_with_10_or_1000_risks(client, home_page):
    category = RiskCategory.objects.get(name="Financial")
    urls = []
    for name, rows in (("Ten", 10), ("Thousand", 1000)):
        board = make_board(home_page, title=f"{name} Board", short_name=name[:3].upper())
        owner = PersonFactory()
        Risk.objects.bulk_create(
            Risk(
                board=board,
                reference=f"R{n}",
                title=f"Risk {n}",
                category=category,
                owner=owner,
                inherent_likelihood=5,
                inherent_impact=5,
                current_likelihood=1 + n % 5,
                current_impact=1 + (n * 3) % 5,
                target_likelihood=1,
                target_impact=2,
                current_score=(1 + n % 5) * (1 + (n * 3) % 5),
                inherent_score=25,
                target_score=2,
                review_date=datetime.date(2026, 1, 1),
            )
            for n in range(rows)
        )
        urls.append(f"/boards/{board.pk}/risks/")
    small, large = same_cost(client, *urls)
    assert small == large
