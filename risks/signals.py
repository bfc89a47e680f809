"""Deletions of tracked records say why in their history, whichever path deletes them."""

from __future__ import annotations

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from risks.models import IndicatorValue, Priority, Risk, RiskControl

TRACKED = (Risk, RiskControl, Priority, IndicatorValue)


@receiver(pre_delete)
def record_deletion_reason(sender, instance, **kwargs) -> None:
    """Admin deletes, bulk deletes and cascades all leave a 'Deleted' reason unless given one."""
    if isinstance(instance, TRACKED) and not getattr(instance, "_change_reason", None):
        instance._change_reason = "Deleted"
