"""Time the two heavy papers jobs: a 25,000-word Word report to HTML, and a 15-paper pack.

Run: .venv/bin/python bench/bench_papers.py   (in-memory SQLite; needs no services)
Both jobs run in Celery workers in production, never inside a web request.
"""

from __future__ import annotations

import datetime
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from pypdf import PdfWriter  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402

from boards.models import AgendaItem, BoardPage, MeetingPage  # noqa: E402
from home.models import HomePage  # noqa: E402
from papers.conversion import convert  # noqa: E402
from papers.demo import DEMO_DIR, markdown_to_docx  # noqa: E402
from papers.models import PaperPage  # noqa: E402
from papers.packs import build_pack  # noqa: E402


def seed_markdown(words: int) -> str:
    """Seed-pack report text, repeated in numbered sections, until it reaches `words` words."""
    sources = [path.read_text() for path in sorted(DEMO_DIR.glob("*.md"))]
    parts, count, section = [], 0, 1
    while count < words:
        for text in sources:
            body = text.replace("# ", f"# {section}. ", 1)
            parts.append(body)
            count += len(body.split())
            section += 1
            if count >= words:
                break
    return "\n\n".join(parts)


def time_conversion(runs: int = 3) -> tuple[int, float, list[float]]:
    """Median seconds to convert a 25,000-word .docx to sanitised HTML."""
    markdown = seed_markdown(25_000)
    data = markdown_to_docx(markdown)
    timings = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "report.docx"
            source.write_bytes(data)
            start = time.perf_counter()
            result = convert(source, "docx", Path(tmp))
            timings.append(time.perf_counter() - start)
    return len(markdown.split()), len(result.html), timings


def appendix_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_meeting(papers: int = 15) -> MeetingPage:
    import pypandoc

    home = HomePage.objects.get(depth=2)
    board = BoardPage(title="Bench Board", slug="bench-board")
    home.add_child(instance=board)
    board.save_revision().publish()
    meeting = MeetingPage(
        title="Bench Board, 1 December 2026",
        slug="bench",
        start=datetime.datetime(2026, 12, 1, 10, tzinfo=ZoneInfo("Europe/London")),
    )
    meeting.agenda_items = [
        AgendaItem(number=str(n + 1), title=f"Item {n + 1}", sort_order=n) for n in range(papers)
    ]
    board.add_child(instance=meeting)
    meeting.save_revision().publish()
    sources = [path.read_text() for path in sorted(DEMO_DIR.glob("*.md"))]
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("sort_order"))
    for n in range(papers):
        body = pypandoc.convert_text(sources[n % len(sources)], "html5", format="markdown")
        paper = PaperPage(
            title=f"Report {n + 1}", slug=f"report-{n + 1}", agenda_item=items[n], body=body
        )
        meeting.add_child(instance=paper)
        if n % 3 == 0:
            document = get_document_model()(title=f"Appendix {n + 1}")
            document.file.save(f"appendix-{n}.pdf", ContentFile(appendix_pdf(4)), save=False)
            document.save()
            paper.appendices.create(document=document, title=f"Appendix to report {n + 1}")
        paper.save_revision().publish()
    return meeting


def main() -> None:
    words, html_chars, timings = time_conversion()
    print(f"conversion: {words} words -> {html_chars} chars of HTML")
    print(
        "  runs " + ", ".join(f"{t:.2f}s" for t in timings),
        f"; median {statistics.median(timings):.2f}s",
    )
    call_command("migrate", verbosity=0)
    from papers.services import pack_builds_deferred

    with pack_builds_deferred(request_at_end=False):  # time the builds below, not eager ones
        meeting = make_meeting()
    for kind in ("public", "members"):
        start = time.perf_counter()
        _, pages = build_pack(meeting, kind)
        print(
            f"pack ({kind}, 15 papers, 5 PDF appendices): {pages} pages in "
            f"{time.perf_counter() - start:.2f}s"
        )


if __name__ == "__main__":
    main()
