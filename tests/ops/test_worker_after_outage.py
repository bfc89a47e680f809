"""A job kept while Redis was down runs exactly once on a real worker when Redis is back."""

import datetime

import pytest

from actions.services import raise_on_board
from ops.models import DeferredStatus, DeferredTask
from tests.conftest import TRANSACTIONAL_DB
from tests.factories import london, make_board, make_meeting
from tests.ops.workers import Worker, flush_broker, wait_for

pytestmark = [pytest.mark.postgres, TRANSACTIONAL_DB]


def test_delayed_job_runs_once_when_the_broker_returns(live_home, broker, live_broker, tmp_path):
    from tests.ops.conftest import DEAD_BROKER

    board = make_board(live_home, title="Outage Drill Board", short_name="ODB")
    action = raise_on_board(board, "Report back after the outage drill")
    action.due_at_next_meeting = True
    action.save()

    broker(DEAD_BROKER)
    meeting = make_meeting(board, london(2031, 9, 8, 10, 0), publish=False)
    meeting.save_revision().publish()  # autocommit: on_commit runs at once
    # Publishing queues two jobs: date the "next meeting" actions, and tell subscribers.
    kept = set(DeferredTask.objects.waiting().values_list("task_name", flat=True))
    assert kept == {
        "actions.tasks.resolve_next_meeting_due_dates",
        "boards.tasks.send_meeting_notice",
    }
    action.refresh_from_db()
    assert action.due_date is None

    broker(live_broker)
    flush_broker(live_broker)
    worker = Worker("outage", tmp_path / "worker.log", live_broker)
    try:
        worker.wait_ready()

        def done() -> bool:
            action.refresh_from_db()
            return action.due_date is not None

        wait_for(done, what="the delayed job to run")
        wait_for(
            lambda: (
                "resolve_next_meeting_due_dates" in worker.output()
                and "succeeded" in worker.output()
            ),
            what="the worker to report success",
        )
    finally:
        worker.stop()
    assert action.due_date == datetime.date(2031, 9, 8)
    jobs = DeferredTask.objects.all()
    assert [job.status for job in jobs] == [DeferredStatus.SENT, DeferredStatus.SENT]
    assert all(job.sent_at is not None for job in jobs)
    dated = [
        row for row in action.history.all() if "next meeting" in (row.history_change_reason or "")
    ]
    assert len(dated) == 1
    assert worker.output().count("Task actions.tasks.resolve_next_meeting_due_dates[") == 2
