"""Packs follow their contents: publishing a paper or the agenda asks for a (debounced) rebuild.

Papers follow the page tree: moved, a paper belongs to its new meeting and that meeting's board
(whose members may read it if exempt).
"""

from __future__ import annotations

from wagtail.signals import page_published, page_unpublished, post_page_move


def _rebuild_for(sender, instance, **kwargs) -> None:
    from boards.models import MeetingPage
    from papers.models import PaperPage
    from papers.services import request_pack_build

    page = instance.specific_deferred
    if isinstance(page, MeetingPage):
        # A meeting gets packs once it has papers; before that the agenda page is enough.
        if PaperPage.objects.child_of(page).exists():
            request_pack_build(page)
    elif isinstance(page, PaperPage) and page.meeting_id:
        meeting = MeetingPage.objects.filter(pk=page.meeting_id).first()
        if meeting is not None:
            request_pack_build(meeting)


def _relink_moved(sender, instance, parent_page_after, **kwargs) -> None:
    """A paper moved to another meeting, or a meeting moved to another board, takes its papers.

    Wagtail saves a moved page as a plain `Page`, so `PaperPage.save()` does not run.
    """
    from boards.models import MeetingPage
    from papers.models import PaperPage

    moved = instance.specific_class
    if moved is not None and issubclass(moved, PaperPage):
        # Its agenda item was on the old meeting's agenda: until the clerk picks one on the new
        # agenda, the paper is listed with the meeting's papers for noting.
        PaperPage.objects.filter(pk=instance.pk).exclude(
            agenda_item__meeting_id=parent_page_after.pk
        ).update(agenda_item=None)
        PaperPage.objects.filter(pk=instance.pk).update(**PaperPage.links_under(parent_page_after))
    elif moved is not None and issubclass(moved, MeetingPage):
        PaperPage.objects.filter(meeting_id=instance.pk).update(board_id=parent_page_after.pk)


def connect() -> None:
    """Wire the rebuild triggers and the move handler (called from the app config)."""
    page_published.connect(_rebuild_for, dispatch_uid="papers-pack-on-publish")
    page_unpublished.connect(_rebuild_for, dispatch_uid="papers-pack-on-unpublish")
    post_page_move.connect(_relink_moved, dispatch_uid="papers-relink-on-move")
