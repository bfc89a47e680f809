"""Papers' rules in one place: conversion requests and results, page context, readers' search."""

from __future__ import annotations

import tempfile
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils import timezone
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Collection, PageViewRestriction

from papers.choices import ConversionStatus, PackKind, PackStatus
from papers.conversion import (
    CONVERTIBLE,
    MB,
    PLACEHOLDER,
    ConversionRejected,
    ConversionResult,
    Limits,
    check_upload,
    convert,
    extension_of,
    file_hash,
)
from papers.models import PAPER_TEXT_FIELDS, Conversion, MeetingPack, PaperImage, PaperPage


def upload_limits() -> Limits:
    """Limits from settings, so a council can raise the 25 MB default without a code change."""
    return Limits(
        max_bytes=getattr(settings, "QUORUM_PAPER_MAX_BYTES", Limits.max_bytes),
        timeout_seconds=getattr(settings, "QUORUM_CONVERSION_TIMEOUT", Limits.timeout_seconds),
        max_pages=getattr(settings, "QUORUM_PAPER_MAX_PAGES", Limits.max_pages),
        memory_bytes=getattr(settings, "QUORUM_CONVERSION_MEMORY_MB", Limits.memory_bytes // MB)
        * MB,
    )


def read_document(document) -> bytes:
    """The stored bytes of a Wagtail document."""
    with document.file.open("rb") as handle:
        return handle.read()


def request_conversion(paper: PaperPage, document=None) -> Conversion | None:
    """Queue conversion of the paper's upload once per distinct file, after the commit."""
    document = document or paper.source_document
    if document is None:
        return None
    data = read_document(document)
    conversion, created = Conversion.objects.get_or_create(
        paper_id=paper.pk, file_hash=file_hash(data), defaults={"document": document}
    )
    if created:
        _enqueue(conversion)
    return conversion


def retry_conversion(conversion: Conversion) -> None:
    """The clerk asked again: reset a failed conversion and queue it."""
    conversion.status = ConversionStatus.PENDING
    conversion.reason = ""
    conversion.finished_at = None
    conversion.save(update_fields=["status", "reason", "finished_at"])
    _enqueue(conversion)


def _enqueue(conversion: Conversion) -> None:
    from ops.enqueue import enqueue_on_commit
    from papers.tasks import convert_paper

    enqueue_on_commit(
        convert_paper,
        conversion.pk,
        description=f"Convert the upload for paper {conversion.paper_id}",
    )


FINISHED = (ConversionStatus.DONE, ConversionStatus.KEPT)


def fail_conversion(conversion_id: int, reason: str) -> None:
    """Record a failure in words the clerk can act on; the original and the page are untouched."""
    Conversion.objects.filter(pk=conversion_id).exclude(status__in=FINISHED).update(
        status=ConversionStatus.FAILED, reason=reason, finished_at=timezone.now()
    )


def run_conversion(conversion_id: int) -> Conversion:
    """Convert one upload into the paper's body exactly once, however often the job is delivered.

    A worker killed mid-conversion leaves the job unacknowledged, so the broker hands it to
    another worker: the claim marks it running for the clerk, pandoc runs outside any
    transaction, and the result (images, body revision, status) is written in one transaction
    that first checks, under a row lock, that no other delivery has finished it already.
    """
    conversion = _claim_conversion(conversion_id)
    if conversion.status != ConversionStatus.RUNNING:
        return conversion
    document = conversion.document
    if document is None:
        fail_conversion(conversion.pk, "The uploaded file was deleted before it was converted.")
        conversion.refresh_from_db()
        return conversion
    try:
        data = read_document(document)
        ext = check_upload(document.file.name, data, upload_limits())
        if ext not in CONVERTIBLE:
            return _finish_conversion(
                conversion.pk,
                ConversionStatus.KEPT,
                "PDFs are published as uploaded; write the body by hand.",
            )
        with tempfile.TemporaryDirectory(prefix="quorum-paper-") as tmp:
            workdir = Path(tmp)
            source = workdir / f"source.{ext}"
            source.write_bytes(data)
            result = convert(source, ext, workdir, upload_limits())
            return _finish_conversion(conversion.pk, ConversionStatus.DONE, "", result)
    except ConversionRejected as rejected:
        fail_conversion(conversion.pk, str(rejected))
        conversion.refresh_from_db()
        return conversion


def _claim_conversion(conversion_id: int) -> Conversion:
    """Mark the conversion running (the clerk sees it) unless a delivery already finished it."""
    with transaction.atomic():
        conversion = Conversion.objects.select_for_update().get(pk=conversion_id)
        if conversion.status in FINISHED:
            return conversion
        conversion.status = ConversionStatus.RUNNING
        conversion.reason = ""
        conversion.attempts += 1
        conversion.started_at = timezone.now()
        conversion.save(update_fields=["status", "reason", "attempts", "started_at"])
    return Conversion.objects.select_related("paper", "document").get(pk=conversion_id)


def _finish_conversion(
    conversion_id: int, status: str, reason: str, result: ConversionResult | None = None
) -> Conversion:
    """Write images, body and status together, once: a later delivery finds it finished."""
    with transaction.atomic():
        conversion = Conversion.objects.select_for_update().get(pk=conversion_id)
        if conversion.status in FINISHED:
            return conversion
        if result is not None:
            _convert_into_paper(conversion, result)
        conversion.status = status
        conversion.reason = reason
        conversion.finished_at = timezone.now()
        conversion.save()
    return conversion


def _convert_into_paper(conversion: Conversion, result: ConversionResult) -> None:
    paper = conversion.paper
    html = result.html
    missing = 0
    for index, extracted in enumerate(result.images):
        image = _store_image(paper, extracted.path, extracted.alt, index)
        PaperImage.objects.get_or_create(
            paper=paper, image=image, defaults={"alt_text": extracted.alt}
        )
        missing += not extracted.alt
        html = html.replace(PLACEHOLDER.format(index=index), _image_embed(image, extracted))
    conversion.images = len(result.images)
    conversion.images_missing_alt = missing
    _write_body(paper, html)


def _image_embed(image, extracted) -> str:
    return (
        f'<embed embedtype="image" id="{image.pk}" format="paper" alt="{escape(extracted.alt)}"/>'
    )


def _store_image(paper: PaperPage, path: Path, alt: str, index: int):
    """A Wagtail image in the board's collection, titled by its alt text."""
    image_model = get_image_model()
    collection = board_collection(paper)
    title = (alt or f"{paper.title}: image {index + 1} (no alt text)")[:255]
    with path.open("rb") as handle:
        image = image_model(
            title=title,
            collection=collection,
            file=ImageFile(handle, name=f"paper-{paper.pk}-{index + 1}{path.suffix.lower()}"),
        )
        image.save()
    return image


def board_collection(paper: PaperPage) -> Collection:
    """One collection per board for images taken from its papers."""
    root = Collection.get_first_root_node()
    name = (paper.board.title if paper.board else "Papers")[:255]
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _write_body(paper: PaperPage, html: str) -> None:
    """A new revision with the converted body; published only if the clerk had published."""
    paper = PaperPage.objects.get(pk=paper.pk)
    publish = paper.live and not paper.has_unpublished_changes
    latest = paper.get_latest_revision_as_object() if paper.latest_revision_id else paper
    latest.body = html
    revision = latest.save_revision(log_action=True)
    if publish:
        revision.publish(log_action=True)


def latest_conversion(paper: PaperPage) -> Conversion | None:
    """The most recent conversion request for a paper."""
    return paper.conversions.order_by("-requested_at", "-pk").first()


def paper_page_context(paper: PaperPage) -> dict[str, Any]:
    """Everything the paper page shows, so the template runs no queries."""
    from boards.models import MeetingPage

    meeting = MeetingPage.objects.select_related("board").filter(pk=paper.meeting_id).first()
    appendices = list(paper.appendices.select_related("document").all())
    return {
        "meeting": meeting,
        "board": meeting.board if meeting else None,
        "agenda_item": paper.agenda_item,
        "author": paper.author,
        "appendices": appendices,
        "source_document": paper.source_document,
        "source_extension": extension_of(paper.source_document.file.name).upper()
        if paper.source_document
        else "",
    }


def search_papers(user, query: str) -> list[PaperPage]:
    """Search papers' titles and bodies, returning only what this reader may see, best first."""
    from home.search import ranked, search_words

    words = search_words(query)
    if not words:
        return []
    return [paper for paper, _score in ranked(PaperPage.objects.readable_by(user), words)]


def meeting_papers_context(meeting, agenda_items: list, request) -> dict[str, Any]:
    """Each item's papers this reader may see, the publication deadline and the packs.

    Two queries whatever the number of items or papers.
    """
    from papers.access import can_read_exempt
    from papers.deadline import is_late, publication_deadline

    meeting_date = meeting.local_date()
    entitled = can_read_exempt(request.user, meeting.board)
    restricted = PageViewRestriction.objects.filter(page_id=OuterRef("pk"))
    # The meeting key narrows by index; child_of keeps the page tree the authority.
    candidates = (
        PaperPage.objects.filter(meeting=meeting)
        .child_of(meeting)
        .live()
        .annotate(restricted=Exists(restricted))
        .defer(*PAPER_TEXT_FIELDS)
        .order_by("path")
    )
    # Open papers carry no restriction; exempt ones carry the login restriction and are shown
    # only to the board's people; any other restriction set by a clerk hides the paper here.
    papers = [p for p in candidates if not p.restricted or (p.exempt and entitled)]
    by_item: dict[int | None, list[PaperPage]] = {}
    for paper in papers:
        paper.is_supplementary = is_late(paper.publication_date, meeting_date)
        by_item.setdefault(paper.agenda_item_id, []).append(paper)
    for item in agenda_items:
        item.paper_list = by_item.get(item.pk, [])
    packs = {pack.kind: pack for pack in MeetingPack.objects.filter(meeting=meeting)}
    published = meeting.first_published_at
    return {
        "can_read_exempt": entitled,
        "papers": papers,
        "papers_for_noting": by_item.get(None, []),
        "publication_deadline": publication_deadline(meeting_date),
        "agenda_published": timezone.localdate(published) if published else None,
        "public_pack": packs.get("public"),
        "members_pack": packs.get("members"),
    }


# --- Meeting packs ---------------------------------------------------------------------------

PACK_DEBOUNCE_SECONDS = 60
_deferred_packs: ContextVar[set[int] | None] = ContextVar("deferred_packs", default=None)


@contextmanager
def pack_builds_deferred(*, request_at_end: bool = True):
    """Collect rebuild requests (e.g. while loading many papers) and ask once at the end."""
    from boards.models import MeetingPage

    token = _deferred_packs.set(set())
    try:
        yield
        meeting_ids = _deferred_packs.get() or set()
    finally:
        _deferred_packs.reset(token)
    if not request_at_end:
        return
    for meeting in MeetingPage.objects.filter(pk__in=meeting_ids):
        request_pack_build(meeting)


def request_pack_build(meeting, countdown: int | None = None) -> list[MeetingPack]:
    """Ask for both packs to be rebuilt; quick successive requests collapse into one build."""
    deferred = _deferred_packs.get()
    if deferred is not None:
        deferred.add(meeting.pk)
        return []
    packs = []
    now = timezone.now()
    for kind in PackKind.values:
        pack, _ = MeetingPack.objects.get_or_create(meeting_id=meeting.pk, kind=kind)
        pack.requested_at = now
        pack.status = PackStatus.BUILDING
        pack.reason = ""
        pack.save(update_fields=["requested_at", "status", "reason"])
        packs.append(pack)
    if countdown is None:
        # The debounce spares builds while the last file is still good to serve; a withdrawn
        # pack serves nothing, so it is rebuilt at once.
        withdrawn = any(pack.withdrawn for pack in packs)
        countdown = 0 if withdrawn else PACK_DEBOUNCE_SECONDS
    for pack in packs:
        _enqueue_pack(pack.pk, now.isoformat(), countdown)
    return packs


class PackWithdrawn(Exception):
    """The pack's last file shows something no longer public; it waits for its rebuild."""


def withdraw_packs(meeting_id: int, kinds: list[str], reason: str) -> int:
    """Stop serving these packs of a meeting now, in the caller's transaction; rebuild after.

    The recorded file is dropped from the row at once and deleted from storage once the
    change commits, so neither the download view nor a direct file address can serve it
    again; "keep the last good file" never applies to a withdrawn pack. Returns how many.
    """
    packs = list(
        MeetingPack.objects.filter(meeting_id=meeting_id, kind__in=kinds).exclude(
            withdrawn_at__isnull=False, file=""
        )
    )
    if not packs:
        return 0
    now = timezone.now()
    for pack in packs:
        name = pack.file.name if pack.file else None
        MeetingPack.objects.filter(pk=pack.pk).update(
            withdrawn_at=now, file="", status=PackStatus.BUILDING, reason=reason
        )
        if name:
            storage = pack.file.storage
            transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
    transaction.on_commit(lambda: _rebuild_withdrawn(meeting_id))
    return len(packs)


def _rebuild_withdrawn(meeting_id: int) -> None:
    """After the recall commits: rebuild the packs, unless the meeting is gone or unpublished."""
    from boards.models import MeetingPage

    meeting = MeetingPage.objects.filter(pk=meeting_id, live=True).first()
    if meeting is not None:
        request_pack_build(meeting)


def withdraw_paper_from_packs(paper_id: int, meeting_id: int | None, kinds: list[str]) -> int:
    """A paper stopped being readable as these packs show it: withdraw those that show it."""
    reason = "A paper in it was recalled; it is being rebuilt."
    return _withdraw_showing(meeting_id, kinds, "papers", paper_id, reason)


def withdraw_item_from_public_pack(item_id: int, meeting_id: int | None) -> int:
    """An agenda item was made exempt: the public pack naming it is withdrawn."""
    reason = "An item it names was made exempt; it is being rebuilt."
    return _withdraw_showing(meeting_id, [PackKind.PUBLIC], "named_items", item_id, reason)


def _withdraw_showing(
    meeting_id: int | None, kinds: list[str], key: str, shown_id: int, reason: str
) -> int:
    """Withdraw the meeting's packs whose file shows this paper or item.

    Packs built before their contents were recorded are withdrawn too: nobody knows what
    they show.
    """
    if meeting_id is None:
        return 0
    showing = [
        pack.kind
        for pack in MeetingPack.objects.filter(meeting_id=meeting_id, kind__in=kinds).only(
            "kind", "contents", "file", "withdrawn_at"
        )
        if pack.file and not pack.withdrawn and shown_id in pack.contents.get(key, [shown_id])
    ]
    if not showing:
        return 0
    return withdraw_packs(meeting_id, showing, reason)


def _enqueue_pack(pack_id: int, token: str, countdown: int) -> None:
    from ops.enqueue import enqueue_on_commit
    from papers.tasks import build_meeting_pack

    enqueue_on_commit(
        build_meeting_pack,
        pack_id,
        token,
        countdown=countdown,
        description=f"Build meeting pack {pack_id}",
    )


# Advisory-lock namespace for pack builds (PostgreSQL): the second key is the pack's id.
PACK_LOCK_NAMESPACE = 0x5150


def _lock_pack_build(pack_id: int) -> None:
    """Wait until no other worker is building this pack; released when the transaction ends.

    An advisory lock rather than a row lock, so clerks publishing papers (which stamp a new
    request on the pack row) are never held up by a build in progress. A worker that dies
    drops its connection and with it the lock.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [PACK_LOCK_NAMESPACE, pack_id])


def run_pack_build(pack_id: int, token: str | None = None) -> str:
    """Build one pack unless a newer request superseded this one or nothing changed.

    Builds of one pack never overlap, whichever worker or how many deliveries: the second
    waits for the first and then finds its inputs already built, so one file is kept.
    """
    from papers.packs import build_pack, fingerprint

    with transaction.atomic():
        _lock_pack_build(pack_id)
        pack = MeetingPack.objects.select_related("meeting", "meeting__board").get(pk=pack_id)
        if token is not None and pack.requested_at.isoformat() != token:
            return "superseded"
        meeting = pack.meeting
        current = fingerprint(meeting, pack.kind)
        if pack.fingerprint == current and pack.file and not pack.withdrawn:
            _mark_pack_ready(pack)
            return "unchanged"
        contents: dict = {}
        data, pages = build_pack(meeting, pack.kind, contents)
        old_name = pack.file.name if pack.file else None
        pack.file.save(
            f"{meeting.slug}-{meeting.pk}-{pack.kind}.pdf", ContentFile(data), save=False
        )
        if old_name and old_name != pack.file.name:
            storage = pack.file.storage
            # Only once the new file is recorded: a rolled-back build keeps serving the old one.
            transaction.on_commit(lambda: storage.delete(old_name))
        pack.fingerprint = current
        pack.page_count = pages
        pack.built_at = timezone.now()
        pack.builds += 1
        pack.reason = ""
        pack.contents = contents
        pack.save(
            update_fields=[
                *("file", "fingerprint", "page_count", "built_at", "builds", "reason"),
                "contents",
            ]
        )
        _mark_pack_ready(pack)
    return "built"


def _mark_pack_ready(pack: MeetingPack) -> None:
    """Ready, unless a clerk asked for a newer build meanwhile: that request stays pending.

    A withdrawal made while this build ran also asked for a newer build, so the pack stays
    withdrawn until that one (which sees the withdrawal) is done.
    """
    MeetingPack.objects.filter(pk=pack.pk, requested_at=pack.requested_at).update(
        status=PackStatus.READY, withdrawn_at=None
    )


def fail_pack(pack_id: int, reason: str) -> None:
    """A failed build is shown to clerks with its reason; the last good file stays served.

    Unless it was withdrawn: a withdrawn pack has no good file, and stays withdrawn.
    """
    MeetingPack.objects.filter(pk=pack_id).update(status=PackStatus.FAILED, reason=reason)


def pack_for_download(request, meeting_id: int, kind: str) -> MeetingPack:
    """The built pack if this reader may have it: the members' pack follows the exempt rule.

    A private board's packs follow its view restrictions, like its meeting pages.
    """
    from boards.access import passes_view_restrictions
    from papers.access import can_read_exempt
    from papers.packs import still_shown

    if kind not in PackKind.values:
        raise Http404("No such pack.")
    pack = (
        MeetingPack.objects.select_related("meeting", "meeting__board")
        .filter(meeting_id=meeting_id, kind=kind, meeting__live=True)
        .first()
    )
    if pack is None or not (pack.ready or pack.withdrawn):
        raise Http404("This pack has not been compiled yet.")
    if not passes_view_restrictions(request, pack.meeting):
        raise PermissionDenied("This meeting's board is private.")
    if kind == PackKind.MEMBERS and not can_read_exempt(request.user, pack.meeting.board):
        raise PermissionDenied("The members' pack includes exempt papers.")
    if pack.withdrawn or not still_shown(pack):
        raise PackWithdrawn(pack)
    return pack


def pack_response_headers(request, response, pack: MeetingPack):
    """Caching a pack: shared caches must ask again every time, and never keep a private one.

    The public pack of a public meeting may be stored but must be revalidated on every use
    (its ETag is the fingerprint of its inputs), so a recall reaches every reader at once;
    the members' pack, and any pack of a restricted board or meeting, is never stored.
    """
    from django.utils.cache import get_conditional_response
    from django.utils.http import http_date

    from papers.access import private_response

    if pack.kind == PackKind.MEMBERS or pack.meeting.get_view_restrictions().exists():
        return private_response(response)
    response["Cache-Control"] = "public, no-cache"
    if pack.fingerprint:
        response["ETag"] = f'"{pack.fingerprint}"'
    response["Last-Modified"] = http_date(pack.built_at.timestamp())
    conditional = get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=int(pack.built_at.timestamp()),
        response=response,
    )
    if conditional is not response:
        response.close()  # 304: the opened file is not sent
    return conditional


def pack_being_rebuilt(request, pack: MeetingPack):
    """The clear refusal while a recalled pack is rebuilt: try again shortly, keep nothing."""
    from django.shortcuts import render

    from papers.access import private_response

    response = render(request, "papers/pack_rebuilding.html", {"pack": pack}, status=503)
    response["Retry-After"] = str(PACK_RETRY_AFTER_SECONDS)
    return private_response(response)


PACK_RETRY_AFTER_SECONDS = 60


def meeting_deadline_status(meeting) -> dict[str, Any]:
    """The publication deadline and the papers published after it, for the clerk."""
    from papers.deadline import is_late, publication_deadline

    meeting_date = meeting.local_date()
    papers = list(PaperPage.objects.child_of(meeting).live()) if meeting.pk else []
    return {
        "packs": list(meeting.packs.order_by("kind")) if meeting.pk else [],
        "deadline": publication_deadline(meeting_date),
        "papers_count": len(papers),
        "late_papers": [p for p in papers if is_late(p.publication_date, meeting_date)],
    }
