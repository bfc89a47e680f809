"""References follow board/meeting/resolution; overdue is derived from the date, never stored."""

import datetime

import pytest
import time_machine

from actions.models import Action
from actions.services import generate_reference
from boards.models import MeetingPage
from tests.factories import make_action, make_board

pytestmark = pytest.mark.django_db


def test_reference_from_board_meeting_and_resolution(demo):
    meeting = MeetingPage.objects.get(slug="2014-07-21")
    action = Action.objects.get(resolution__number="6.2", meeting=meeting)
    assert action.reference == "CTB/2014-07-21/6.2"
    assert generate_reference(meeting.board, meeting, "6.2") == "CTB/2014-07-21/6.2-2"


def test_direct_actions_are_numbered_per_board(home_page):
    board = make_board(home_page, title="Early Help Group", short_name="EHSSG")
    first = make_action(board)
    second = make_action(board)
    assert (first.reference, second.reference) == ("EHSSG/A1", "EHSSG/A2")


@pytest.mark.parametrize(
    ("today", "overdue"),
    [("2026-11-30", False), ("2026-12-01", False), ("2026-12-02", True)],
)
def test_overdue_starts_the_day_after_the_due_date(home_page, today, overdue):
    board = make_board(home_page)
    action = make_action(board, due_date=datetime.date(2026, 12, 1))
    with time_machine.travel(
        datetime.datetime.fromisoformat(f"{today}T00:30:00+00:00"), tick=False
    ):
        assert action.is_overdue() is overdue
        assert Action.objects.overdue().filter(pk=action.pk).exists() is overdue


@time_machine.travel(datetime.datetime(2026, 12, 20, 12, tzinfo=datetime.UTC), tick=False)
def test_completed_and_cancelled_actions_are_never_overdue(home_page):
    board = make_board(home_page)
    done = make_action(board, due_date=datetime.date(2026, 12, 1))
    done.status = "completed"
    done.save()
    assert not done.is_overdue()
    assert not Action.objects.overdue().filter(pk=done.pk).exists()


def test_next_meeting_due_date_follows_the_meeting_once_published(
    home_page, django_capture_on_commit_callbacks
):
    from actions.services import raise_on_board
    from tests.factories import london, make_meeting

    board = make_board(home_page, short_name="TB")
    action = raise_on_board(board, "Report back", due_date=None)
    action.due_at_next_meeting = True
    action.save()
    meeting = make_meeting(board, london(2030, 3, 4, 10, 0), publish=False)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        meeting.save_revision().publish()
    assert callbacks  # the due-date task was enqueued after commit
    action.refresh_from_db()
    assert action.due_date == datetime.date(2030, 3, 4)
    latest = action.history.first()
    assert latest.history_user is None
    assert "next meeting" in latest.history_change_reason
