"""Email subscriptions to a board and the record of every notice sent, so none goes twice."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from boards.choices import SubscriptionStatus


class SubscriptionQuerySet(models.QuerySet):
    """Who is to be told about a board's business."""

    def active(self) -> SubscriptionQuerySet:
        """Subscriptions confirmed by their owner and not since cancelled."""
        return self.filter(status=SubscriptionStatus.ACTIVE)


class Subscription(models.Model):
    """An email address that asked (and confirmed) to hear when a board's meetings change."""

    board = models.ForeignKey(
        "boards.BoardPage", on_delete=models.CASCADE, related_name="subscriptions"
    )
    email = models.EmailField(help_text="Where notices about this board's meetings are sent.")
    status = models.CharField(
        max_length=12,
        choices=SubscriptionStatus.choices,
        default=SubscriptionStatus.PENDING,
        help_text="Pending until the owner follows the link in the confirmation email.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    unsubscribed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = "email subscription"
        constraints = [
            models.UniqueConstraint(fields=["board", "email"], name="subscription_board_email")
        ]

    def __str__(self) -> str:
        return f"{self.email} ({self.board})"

    def confirm(self) -> None:
        """The owner proved the address is theirs: notices start."""
        self.status = SubscriptionStatus.ACTIVE
        self.confirmed_at = timezone.now()
        self.unsubscribed_at = None
        self.save()

    def unsubscribe(self) -> None:
        """The owner asked to stop: no further notices, the record stays."""
        self.status = SubscriptionStatus.UNSUBSCRIBED
        self.unsubscribed_at = timezone.now()
        self.save()


class DeliveryLog(models.Model):
    """One notice about one event to one subscriber; the unique row is what stops a resend."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(
        max_length=100, help_text="What happened, e.g. 'meeting:42:cancelled:3'."
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "email notice sent"
        verbose_name_plural = "email notices sent"
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "event"], name="delivery_once_per_event"
            )
        ]

    def __str__(self) -> str:
        return f"{self.event} to {self.subscription.email}"
