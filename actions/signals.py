"""Carry the partner named by an emailed link into the history row."""

from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record


@receiver(pre_create_historical_record)
def record_history_person(sender, instance, history_instance, **kwargs) -> None:
    """A change made through a signed link is recorded as that person."""
    if hasattr(history_instance, "history_person_id"):
        history_instance.history_person = getattr(instance, "_history_person", None)
