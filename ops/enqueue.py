"""Queue background work without ever failing the clerk's request when the broker is down."""

from __future__ import annotations

import logging

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from ops.models import DeferredStatus, DeferredTask

logger = logging.getLogger(__name__)

# What a broker outage looks like from the publishing side (kombu usually wraps Redis's own
# errors in OperationalError, but not on every path).
BROKER_ERRORS = (
    OperationalError,
    ConnectionError,
    OSError,
    TimeoutError,
    RedisConnectionError,
    RedisTimeoutError,
)


def _eager() -> bool:
    return bool(current_app.conf.task_always_eager)


def enqueue(task, *args, description: str = "", countdown: int | None = None, **kwargs) -> bool:
    """Send a task; if the broker cannot be reached, keep it as a delayed job and return False."""
    if _eager():
        task.apply_async(args=args, kwargs=kwargs)
        return True
    try:
        task.apply_async(
            args=args,
            kwargs=kwargs,
            countdown=countdown,
            retry_policy=settings.QUORUM_PUBLISH_RETRY,
        )
    except BROKER_ERRORS as exc:
        logger.warning("Broker unavailable; %s kept as a delayed job: %r", task.name, exc)
        DeferredTask.objects.create(
            task_name=task.name,
            args=list(args),
            kwargs=kwargs,
            description=description,
            error=f"{type(exc).__name__}: the task queue could not be reached",
        )
        return False
    return True


def enqueue_on_commit(
    task, *args, description: str = "", countdown: int | None = None, **kwargs
) -> None:
    """Queue after the surrounding transaction commits, resilient to a broker outage.

    With a broker the callback is robust: should queueing one job fail in a way `enqueue`
    does not catch, the error is logged and the jobs registered after it are still queued.
    Eager tasks (development, tests) keep their errors loud."""
    transaction.on_commit(
        lambda: enqueue(task, *args, description=description, countdown=countdown, **kwargs),
        robust=not _eager(),
    )


def resend_waiting(limit: int = 500) -> int:
    """Hand waiting jobs to the broker again; each is sent at most once. Returns how many."""
    sent = 0
    for job_id in (
        DeferredTask.objects.waiting().order_by("created_at").values_list("pk", flat=True)[:limit]
    ):
        with transaction.atomic():
            job = (
                DeferredTask.objects.select_for_update(skip_locked=True)
                .filter(pk=job_id, status=DeferredStatus.WAITING)
                .first()
            )
            if job is None:
                continue
            try:
                current_app.send_task(
                    job.task_name,
                    args=job.args,
                    kwargs=job.kwargs,
                    retry_policy=settings.QUORUM_PUBLISH_RETRY,
                )
            except BROKER_ERRORS as exc:
                job.attempts += 1
                job.error = f"{type(exc).__name__}: the task queue could not be reached"
                job.save(update_fields=["attempts", "error"])
                logger.warning("Broker still unavailable; %s waits: %r", job.task_name, exc)
                return sent
            job.status = DeferredStatus.SENT
            job.sent_at = timezone.now()
            job.save(update_fields=["status", "sent_at"])
            sent += 1
    return sent
