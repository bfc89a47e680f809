"""Keep meetings true to the page tree, and calendar feeds true to their agendas."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published, post_page_move

from boards.models import AgendaItem, MeetingPage, Membership, MinutesPage, Person
from boards.models.meeting import new_agenda_token
from boards.tokens import revoke_person_tokens


@receiver(post_page_move)
def relink_moved_meetings(sender, instance, parent_page_after, **kwargs) -> None:
    """A meeting moved to another board now belongs to that board."""
    if isinstance(instance.specific, MeetingPage):
        MeetingPage.objects.filter(pk=instance.pk).update(board_id=parent_page_after.pk)


@receiver(page_published, sender=MinutesPage)
def minutes_published(sender, instance, revision=None, **kwargs) -> None:
    """Publishing minutes raises their actions and approves the minutes they confirm."""
    from boards.minutes import on_minutes_published
    from boards.subscriptions import notify_minutes_published

    user = getattr(revision, "user", None) if revision else None
    on_minutes_published(instance, user=user)
    if instance.meeting_id:
        notify_minutes_published(instance.meeting)


@receiver(page_published, sender=MeetingPage)
def meeting_published(sender, instance, **kwargs) -> None:
    """A newly published meeting may be the 'next meeting' some actions are due at."""
    from actions.tasks import resolve_next_meeting_due_dates
    from ops.enqueue import enqueue_on_commit

    if instance.board_id:
        enqueue_on_commit(
            resolve_next_meeting_due_dates,
            instance.board_id,
            description=f"Date actions due at the next meeting of {instance.board}",
        )


@receiver(post_save, sender=AgendaItem)
@receiver(post_delete, sender=AgendaItem)
def mark_agenda_changed(sender, instance: AgendaItem, **kwargs) -> None:
    """An agenda item written on its own (not with its page) still refreshes calendar feeds."""
    page = instance._state.fields_cache.get("meeting")
    if page is not None and getattr(page, "_saving_with_agenda", False):
        return  # the page's own save has already issued a new token
    MeetingPage.objects.filter(pk=instance.meeting_id).update(agenda_token=new_agenda_token())


def _ended(end_date, today) -> bool:
    return end_date is not None and end_date <= today


@receiver(pre_save, sender=Membership)
def remember_seat(sender, instance: Membership, **kwargs) -> None:
    """Keep the row as stored, so the save can tell a seat just ended from one long over."""
    instance._stored_seat = (
        Membership.objects.filter(pk=instance.pk).values("person_id", "end_date").first()
        if instance.pk
        else None
    )


@receiver(post_save, sender=Membership)
def seat_ended(sender, instance: Membership, created: bool, **kwargs) -> None:
    """Setting an end date withdraws the person's secret addresses at once.

    Publishing a board page saves every membership row again; a seat that had already ended
    before this save is left alone, or every publish would cut off the board's past members.
    """
    stored = getattr(instance, "_stored_seat", None)
    if stored is None:
        return
    today = timezone.localdate()
    if stored["person_id"] != instance.person_id and not _ended(stored["end_date"], today):
        person = Person.objects.filter(pk=stored["person_id"]).first()
        if person is not None:
            revoke_person_tokens(person, reason=f"Seat on {instance.board.title} given to another")
    if _ended(instance.end_date, today) and not _ended(stored["end_date"], today):
        revoke_person_tokens(
            instance.person,
            reason=f"Membership of {instance.board.title} ended {instance.end_date:%d %B %Y}",
        )


@receiver(post_delete, sender=Membership)
def seat_removed(sender, instance: Membership, **kwargs) -> None:
    """Removing a seat the person still held withdraws their secret addresses."""
    if instance.end_date is None or instance.end_date >= timezone.localdate():
        person = Person.objects.filter(pk=instance.person_id).first()
        if person is not None:
            revoke_person_tokens(person, reason="Membership removed")


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def login_switched_off(sender, instance, **kwargs) -> None:
    """A deactivated login takes the person's calendar address and emailed links with it."""
    if instance.is_active:
        return
    for person in Person.objects.filter(user=instance):
        revoke_person_tokens(person, reason="Login deactivated")
