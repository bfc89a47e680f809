"""Redis dies mid-traffic: pages keep answering, a publish answers normally and its jobs wait
as delayed jobs, which run exactly once on a real worker when Redis is back on its port."""

import datetime
import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from actions.services import raise_on_board
from boards.models import MeetingPage
from config.cache import redis_cache
from ops.models import DeferredStatus, DeferredTask
from tests.conftest import TRANSACTIONAL_DB
from tests.factories import make_board
from tests.ops.workers import Worker, wait_for
from tests.redis_server import RedisServer

pytestmark = [pytest.mark.postgres, TRANSACTIONAL_DB]

DUE_DATES = "actions.tasks.resolve_next_meeting_due_dates"


@pytest.fixture
def own_redis(tmp_path):
    """A Redis this test may kill: its own process on its own free port."""
    server = RedisServer(tmp_path / "redis").start()
    yield server
    server.stop()


@pytest.fixture
def redis_everywhere(own_redis, settings, broker):
    """Cache and broker on one Redis, as deploy/quorum.env.example configures them."""
    settings.CACHES = {"default": redis_cache(own_redis.url(1))}
    settings.QUORUM_PAGE_CACHE = True
    broker(own_redis.url(0))
    return own_redis


def meeting_form() -> dict:
    return nested_form_data(
        {
            "title": "Outage Board, 8 September 2031",
            "slug": "outage-2031-09-08",
            "start": "2031-09-08 10:00",
            "end": "2031-09-08 12:00",
            "venue": "Committee Room 1",
            "status": "scheduled",
            "agenda_items": inline_formset(
                [
                    {
                        "number": "1",
                        "title": "Apologies",
                        "start_time": "",
                        "purpose": "information",
                        "presenters": "",
                        "description": "",
                    }
                ]
            ),
            "action-publish": "publish",
        }
    )


def timed_get(client: Client, path: str):
    started = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - started


def test_redis_killed_mid_traffic_pages_answer_writes_answer_jobs_run_once(
    live_home, redis_everywhere, tmp_path, caplog
):
    own_redis = redis_everywhere
    board = make_board(live_home, title="Outage Board", short_name="OUB")
    action = raise_on_board(board, "Report back after the Redis drill")
    action.due_at_next_meeting = True
    action.save()
    clerk = get_user_model().objects.create_superuser("outage-clerk", "c@example.org", "pw")
    public, admin = Client(), Client()
    admin.force_login(clerk)
    pages = ["/", board.url, reverse("boards:rss-all"), f"/calendar/boards/{board.pk}.ics"]

    # Traffic with Redis up: the public pages come from the Redis page cache.
    for path in pages:
        assert public.get(path).status_code == 200, path
    assert public.get("/").get("X-Page-Cache") == "hit"

    # Redis dies between two requests of a stream of traffic.
    slowest = 0.0
    for round_ in range(6):
        if round_ == 2:
            own_redis.kill()
        for path in pages:
            response, took = timed_get(public, path)
            assert response.status_code == 200, (round_, path, response.status_code)
            slowest = max(slowest, took)
        response, took = timed_get(admin, "/admin/")
        assert response.status_code == 200, (round_, "/admin/")
        slowest = max(slowest, took)
    assert slowest < 3, "a request waited on the dead Redis"
    # The log says so once, not once per request.
    warnings = [r for r in caplog.records if r.getMessage().startswith("Cache unavailable")]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]

    # /health names broker and cache as degraded and still answers 200, so a load balancer
    # keeps the node in service.
    response = public.get("/health")
    health = response.json()
    assert response.status_code == 200
    assert health["checks"]["cache"]["ok"] is False
    assert health["degraded"] == ["broker", "cache"]
    assert health["failed"] == []

    # A sign-in still works: the login lockout keeps its counts in the database.
    signing_in = Client()
    response = signing_in.post(
        "/admin/login/", {"username": "outage-clerk", "password": "pw"}, follow=False
    )
    assert response.status_code == 302, response.status_code

    # The clerk publishes a meeting: the write answers normally and its jobs are kept.
    response = admin.post(
        reverse("wagtailadmin_pages:add", args=("boards", "meetingpage", board.pk)),
        meeting_form(),
    )
    assert response.status_code == 302, response.content[:2000]
    meeting = MeetingPage.objects.get(slug="outage-2031-09-08")
    assert meeting.live
    kept = DeferredTask.objects.waiting()
    assert DUE_DATES in {job.task_name for job in kept}
    action.refresh_from_db()
    assert action.due_date is None
    assert public.get(meeting.url).status_code == 200

    # Redis comes back on the same port; a worker starts and sends the kept jobs once.
    own_redis.start()
    worker = Worker("after-redis", tmp_path / "worker.log", own_redis.url(0))
    try:
        worker.wait_ready()

        def dated() -> bool:
            action.refresh_from_db()
            return action.due_date is not None

        wait_for(dated, what="the kept job to run")
        wait_for(
            lambda: worker.output().count(f"Task {DUE_DATES}[") >= 2,
            what="the worker to report the job done",
        )
    finally:
        worker.stop()
    assert action.due_date == datetime.date(2031, 9, 8)
    assert worker.output().count(f"Task {DUE_DATES}[") == 2  # received once, succeeded once
    assert not DeferredTask.objects.exclude(status=DeferredStatus.SENT).exists()
    dated_rows = [
        row for row in action.history.all() if "next meeting" in (row.history_change_reason or "")
    ]
    assert len(dated_rows) == 1

    # With Redis back, the page cache works again and shows the new meeting.
    time.sleep(5.5)  # past the cache's retry interval
    assert "Outage Board, 8 September 2031" in public.get(board.url).content.decode()
    assert public.get(board.url).get("X-Page-Cache") == "hit"
