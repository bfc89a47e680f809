"""A 30-page minutes document, built from the seed's July 2014 minutes, proposed against a meeting.

Run: .venv/bin/python manage.py shell -c "from bench.minutes_import import main; main()"
(needs the demo loaded; it builds its own meeting and rolls everything back).
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

SEED = Path("/work/shared/seeds/004_1b8d29c20464fdd7.txt")
WORDS_PER_PAGE = 500
HEADING = re.compile(r"^(\d{1,2}(?:\.0)?)\.?\s+(.+)$")


def seed_sections() -> list[tuple[str, str]]:
    """The July 2014 minutes split into (title, body) by their item headings."""
    lines = SEED.read_text(encoding="utf-8").splitlines()[47:212]
    sections, title, body = [], "Children and Families Act 2014 (SEND reforms)", []
    for line in lines:
        match = HEADING.match(line)
        if match and not line.rstrip().endswith(".") and len(line.split()) < 16:
            sections.append((title, "\n".join(body)))
            title, body = match[2].strip(), []
        else:
            body.append(line)
    sections.append((title, "\n".join(body)))
    return sections


def build(pages: int = 30) -> tuple[str, list[tuple[str, str]]]:
    """Markdown minutes of at least `pages` pages, and the agenda (number, title) they follow."""
    sections = seed_sections()
    attendance = (
        "**Present:** Councillor Tony Smith (Chair), Julia Hassall (JH), Bernard Walker\n\n"
        "**Apologies:** Bev Morgan\n\n**In attendance:** Deborah Gornik (DG), Emma Taylor\n\n"
    )
    parts, agenda, words, n = [attendance], [], 0, 0
    while words < pages * WORDS_PER_PAGE:
        title, body = sections[n % len(sections)]
        n += 1
        title = f"{title} (part {n})"
        agenda.append((str(n), title))
        block = f"{n}. {title}\n\n{body}\n\nACTION: DG to report back at the next meeting.\n\n"
        parts.append(block)
        words += len(block.split())
    return "".join(parts), agenda


def make_docx(markdown: str, folder: str) -> Path:
    import pypandoc

    path = Path(folder) / "minutes-30-pages.docx"
    pypandoc.convert_text(markdown, "docx", format="md", outputfile=str(path))
    return path


def time_proposal(meeting, path: Path) -> tuple[float, object]:
    """Seconds from the uploaded file to the proposal the clerk reviews."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from boards.minutes_import.convert import document_to_text
    from boards.minutes_import.services import propose

    upload = SimpleUploadedFile(path.name, path.read_bytes())
    started = time.perf_counter()
    proposal = propose(meeting, document_to_text(upload))
    return time.perf_counter() - started, proposal


def main() -> None:
    import datetime
    from zoneinfo import ZoneInfo

    from django.db import transaction

    from boards.models import AgendaItem, BoardPage, MeetingPage

    markdown, agenda = build()
    with tempfile.TemporaryDirectory() as folder, transaction.atomic():
        board = BoardPage.objects.get(slug="childrens-trust-board")
        meeting = MeetingPage(
            title="Bench meeting",
            slug="bench-meeting",
            start=datetime.datetime(2014, 7, 22, 9, tzinfo=ZoneInfo("Europe/London")),
        )
        meeting.agenda_items = [
            AgendaItem(number=number, title=title, sort_order=i)
            for i, (number, title) in enumerate(agenda)
        ]
        board.add_child(instance=meeting)
        seconds, proposal = time_proposal(meeting, make_docx(markdown, folder))
        print(
            f"{len(markdown.split())} words, {len(agenda)} items: proposed in {seconds:.2f} s "
            f"({len(proposal.all_actions())} actions)"
        )
        transaction.set_rollback(True)
