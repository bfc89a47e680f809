"""Conversion and pack jobs are redelivered if their worker dies, and retried with backoff."""

from config.celery import app
from papers.tasks import build_meeting_pack, convert_paper


def test_conversion_and_pack_jobs_are_acknowledged_only_when_done():
    """What lets another worker finish a job whose worker was killed (see tests/ops)."""
    for task in (convert_paper, build_meeting_pack):
        assert task.acks_late and task.reject_on_worker_lost
        assert task.retry_backoff and task.retry_jitter and task.max_retries
        assert OSError in task.autoretry_for
    assert app.conf.worker_prefetch_multiplier == 1
    # Longer than the longest countdown (retry backoff caps at 600 s), so a job waiting on a
    # live worker is never handed to a second one.
    assert app.conf.broker_transport_options["visibility_timeout"] > 600
