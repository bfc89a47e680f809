"""Carry the partner named by an emailed link into the history row; withdraw revoked links."""

from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record

from boards.tokens import tokens_revoked


@receiver(pre_create_historical_record)
def record_history_person(sender, instance, history_instance, **kwargs) -> None:
    """A change made through a signed link is recorded as that person."""
    if hasattr(history_instance, "history_person_id"):
        history_instance.history_person = getattr(instance, "_history_person", None)


@receiver(tokens_revoked)
def withdraw_emailed_links(sender, person, **kwargs) -> int:
    """A person whose secrets are revoked loses their unused emailed update links too."""
    from actions.services import withdraw_links

    return withdraw_links(person)
