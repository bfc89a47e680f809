"""Keep meetings true to the page tree, and calendar feeds true to their agendas."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, post_page_move

from boards.models import AgendaItem, MeetingPage, MinutesPage
from boards.models.meeting import new_agenda_token


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
