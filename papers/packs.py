"""Compiling a meeting pack: one tagged PDF with cover, contents, agenda, papers and appendices.

Everything written in Quorum (cover, contents, agenda, papers) is laid out by WeasyPrint in one
document, so the contents page's numbers, the page footers and the bookmarks come from the
layout itself. Each appendix PDF gets placeholder pages of the right number in that layout,
and pypdf then lays the appendix's own pages onto them: merged, not re-rendered.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import NameObject, TextStringObject
from wagtail.models import PageViewRestriction
from wagtail.rich_text import expand_db_html

from papers.choices import PackKind
from papers.models import PaperPage

A4_WIDTH, A4_HEIGHT = 595.28, 841.89


@dataclass
class PackAppendix:
    """An appendix as the pack places it: merged pages if PDF, a pointer page otherwise."""

    anchor: str
    title: str
    pdf: bytes | None
    pages: int
    url: str

    @property
    def page_numbers(self) -> range:
        """1..pages, for the placeholder pages the appendix is laid onto."""
        return range(1, self.pages + 1)


@dataclass
class PackPaper:
    """A paper in the pack with its rendered body and appendices."""

    paper: PaperPage
    anchor: str
    body: str
    appendices: list[PackAppendix] = field(default_factory=list)


def pack_papers(meeting, kind: str):
    """The papers a pack may show: published ones; for the public, only those the public may read.

    The public pack leaves out exempt papers and any paper carrying a view restriction (an
    exempt draft restricts its paper at once, as does a clerk's privacy setting), as the
    meeting page does.
    """
    papers = PaperPage.objects.child_of(meeting).live()
    if kind == PackKind.PUBLIC:
        restricted = PageViewRestriction.objects.filter(page_id=OuterRef("pk"))
        papers = papers.filter(exempt=False).exclude(Exists(restricted))
    return papers


def papers_for_pack(meeting, kind: str) -> list[PaperPage]:
    """Published papers in agenda order; the public pack leaves out every exempt paper."""
    papers = pack_papers(meeting, kind).select_related("author", "agenda_item")
    return sorted(
        papers,
        key=lambda p: (p.agenda_item.sort_order if p.agenda_item else 9999, p.path),
    )


def pack_contents(papers: list[PackPaper], agenda_items: list, business: dict) -> dict:
    """What a built file shows that could later be recalled: its papers and the items it names.

    Recorded with the file, so a change that makes any of them private withdraws the pack,
    whichever route the change took (see `still_shown`).
    """
    items = list(agenda_items)
    previous = business.get("previous") or {}
    items += [row.item for row in previous.get("minute_rows", [])]
    return {
        "papers": sorted(pack_paper.paper.pk for pack_paper in papers),
        "named_items": sorted({item.pk for item in items if not item.exempt}),
    }


def still_shown(pack) -> bool:
    """Whether everything the pack's file shows is still as public as when it was built."""
    from boards.models import AgendaItem

    contents = pack.contents or {}
    papers = set(contents.get("papers", []))
    if papers:
        current = pack_papers(pack.meeting, pack.kind).filter(pk__in=papers)
        if current.count() != len(papers):
            return False
    named = contents.get("named_items", [])
    if pack.kind == PackKind.PUBLIC and named:
        return not AgendaItem.objects.filter(pk__in=named, exempt=True).exists()
    return True


def _read(document) -> bytes:
    with document.file.open("rb") as handle:
        return handle.read()


def _appendix(paper: PaperPage, index: int, appendix) -> PackAppendix:
    document = appendix.document
    data = _read(document)
    pdf, pages = None, 1
    if data.startswith(b"%PDF-"):
        try:
            pages = len(PdfReader(io.BytesIO(data)).pages)
            pdf = data
        except Exception:  # a damaged appendix is listed, not merged
            pdf, pages = None, 1
    return PackAppendix(
        anchor=f"paper-{paper.pk}-appendix-{index}",
        title=str(appendix),
        pdf=pdf,
        pages=pages,
        url=document.url,
    )


def pack_inputs(meeting, kind: str) -> list[PackPaper]:
    """Papers with their bodies and appendices, ready to lay out."""
    result = []
    for paper in papers_for_pack(meeting, kind):
        appendices = [
            _appendix(paper, index, appendix)
            for index, appendix in enumerate(
                paper.appendices.select_related("document").all(), start=1
            )
        ]
        result.append(
            PackPaper(
                paper=paper,
                anchor=f"paper-{paper.pk}",
                body=expand_db_html(paper.body),
                appendices=appendices,
            )
        )
    return result


def fingerprint(meeting, kind: str) -> str:
    """A hash of everything a pack is built from: same inputs, same pack, no rebuild."""
    digest = hashlib.sha256()
    digest.update(f"{meeting.pk}:{kind}:{meeting.latest_revision_id}".encode())
    digest.update(business_fingerprint(meeting).encode())
    for paper in papers_for_pack(meeting, kind):
        digest.update(f"|{paper.pk}:{paper.latest_revision_id}:{paper.live_revision_id}".encode())
        for appendix in paper.appendices.select_related("document").all():
            digest.update(f":{appendix.document_id}:{appendix.document.file_hash}".encode())
    return digest.hexdigest()


def previous_minutes(meeting):
    """The published minutes of the board's meeting before this one, if any."""
    from actions.arising import previous_meeting
    from boards.models import MinutesPage

    before = previous_meeting(meeting)
    if before is None:
        return None
    return MinutesPage.objects.live().filter(meeting=before).select_related("meeting").first()


def board_business(meeting, kind: str) -> dict:
    """Previous minutes, actions arising and the plan's exceptions, as the pack prints them."""
    from actions.arising import actions_arising
    from boards.services import minutes_context
    from risks.services import exceptions_context

    members = kind == PackKind.MEMBERS
    context: dict = {"arising": actions_arising(meeting, public=not members)}
    minutes = previous_minutes(meeting)
    if minutes is not None:
        items = list(minutes.meeting.agenda_items.all())
        context["previous"] = minutes_context(minutes, items, entitled=members)
    exceptions = exceptions_context(meeting.board)
    if exceptions.get("plan") and (exceptions["priorities"] or exceptions["scorecard"]):
        context["exceptions"] = exceptions
    return context


def business_fingerprint(meeting) -> str:
    """What of the minutes, action log and plan the pack shows: a change means a rebuild."""
    from django.db.models import Count, Max

    from actions.models import Action
    from risks.models import Priority

    minutes = previous_minutes(meeting)
    actions = Action.objects.filter(board_id=meeting.board_id).aggregate(
        n=Count("pk"), changed=Max("updated_at")
    )
    plan = Priority.history.filter(plan__board_id=meeting.board_id).aggregate(
        changed=Max("history_date")
    )
    minutes_key = (minutes.pk, minutes.live_revision_id, minutes.approved_at) if minutes else None
    return repr((minutes_key, sorted(actions.items()), plan["changed"]))


def pack_html(meeting, kind: str, papers: list[PackPaper], contents: dict | None = None) -> str:
    """The pack's own pages as one HTML document; `contents` receives what it shows."""
    title = f"{meeting.title}: {PackKind(kind).label}"
    agenda_items = list(meeting.agenda_items.all())
    business = board_business(meeting, kind)
    if contents is not None:
        contents.update(pack_contents(papers, agenda_items, business))
    return render_to_string(
        "papers/print/pack.html",
        {
            "title": title,
            "meeting": meeting,
            "board": meeting.board,
            "agenda_items": agenda_items,
            "papers": papers,
            "members": kind == PackKind.MEMBERS,
            **business,
        },
    )


def build_pack(meeting, kind: str, contents: dict | None = None) -> tuple[bytes, int]:
    """The finished pack as PDF bytes, with its page count; `contents` receives what it shows.

    What it shows is taken from the very rows the file is laid out from, so a paper published
    while it builds is either in both or in neither.
    """
    from weasyprint import HTML

    from papers.rendering import url_fetcher  # also quietens WeasyPrint's logging

    papers = pack_inputs(meeting, kind)
    title = f"{meeting.title}: {PackKind(kind).label}"
    document = HTML(
        string=pack_html(meeting, kind, papers, contents),
        url_fetcher=url_fetcher,
        base_url="http://quorum.invalid/",
    ).render(pdf_variant="pdf/ua-1")
    laid_out = io.BytesIO(document.write_pdf(pdf_variant="pdf/ua-1"))
    anchors = {name: index for index, page in enumerate(document.pages) for name in page.anchors}

    writer = PdfWriter(clone_from=PdfReader(laid_out))
    for pack_paper in papers:
        for appendix in pack_paper.appendices:
            if appendix.pdf is None:
                continue
            source = PdfReader(io.BytesIO(appendix.pdf))
            for number, page in enumerate(source.pages, start=1):
                target = anchors.get(f"{appendix.anchor}-p{number}")
                if target is None:
                    continue
                _lay_onto(writer.pages[target], page)
    writer.add_metadata({"/Title": title})
    writer._root_object[NameObject("/Lang")] = TextStringObject("en-GB")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue(), len(writer.pages)


def _lay_onto(target, page) -> None:
    """Scale an appendix page to fit inside the footer margin of an A4 placeholder page."""
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    room_height = A4_HEIGHT - 40  # keep the pack's page number visible
    scale = min(A4_WIDTH / width, room_height / height, 1.0)
    dx = (A4_WIDTH - width * scale) / 2
    dy = 40 + (room_height - height * scale) / 2
    target.merge_transformed_page(page, Transformation().scale(scale).translate(dx, dy))
