"""Risks past their review date are flagged, and agendas and digests can ask for them."""

import datetime

import pytest
import time_machine

from risks.models import Risk
from risks.services import risks_due_for_review
from tests.factories import make_board
from tests.risks.builders import make_risk

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(home_page):
    return make_board(home_page)


@time_machine.travel(datetime.datetime(2026, 11, 23, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_register_flags_only_risks_past_their_review_date(client, board):
    make_risk(board, title="Reviewed yesterday due", review_date=datetime.date(2026, 11, 22))
    make_risk(board, title="Due today", review_date=datetime.date(2026, 11, 23))
    make_risk(board, title="Due next month", review_date=datetime.date(2026, 12, 23))
    html = client.get(f"/boards/{board.pk}/risks/").content.decode()
    assert "1 risk overdue for review." in html
    overdue_row = html.split("Reviewed yesterday due")[1].split("</tr>")[0]
    assert "Review overdue" in overdue_row
    assert "Review overdue" not in html.split("Due today")[1].split("</tr>")[0]
    assert "Review overdue" not in html.split("Due next month")[1].split("</tr>")[0]


@time_machine.travel(datetime.datetime(2026, 11, 23, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_closed_risks_are_never_overdue(client, board):
    make_risk(board, title="Closed", status="closed", review_date=datetime.date(2026, 1, 1))
    assert list(Risk.objects.owned_by(board).overdue_for_review()) == []


def test_due_for_review_for_a_meeting_date(board, home_page):
    meeting_day = datetime.date(2026, 12, 7)
    due = make_risk(board, review_date=datetime.date(2026, 12, 7))
    late = make_risk(board, review_date=datetime.date(2026, 10, 1))
    make_risk(board, review_date=datetime.date(2026, 12, 8))
    make_risk(board, review_date=None)
    child = make_board(board, title="Sub Group", slug="sub-group")
    escalated = make_risk(child, review_date=datetime.date(2026, 11, 1))
    from risks.services import escalate_risk

    escalate_risk(escalated, None, "Needs the board")
    assert risks_due_for_review(board, meeting_day) == [late, escalated, due]
    assert set(Risk.objects.due_for_review(meeting_day)) >= {late, due, escalated}
