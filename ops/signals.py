"""A worker coming up sends any jobs that waited while the broker was down."""

import logging

from celery.signals import worker_ready

logger = logging.getLogger(__name__)


@worker_ready.connect
def resend_on_worker_start(**kwargs) -> None:
    """The first moment the broker is known to be back."""
    from ops.enqueue import resend_waiting

    try:
        sent = resend_waiting()
    except Exception:  # a worker must start even if this tidy-up cannot run
        logger.exception("Could not resend delayed jobs at worker start")
        return
    if sent:
        logger.info("Sent %d delayed background jobs", sent)
