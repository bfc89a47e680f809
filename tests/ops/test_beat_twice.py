"""Two beats firing the morning reminders at once, on two real workers, send each digest once."""

import datetime

import pytest
from django.utils import timezone

from actions.models import ReminderLog
from actions.tasks import send_reminders
from tests.conftest import TRANSACTIONAL_DB
from tests.factories import PersonFactory, add_member, make_action, make_board
from tests.ops.workers import Worker, flush_broker, queue_drained, wait_for

pytestmark = [pytest.mark.postgres, TRANSACTIONAL_DB]


def test_duplicate_beat_runs_send_one_digest(live_home, broker, live_broker, tmp_path):
    board = make_board(live_home, title="Twin Beat Board", short_name="TBB")
    owner = PersonFactory(name="Asha Patel", email="asha@example.org")
    add_member(board, owner, "member")
    make_action(
        board,
        owner=owner,
        description="Send the safeguarding audit",
        due_date=timezone.localdate() + datetime.timedelta(days=2),
    )
    broker(live_broker)
    flush_broker(live_broker)
    workers = [Worker(f"twin{n}", tmp_path / f"w{n}.log", live_broker) for n in (1, 2)]
    try:
        for worker in workers:
            worker.wait_ready()
        for _ in range(4):  # two beats, each firing twice
            send_reminders.delay()
        wait_for(
            lambda: sum(w.output().count("send_reminders[") for w in workers) >= 8,
            what="four reminder runs to be received and finish",
        )
        wait_for(lambda: queue_drained(live_broker), what="the queue to drain")
    finally:
        for worker in workers:
            worker.stop()
    logs = "".join(w.output() for w in workers)
    assert logs.count("succeeded") >= 4
    assert ReminderLog.objects.filter(person=owner, kind="owner").count() == 1
    # The console email backend prints each sent email once.
    assert logs.count("To: asha@example.org") == 1
    assert "Send the safeguarding audit" in logs
