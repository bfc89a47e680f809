"""With the Redis cache unreachable, every page still answers: the cache acts as no cache."""

import logging
import time

import pytest
from django.core.cache import caches
from django.urls import reverse

from config import cache as resilient
from config.cache import redis_cache
from home import page_cache
from tests.redis_server import RedisServer

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: Redis is down, and no real Redis is touched.
DEAD_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture(autouse=True)
def fresh_breakers(monkeypatch):
    """Each test sees its own outage from the start, not one another test already noticed."""
    monkeypatch.setattr(resilient, "_breakers", {})


@pytest.fixture
def dead_cache(settings):
    """Production's cache settings (CACHE_URL) with Redis down, and the page cache on."""
    settings.CACHES = {"default": redis_cache(DEAD_REDIS)}
    settings.QUORUM_PAGE_CACHE = True
    return caches["default"]


def test_a_dead_cache_answers_as_no_cache_and_quickly(dead_cache, caplog):
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="config.cache"):
        for _ in range(50):
            assert dead_cache.get("k", "fallback") == "fallback"
            dead_cache.set("k", 1)
            assert dead_cache.add("k", 1) is True
            assert dead_cache.get_many(["a", "b"]) == {}
            assert dead_cache.has_key("k") is False
            assert dead_cache.delete("k") is False
            assert dead_cache.set_many({"a": 1}) == []
            dead_cache.delete_many(["a"])
            with pytest.raises(ValueError):
                dead_cache.incr("k")
    assert time.monotonic() - started < 2, "each call must not wait for a connection"
    warnings = [r.getMessage() for r in caplog.records if r.name == "config.cache"]
    assert len(warnings) == 1 and "Cache unavailable" in warnings[0]
    assert dead_cache.available is False


def test_public_pages_and_the_admin_answer_with_the_cache_down(dead_cache, client, clerk, demo):
    from boards.models import BoardPage

    board = BoardPage.objects.live().first()
    for path in ["/", board.url, reverse("boards:rss-all"), "/calendar/meetings.ics"]:
        assert client.get(path).status_code == 200, path
    client.force_login(clerk)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{board.pk}/").status_code == 200


def test_health_reports_the_cache_degraded_without_failing(dead_cache, client):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["failed"] == []
    assert body["degraded"] == ["cache"]
    assert body["checks"]["cache"]["ok"] is False
    assert body["checks"]["cache"]["error"] == "ConnectionError"
    assert "127.0.0.1" not in response.content.decode()


def test_sign_in_and_its_lockout_work_with_the_cache_down(dead_cache, client, clerk, settings):
    settings.AXES_FAILURE_LIMIT = 2

    def sign_in(password: str):
        return client.post(
            "/admin/login/", {"username": "clerk", "password": password}, REMOTE_ADDR="203.0.113.5"
        )

    assert sign_in("wrong").status_code == 200
    assert sign_in("wrong").status_code == 429  # lockout counts live in the database
    client.post("/admin/logout/")
    other = client.post(
        "/admin/login/", {"username": "clerk", "password": "pw"}, REMOTE_ADDR="198.51.100.1"
    )
    assert other.status_code == 302


def test_form_rate_limits_let_submissions_through_with_the_cache_down(dead_cache, client, settings):
    settings.QUORUM_FORM_RATE_LIMIT = 2
    url = reverse("actions:link", args=["not-a-real-token"])
    answers = {client.post(url, {"status": "completed"}).status_code for _ in range(5)}
    assert answers == {410}, "the limiter fails open; the token is still checked"


@pytest.mark.postgres
def test_when_redis_answers_again_pages_cached_before_the_outage_are_dropped(
    settings, tmp_path, caplog
):
    server = RedisServer(tmp_path / "redis").start()
    try:
        settings.CACHES = {"default": {**redis_cache(server.url(1)), "RETRY_SECONDS": 0.2}}
        cache = caches["default"]
        before = page_cache.generation()
        # Redis stops answering but keeps its data (overloaded, or a network partition).
        server.client().execute_command("CLIENT", "PAUSE", 2500, "ALL")
        paused_until = time.monotonic() + 2.5
        with caplog.at_level(logging.INFO, logger="config.cache"):
            started = time.monotonic()
            assert cache.get(page_cache.GENERATION_KEY) is None  # a miss after the timeout
            assert time.monotonic() - started < 1.5
            page_cache.new_generation()  # a publication now cannot reach Redis
            assert not cache.available
            time.sleep(max(0, paused_until - time.monotonic()) + 0.3)
            cache.set("probe", "back")
        assert cache.get("probe") == "back"
        assert cache.available
        assert "Cache reachable again" in caplog.text
        # Redis still held the old generation; the pages filed under it are unreachable now.
        assert server.client(1).exists(f"quorum:1:{page_cache.GENERATION_KEY}")
        assert page_cache.generation() != before
    finally:
        server.stop()
