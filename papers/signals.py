"""Packs follow their contents: publishing a paper or the agenda asks for a (debounced) rebuild.

Papers follow the page tree: moved, a paper belongs to its new meeting and that meeting's board
(whose members may read it if exempt).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from boards.models import AgendaItem, MeetingPage


def _rebuild_for(sender, instance, **kwargs) -> None:
    from papers.models import PaperPage
    from papers.services import request_pack_build

    page = instance.specific_deferred
    if isinstance(page, MeetingPage):
        # A meeting gets packs once it has papers; before that the agenda page is enough.
        if page.live and PaperPage.objects.child_of(page).exists():
            request_pack_build(page)
    elif isinstance(page, PaperPage) and page.meeting_id:
        meeting = MeetingPage.objects.filter(pk=page.meeting_id).first()
        if meeting is not None:
            request_pack_build(meeting)


def _relink_moved(sender, instance, parent_page_after, **kwargs) -> None:
    """A paper moved to another meeting, or a meeting moved to another board, takes its papers.

    Wagtail saves a moved page as a plain `Page`, so `PaperPage.save()` does not run.
    """
    from papers.models import PaperPage

    moved = instance.specific_class
    parent_before = kwargs.get("parent_page_before")
    if parent_before is not None and parent_before.pk != parent_page_after.pk:
        _withdraw_moved(moved, instance, parent_before)
    if moved is not None and issubclass(moved, PaperPage):
        # Its agenda item was on the old meeting's agenda: until the clerk picks one on the new
        # agenda, the paper is listed with the meeting's papers for noting.
        PaperPage.objects.filter(pk=instance.pk).exclude(
            agenda_item__meeting_id=parent_page_after.pk
        ).update(agenda_item=None)
        PaperPage.objects.filter(pk=instance.pk).update(**PaperPage.links_under(parent_page_after))
    elif moved is not None and issubclass(moved, MeetingPage):
        PaperPage.objects.filter(meeting_id=instance.pk).update(board_id=parent_page_after.pk)


def _withdraw_moved(moved, instance, parent_before) -> None:
    """A paper leaving a meeting leaves its packs; a meeting moving boards has them rebuilt."""
    from papers.choices import PackKind
    from papers.models import PaperPage
    from papers.services import withdraw_packs, withdraw_paper_from_packs

    if moved is not None and issubclass(moved, PaperPage):
        withdraw_paper_from_packs(instance.pk, parent_before.pk, PackKind.values)
    elif moved is not None and issubclass(moved, MeetingPage):
        withdraw_packs(instance.pk, PackKind.values, "The meeting moved; it is being rebuilt.")


def _withdraw_unpublished_meeting(sender, instance, **kwargs) -> None:
    """An unpublished meeting's packs are withdrawn with it (and rebuilt when republished)."""
    from papers.choices import PackKind
    from papers.services import withdraw_packs

    if issubclass(sender, MeetingPage):
        withdraw_packs(instance.pk, PackKind.values, "The meeting was unpublished.")


def _withdraw_deleted_paper(sender, instance, **kwargs) -> None:
    """A deleted paper leaves both packs before the deletion is reported as done."""
    from papers.choices import PackKind
    from papers.services import withdraw_paper_from_packs

    withdraw_paper_from_packs(instance.pk, instance.meeting_id, PackKind.values)


def _delete_pack_file(sender, instance, **kwargs) -> None:
    """A deleted pack (its meeting deleted) takes its file with it once the deletion commits."""
    if instance.file:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: storage.delete(name))


def _withdraw_restricted_paper(sender, instance, created: bool = False, **kwargs) -> None:
    """A paper given a view restriction (exempt draft, clerk's privacy) leaves the public pack."""
    from papers.choices import PackKind
    from papers.models import PaperPage
    from papers.services import withdraw_paper_from_packs

    meeting_id = (
        PaperPage.objects.filter(pk=instance.page_id).values_list("meeting_id", flat=True).first()
    )
    if meeting_id is not None:
        withdraw_paper_from_packs(instance.page_id, meeting_id, [PackKind.PUBLIC])


def _withdraw_exempt_item(sender, instance, **kwargs) -> None:
    """An agenda item made exempt is no longer named in the public pack."""
    from papers.services import withdraw_item_from_public_pack

    if instance.exempt:
        withdraw_item_from_public_pack(instance.pk, instance.meeting_id)


def connect() -> None:
    """Wire the rebuild triggers, the withdrawals and the move handler (from the app config)."""
    from papers.models import MeetingPack, PaperPage

    page_published.connect(_rebuild_for, dispatch_uid="papers-pack-on-publish")
    page_unpublished.connect(_rebuild_for, dispatch_uid="papers-pack-on-unpublish")
    page_unpublished.connect(
        _withdraw_unpublished_meeting, dispatch_uid="papers-pack-withdraw-on-unpublish"
    )
    post_page_move.connect(_relink_moved, dispatch_uid="papers-relink-on-move")
    post_delete.connect(
        _withdraw_deleted_paper, sender=PaperPage, dispatch_uid="papers-pack-withdraw-on-delete"
    )
    post_delete.connect(_delete_pack_file, sender=MeetingPack, dispatch_uid="papers-pack-file")
    post_save.connect(
        _withdraw_restricted_paper,
        sender=PageViewRestriction,
        dispatch_uid="papers-pack-withdraw-on-restriction",
    )
    post_save.connect(
        _withdraw_exempt_item, sender=AgendaItem, dispatch_uid="papers-pack-withdraw-exempt-item"
    )
