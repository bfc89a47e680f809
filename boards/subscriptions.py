"""Email alerts for people who do not live in calendars: opt in twice, opt out in one click.

Notices go out from a Celery task after the publishing transaction commits; a unique
DeliveryLog row per (subscription, event) makes a retried or repeated task send nothing twice.
"""

from __future__ import annotations

from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from boards.choices import SubscriptionStatus
from boards.feeds import site_root
from boards.models import BoardPage, DeliveryLog, MeetingPage, Subscription
from core.links import absolute_url

CONFIRM_SALT = "boards.subscription.confirm"
UNSUBSCRIBE_SALT = "boards.subscription.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 3600

SUBJECTS = {
    "published": "Agenda published: {title}",
    "cancelled": "Meeting cancelled: {title}",
    "moved": "Meeting moved: {title}",
    "minutes": "Minutes published: {title}",
}


def subscription_token(subscription: Subscription, salt: str) -> str:
    """A signed reference to the subscription; the address is in it so a reused id fails."""
    return signing.dumps({"id": subscription.pk, "email": subscription.email}, salt=salt)


def subscription_from_token(token: str, salt: str, max_age: int | None = None):
    """The subscription a signed link names, or None if the link is forged or expired."""
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    return Subscription.objects.filter(pk=data.get("id"), email=data.get("email")).first()


def unsubscribe_url(subscription: Subscription) -> str:
    """The one-click unsubscribe address carried in every email and its headers."""
    token = subscription_token(subscription, UNSUBSCRIBE_SALT)
    return absolute_url(reverse("boards:unsubscribe", args=[token]))


def subscribe(board: BoardPage, email: str) -> Subscription:
    """Record the request and email a confirmation link; nothing is sent until it is followed."""
    email = email.strip().lower()
    subscription, _ = Subscription.objects.get_or_create(board=board, email=email)
    if subscription.status != SubscriptionStatus.ACTIVE:
        subscription.status = SubscriptionStatus.PENDING
        subscription.save()
        from boards.tasks import send_subscription_confirmation
        from ops.enqueue import enqueue_on_commit

        enqueue_on_commit(
            send_subscription_confirmation,
            subscription.pk,
            description=f"Confirm the subscription of {email}",
        )
    return subscription


def confirmation_message(subscription: Subscription) -> EmailMessage:
    """The double opt-in email: follow the link to start receiving notices."""
    token = subscription_token(subscription, CONFIRM_SALT)
    context = {
        "board": subscription.board,
        "confirm_url": absolute_url(reverse("boards:subscription-confirm", args=[token])),
    }
    return EmailMessage(
        subject=f"Confirm your subscription to {subscription.board.title}",
        body=render_to_string("boards/email/confirm_subscription.txt", context),
        to=[subscription.email],
    )


def agenda_lines(meeting: MeetingPage) -> list[tuple[str, str]]:
    """The agenda as a notice lists it: numbers and titles, exempt items unnamed."""
    return [(item.number, item.public_title) for item in meeting.agenda_items.all()]


def meeting_notice(
    meeting: MeetingPage, kind: str, subscription: Subscription, items: list[tuple[str, str]]
) -> EmailMessage:
    """One notice to one subscriber, with unsubscribe link and List-Unsubscribe headers."""
    unsubscribe = unsubscribe_url(subscription)
    context = {
        "kind": kind,
        "meeting": meeting,
        "board": meeting.board,
        "items": items,
        "meeting_url": site_root().page_url(meeting.url_path),
        "unsubscribe_url": unsubscribe,
    }
    return EmailMessage(
        subject=SUBJECTS[kind].format(title=meeting.title),
        body=render_to_string("boards/email/meeting_notice.txt", context),
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"<board-{meeting.board_id}.quorum>",
        },
    )


def enqueue_meeting_notices(meeting_pk: int, notices: list[tuple[str, str]]) -> None:
    """Hand each notice to Celery (called once the publishing transaction has committed).

    A broker outage keeps the notice as a delayed job instead of failing the publication.
    """
    from boards.tasks import send_meeting_notice
    from ops.enqueue import enqueue

    for kind, event in notices:
        enqueue(
            send_meeting_notice,
            meeting_pk,
            kind,
            event,
            description=f"Email subscribers: {kind} of meeting {meeting_pk}",
        )


def notify_minutes_published(meeting: MeetingPage) -> None:
    """Tell subscribers the minutes are out; the minutes app calls this when it publishes."""
    pk = meeting.pk
    transaction.on_commit(
        lambda: enqueue_meeting_notices(pk, [("minutes", f"meeting:{pk}:minutes")])
    )


def deliver_meeting_notice(meeting_pk: int, kind: str, event: str) -> int:
    """Email every active subscriber of the meeting's board once about this event.

    Each send happens inside a transaction that first claims the (subscription, event) row:
    if sending fails the claim rolls back and a retry sends it; if it succeeded, a retry or a
    second run finds the row and skips. Returns how many emails went out.
    """
    meeting = (
        MeetingPage.objects.visible()
        .filter(pk=meeting_pk, board__live=True)
        .select_related("board")
        .first()
    )
    if meeting is None:
        return 0
    if kind != "minutes" and meeting.has_finished():
        return 0
    sent = 0
    items = agenda_lines(meeting)
    subscriptions = Subscription.objects.active().filter(board_id=meeting.board_id)
    for subscription in subscriptions.order_by("pk"):
        try:
            with transaction.atomic():
                _, created = DeliveryLog.objects.get_or_create(
                    subscription=subscription, event=event, defaults={"sent_at": timezone.now()}
                )
                if not created:
                    continue
                meeting_notice(meeting, kind, subscription, items).send()
        except IntegrityError:
            continue  # another worker claimed it at the same moment
        sent += 1
    return sent
