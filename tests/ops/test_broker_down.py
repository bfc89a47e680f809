"""With the task broker down, clerks still publish, nothing is lost and the delay is visible."""

import datetime
import time

import pytest

from actions.services import raise_on_board
from ops.enqueue import resend_waiting
from ops.models import DeferredStatus, DeferredTask
from tests.factories import london, make_board, make_meeting

DUE_DATES = "actions.tasks.resolve_next_meeting_due_dates"

pytestmark = pytest.mark.django_db


@pytest.fixture
def board_with_next_meeting_action(home_page):
    board = make_board(home_page, title="Outage Test Board", short_name="OTB")
    action = raise_on_board(board, "Report back on the outage drill")
    action.due_at_next_meeting = True
    action.save()
    return board, action


def publish_meeting(board, django_capture_on_commit_callbacks):
    meeting = make_meeting(board, london(2031, 5, 6, 14, 0), publish=False)
    with django_capture_on_commit_callbacks(execute=True):
        meeting.save_revision().publish()
    return meeting


def test_publishing_a_meeting_saves_and_keeps_the_job(
    dead_broker, board_with_next_meeting_action, django_capture_on_commit_callbacks
):
    board, action = board_with_next_meeting_action
    started = time.monotonic()
    meeting = publish_meeting(board, django_capture_on_commit_callbacks)
    assert time.monotonic() - started < 10, "publishing must not hang on a dead broker"
    meeting.refresh_from_db()
    assert meeting.live
    job = DeferredTask.objects.get(task_name=DUE_DATES)
    assert job.task_name == DUE_DATES
    # The subscribers' "agenda published" notice is kept the same way.
    assert DeferredTask.objects.filter(task_name="boards.tasks.send_meeting_notice").exists()
    assert job.args == [board.pk]
    assert job.status == DeferredStatus.WAITING
    assert "could not be reached" in job.error
    assert "Outage Test Board" in job.description
    # The work itself has not run yet: the action still waits for its date.
    action.refresh_from_db()
    assert action.due_date is None


def test_the_clerk_sees_the_delay_on_the_dashboard_and_list(
    dead_broker, clerk_client, board_with_next_meeting_action, django_capture_on_commit_callbacks
):
    board, _action = board_with_next_meeting_action
    publish_meeting(board, django_capture_on_commit_callbacks)
    dashboard = clerk_client.get("/admin/")
    assert dashboard.status_code == 200
    html = dashboard.content.decode()
    assert "Background jobs delayed" in html
    waiting = DeferredTask.objects.count()  # the due-date job and the subscribers' notice
    assert waiting == 2
    assert f"{waiting} background jobs could not reach the task queue" in html
    listing = clerk_client.get("/admin/snippets/ops/deferredtask/")
    assert listing.status_code == 200
    assert "Outage Test Board" in listing.content.decode()


def test_public_pages_and_the_admin_work_with_the_broker_down(
    dead_broker, client, clerk_client, board_with_next_meeting_action
):
    board, action = board_with_next_meeting_action
    assert client.get(board.url).status_code == 200
    assert client.get(action.get_absolute_url()).status_code == 200
    health = client.get("/health")
    assert health.status_code == 200
    assert health.json()["degraded"] == ["broker"]
    assert clerk_client.get(f"/admin/pages/{board.pk}/").status_code == 200
    update = clerk_client.post(
        action.get_absolute_url(),
        {"status": "in_progress", "note": "Still on it", "version": action.version},
    )
    assert update.status_code == 302


def test_resending_while_still_down_keeps_the_job_and_counts_attempts(
    dead_broker, board_with_next_meeting_action, django_capture_on_commit_callbacks
):
    board, _action = board_with_next_meeting_action
    publish_meeting(board, django_capture_on_commit_callbacks)
    assert resend_waiting() == 0
    first = DeferredTask.objects.order_by("created_at", "pk").first()
    assert first.status == DeferredStatus.WAITING
    assert first.attempts == 2
    assert not DeferredTask.objects.exclude(status=DeferredStatus.WAITING).exists()


def test_no_dashboard_warning_when_nothing_waits(clerk_client):
    assert "Background jobs delayed" not in clerk_client.get("/admin/").content.decode()


def test_with_eager_tasks_the_work_runs_at_once(
    board_with_next_meeting_action, django_capture_on_commit_callbacks
):
    board, action = board_with_next_meeting_action
    publish_meeting(board, django_capture_on_commit_callbacks)
    action.refresh_from_db()
    assert action.due_date == datetime.date(2031, 5, 6)
    assert not DeferredTask.objects.exists()
