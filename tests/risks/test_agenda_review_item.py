"""A meeting's agenda can pull in the risks due for review by the meeting date."""

import datetime

import pytest

from boards.models import AgendaItem
from risks.services import risk_review_agenda_item
from tests.factories import london, make_board, make_meeting
from tests.risks.builders import make_risk

pytestmark = pytest.mark.django_db


def test_agenda_item_lists_risks_due_by_the_meeting(client, home_page):
    board = make_board(home_page)
    meeting = make_meeting(board, london(2026, 12, 7, 10, 0))
    make_risk(board, reference="BSP-R3", title="Data integration challenges",
              review_date=datetime.date(2026, 10, 31))  # fmt: skip
    make_risk(
        board, reference="BSP-R9", title="Not yet due", review_date=datetime.date(2027, 1, 31)
    )

    fields = risk_review_agenda_item(board, meeting.local_date())
    AgendaItem.objects.create(meeting=meeting, number="7", **fields)

    html = client.get(meeting.url).content.decode()
    assert "Risks due for review" in html
    assert "BSP-R3 Data integration challenges (score 9, review due 31 October 2026)" in html
    assert "Not yet due" not in html


def test_no_item_when_nothing_is_due(home_page):
    board = make_board(home_page)
    make_risk(board, review_date=datetime.date(2027, 1, 31))
    assert risk_review_agenda_item(board, datetime.date(2026, 12, 7)) is None
