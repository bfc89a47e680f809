"""Two test runs on one machine never take each other's jobs: each run has its own Redis."""

import uuid

import pytest
import redis

from tests.ops.workers import Worker, flush_broker, queue_drained

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

# Where the worker tests used to keep (and empty) their queues: another run's jobs, or a
# developer's, may live here at any time.
SHARED_REDIS = "redis://127.0.0.1:6379/7"


@pytest.fixture
def someone_elses_job():
    """A job another run left in the machine's shared Redis; removed again by its owner (us)."""
    client = redis.Redis.from_url(SHARED_REDIS, socket_connect_timeout=2)
    key = f"quorum-isolation-probe:{uuid.uuid4().hex}"
    client.set(key, "another run's job", ex=600)
    yield client, key
    client.delete(key)


def test_worker_tests_leave_the_shared_redis_alone(
    someone_elses_job, broker, live_broker, tmp_path
):
    client, key = someone_elses_job
    assert ":6379/" not in live_broker, "the tests' broker must be their own Redis"
    broker(live_broker)
    flush_broker(live_broker)
    worker = Worker("isolation", tmp_path / "worker.log", live_broker)
    try:
        worker.wait_ready()
        assert queue_drained(live_broker)
    finally:
        worker.stop()
    assert client.get(key) == b"another run's job"


def test_emptying_a_shared_redis_is_refused():
    with pytest.raises(RuntimeError, match="refusing"):
        flush_broker(SHARED_REDIS)
