"""Packs follow their contents: publishing a paper or the agenda asks for a (debounced) rebuild."""

from __future__ import annotations

from wagtail.signals import page_published, page_unpublished


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


def connect() -> None:
    """Wire the rebuild triggers (called from the app config)."""
    page_published.connect(_rebuild_for, dispatch_uid="papers-pack-on-publish")
    page_unpublished.connect(_rebuild_for, dispatch_uid="papers-pack-on-unpublish")
