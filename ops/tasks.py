"""Beat sends delayed jobs again every few minutes, so work held during an outage still runs."""

from celery import shared_task

from ops.enqueue import resend_waiting


@shared_task
def resend_delayed_jobs() -> int:
    """Jobs kept while the broker was down go to the queue now that it answers."""
    return resend_waiting()
