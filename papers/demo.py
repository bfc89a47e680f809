"""Demo papers: the seed pack's reports, turned into Word files and uploaded like a clerk would."""

from __future__ import annotations

import datetime
import subprocess
import tempfile
from pathlib import Path

import pypandoc
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model

from boards.models import AgendaItem, BoardPage, MeetingPage, Person
from papers import demo_data
from papers.models import PaperPage

DEMO_DIR = Path(__file__).parent / "data" / "demo"
PUBLISHED = datetime.date(2014, 9, 19)  # the Friday before the meeting (not in the seed)
LATE = datetime.date(2014, 9, 25)  # the invented exempt paper arrives late, as a demo


def markdown_to_docx(markdown: str) -> bytes:
    """A Word file made by pandoc from Markdown: what a report author would send."""
    with tempfile.TemporaryDirectory(prefix="quorum-demo-") as tmp:
        workdir = Path(tmp)
        (workdir / "report.md").write_text(markdown)
        subprocess.run(
            [pypandoc.get_pandoc_path(), "report.md", "-o", "report.docx"],
            cwd=workdir,
            check=True,
            timeout=60,
        )
        return (workdir / "report.docx").read_bytes()


def _meeting() -> MeetingPage | None:
    board = BoardPage.objects.filter(slug=demo_data.MEETING["board"]).first()
    if board is None:
        return None
    return MeetingPage.objects.child_of(board).filter(slug=demo_data.MEETING["slug"]).first()


def _add_paper(meeting: MeetingPage, spec: dict, markdown: str, **extra) -> PaperPage | None:
    if PaperPage.objects.child_of(meeting).filter(slug=spec["slug"]).exists():
        return None
    document = get_document_model()(title=f"{spec['title']} (original)")
    document.file.save(f"{spec['slug']}.docx", ContentFile(markdown_to_docx(markdown)), save=False)
    document.save()
    paper = PaperPage(
        title=spec["title"],
        slug=spec["slug"],
        agenda_item=AgendaItem.objects.get(meeting_id=meeting.pk, number=spec["item"])
        if spec["item"]
        else None,
        author=Person.objects.filter(name=spec["author"]).first(),
        contact=spec["contact"],
        summary=spec["summary"],
        recommendations=spec["recommendations"],
        source_document=document,
        **extra,
    )
    meeting.add_child(instance=paper)
    paper.save_revision(log_action=False).publish(log_action=False)
    return paper


def load_papers_demo() -> int:
    """Create the demo papers if missing and convert them through the upload path."""
    meeting = _meeting()
    if meeting is None:
        return 0
    from papers.services import pack_builds_deferred

    with pack_builds_deferred(request_at_end=False):  # packs are asked for after conversion
        created = _add_papers(meeting)
    if created:
        ids = [paper.pk for paper in created]
        transaction.on_commit(lambda: convert_demo_papers(ids))
    return len(created)


def _add_papers(meeting: MeetingPage) -> list[PaperPage]:
    created = []
    for spec in demo_data.PAPERS:
        markdown = (DEMO_DIR / f"{spec['slug']}.md").read_text()
        paper = _add_paper(meeting, spec, markdown, publication_date=PUBLISHED)
        if paper is not None:
            created.append(paper)
    spec = demo_data.EXEMPT_PAPER
    paper = _add_paper(
        meeting,
        spec,
        spec["markdown"],
        publication_date=LATE,
        exempt=True,
        exempt_paragraph=spec["exempt_paragraph"],
        public_interest_reason=spec["public_interest_reason"],
    )
    if paper is not None:
        created.append(paper)
    return created


def convert_demo_papers(paper_ids: list[int]) -> None:
    """Queue each upload's conversion as the admin does; the packs are asked for once at the end."""
    from papers.services import pack_builds_deferred, request_conversion

    with pack_builds_deferred():
        for paper in PaperPage.objects.filter(pk__in=paper_ids):
            with transaction.atomic():
                request_conversion(paper)
