"""Background jobs of the boards app: subscription emails, sent once each and retried."""

from __future__ import annotations

from smtplib import SMTPException

from celery import shared_task

from boards import subscriptions
from boards.models import Subscription

RETRY = {
    "autoretry_for": (SMTPException, OSError),
    "retry_backoff": 30,
    "retry_backoff_max": 3600,
    "max_retries": 8,
    "acks_late": True,
}


@shared_task(**RETRY)
def send_meeting_notice(meeting_pk: int, kind: str, event: str) -> int:
    """Email a board's subscribers about a meeting event; safe to run again."""
    return subscriptions.deliver_meeting_notice(meeting_pk, kind, event)


@shared_task(**RETRY)
def send_subscription_confirmation(subscription_pk: int) -> bool:
    """Email the double opt-in link to someone who asked to subscribe."""
    subscription = Subscription.objects.select_related("board").filter(pk=subscription_pk).first()
    if subscription is None:
        return False
    subscriptions.confirmation_message(subscription).send()
    return True
