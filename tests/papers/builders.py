"""Builders for papers: real .docx files made by pandoc from Markdown, and paper pages."""

from __future__ import annotations

import datetime
import io
import re
import struct
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path

import pypandoc
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from papers.models import PaperPage

REPORT_MD = """# Background

The Wirral Link Forum supports voluntary, community and faith sector groups working
with children and young people. See the [forum](https://example.org/link-forum).[^1]

## Progress in 2013-14

- 52 member organisations
- 4 network meetings

| Measure | 2012-13 | 2013-14 |
|---------|---------|---------|
| Members | 40      | 52      |

![Chart of membership growth](chart.png)

![](chart.png)

# Recommendations

1. Note the report.
2. Consider the continued funding of Wirral Link Forum.

[^1]: The forum is funded by the Children's Trust.
"""


def png_bytes(rgb: bytes = b"\x1d\x70\x3c") -> bytes:
    """A valid one-pixel PNG of the given colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" + rgb))
        + chunk(b"IEND", b"")
    )


def docx_from_markdown(markdown: str = REPORT_MD) -> bytes:
    """A real Word file, made by pandoc the way the demo makes them."""
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        (workdir / "chart.png").write_bytes(png_bytes())
        (workdir / "report.md").write_text(markdown)
        subprocess.run(
            [pypandoc.get_pandoc_path(), "report.md", "-o", "report.docx"], cwd=workdir, check=True
        )
        return (workdir / "report.docx").read_bytes()


def zip_bomb() -> bytes:
    """A .docx-shaped zip that unpacks to far more than the limit."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (210 * 1024 * 1024))
    return buffer.getvalue()


def make_document(name: str, data: bytes, title: str = ""):
    """A Wagtail document holding the given bytes."""
    document = get_document_model()(title=title or name)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return document


def make_paper(meeting, item=None, *, publish: bool = True, **fields) -> PaperPage:
    """A paper under a meeting, tied to the first agenda item unless told otherwise."""
    item = item or meeting.agenda_items.first()
    fields.setdefault("title", "Link Forum Report on Progress 2013-14")
    fields.setdefault("slug", fields["title"].lower().replace(" ", "-")[:50])
    if fields.get("exempt"):
        fields.setdefault("exempt_paragraph", 1)
        fields.setdefault("public_interest_reason", "Names children's placements.")
    paper = PaperPage(agenda_item=item, **fields)
    meeting.add_child(instance=paper)
    if publish:
        paper.save_revision().publish()
        paper.refresh_from_db()
    return paper


def today() -> datetime.date:
    return datetime.date.today()


LONG_REPORT_MD = """# Performance report

![Chart of referrals](referrals.png)

![Chart of re-referrals](rereferrals.png)

## Quarter by quarter

{text}

| Measure | Q1 | Q2 | Q3 |
|---------|----|----|----|
{rows}

# Recommendations

That the Board note the report.
"""


def long_docx(tables: int) -> bytes:
    """A real Word file with two distinct images and `tables` copies of a section with a table.

    Pandoc reads docx tables slowly, so this makes a conversion that takes seconds and can be
    seen running; copying the section inside document.xml keeps making the file itself quick.
    """
    rows = "\n".join(f"| Indicator {i} | {i} | {i * 2} | {i * 3} |" for i in range(20))
    markdown = LONG_REPORT_MD.format(text="Referrals rose in every quarter. " * 20, rows=rows)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        (workdir / "referrals.png").write_bytes(png_bytes(b"\x1d\x70\x3c"))
        (workdir / "rereferrals.png").write_bytes(png_bytes(b"\xd4\x35\x1c"))
        (workdir / "report.md").write_text(markdown)
        subprocess.run(
            [pypandoc.get_pandoc_path(), "report.md", "-o", "report.docx"], cwd=workdir, check=True
        )
        source = (workdir / "report.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        document = archive.read("word/document.xml").decode()
        heading = document.index("Quarter by quarter")
        start = document.rindex("<w:p>", 0, heading)
        end = document.index("</w:tbl>") + len("</w:tbl>")
        document = document[:end] + document[start:end] * tables + document[end:]
        output = io.BytesIO()
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as copy:
            for entry in archive.infolist():
                data = archive.read(entry.filename)
                if entry.filename == "word/document.xml":
                    data = document.encode()
                copy.writestr(entry, data)
    return output.getvalue()


def with_app_pages(data: bytes, pages: int) -> bytes:
    """The same Word file with docProps/app.xml saying it has `pages` pages, as Word writes it."""
    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            content = source.read(entry.filename)
            if entry.filename == "docProps/app.xml":
                content = re.sub(rb"<Pages>\d+</Pages>", b"<Pages>%d</Pages>" % pages, content)
            target.writestr(entry, content)
    return buffer.getvalue()


def big_docx(paragraphs: int = 28_000) -> bytes:
    """A real Word file of one-line paragraphs (28,000 is about 700 pages), about 100 KB zipped.

    Pandoc copies its reference app.xml, which says one page: the page count has to be
    estimated from the body, as for any file not saved by Word itself.
    """
    line = "Paragraph {n} of the annual report on safeguarding children across the borough."
    return docx_from_markdown("\n\n".join(line.format(n=n) for n in range(paragraphs)))
