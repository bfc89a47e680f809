"""Very large Word files: the clerk hears the real reason, the original stays, the worker lives."""

import os
import resource

import pytest

from papers import conversion as pipeline
from papers.choices import ConversionStatus
from papers.conversion import ConversionRejected, Limits
from tests.papers.builders import (
    big_docx,
    docx_from_markdown,
    make_document,
    make_paper,
    with_app_pages,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def big() -> bytes:
    """Made once: pandoc takes a few seconds to write 28,000 paragraphs."""
    return big_docx()


def converted(meeting, convert, data: bytes):
    """Attach the upload to a published paper written by the clerk, and convert it."""
    document = make_document("annual-report.docx", data)
    paper = make_paper(meeting, source_document=document, body="<p>Written by the clerk.</p>")
    conversion = convert(paper)
    assert conversion.status == ConversionStatus.FAILED
    # The original is kept on the paper, and the clerk's own body is untouched.
    assert paper.source_document_id == document.pk
    assert document.file.read() == data
    assert paper.body == "<p>Written by the clerk.</p>"
    return conversion


def no_pandoc(*args, **kwargs):
    raise AssertionError("pandoc must not run on a file already known to be too large")


def test_a_700_page_word_file_is_refused_with_its_page_count(
    meeting, convert, big, monkeypatch, clerk_client
):
    monkeypatch.setattr(pipeline, "run_pandoc", no_pandoc)
    conversion = converted(meeting, convert, with_app_pages(big, 700))
    assert "too large to convert: 700 pages" in conversion.reason
    assert "at most 300 pages" in conversion.reason
    assert "split it into smaller files or upload a PDF" in conversion.reason
    assert "damaged" not in conversion.reason
    edit = clerk_client.get(f"/admin/pages/{conversion.paper_id}/edit/")
    assert "too large to convert: 700 pages" in edit.content.decode()


def test_a_long_file_without_a_page_count_is_estimated_from_its_paragraphs(
    meeting, convert, big, monkeypatch
):
    monkeypatch.setattr(pipeline, "run_pandoc", no_pandoc)
    conversion = converted(meeting, convert, big)  # app.xml says 1 page: pandoc's stale copy
    assert "too large to convert: about 6" in conversion.reason  # 28,000 one-line paragraphs
    assert "split it into smaller files or upload a PDF" in conversion.reason


def test_the_page_limit_is_a_setting(meeting, convert, settings, monkeypatch):
    settings.QUORUM_PAPER_MAX_PAGES = 2
    monkeypatch.setattr(pipeline, "run_pandoc", no_pandoc)
    conversion = converted(meeting, convert, with_app_pages(docx_from_markdown(), 3))
    assert "too large to convert: 3 pages" in conversion.reason
    assert "at most 2 pages" in conversion.reason


def test_an_ordinary_report_is_not_counted_as_long(meeting, convert):
    paper = make_paper(meeting, source_document=make_document("r.docx", docx_from_markdown()))
    assert convert(paper).status == ConversionStatus.DONE


def test_pandoc_running_out_of_memory_is_not_called_damaged_and_the_worker_lives(
    meeting, convert, big, settings
):
    settings.QUORUM_PAPER_MAX_PAGES = 100_000  # past the page check: pandoc itself must fail
    settings.QUORUM_CONVERSION_MEMORY_MB = 64
    address_space = resource.getrlimit(resource.RLIMIT_AS)
    pid = os.getpid()
    conversion = converted(meeting, convert, big)
    assert "too large to convert" in conversion.reason
    assert "64 MB" in conversion.reason
    assert "split it into smaller files or upload a PDF" in conversion.reason
    assert "damaged" not in conversion.reason
    # The memory limit applied to pandoc only: this process (the worker) is alive, unlimited,
    # and converts the next upload as usual.
    assert os.getpid() == pid
    assert resource.getrlimit(resource.RLIMIT_AS) == address_space
    settings.QUORUM_CONVERSION_MEMORY_MB = 1024
    paper = make_paper(
        meeting, title="Next report", source_document=make_document("n.docx", docx_from_markdown())
    )
    assert convert(paper).status == ConversionStatus.DONE


@pytest.mark.parametrize(
    ("returncode", "stderr"),
    [
        (251, b"pandoc: Heap exhausted;\npandoc: Current maximum heap size is 67108864 bytes"),
        (251, b"pandoc: out of memory\n"),
        (-11, b""),  # GHC's runtime cannot map memory under RLIMIT_AS and faults
        (-9, b""),  # the kernel's out-of-memory killer
        (1, b"MemoryError\n"),
    ],
)
def test_every_way_pandoc_runs_out_of_memory_is_told_as_too_large(returncode, stderr):
    error = pipeline.pandoc_failure(returncode, stderr, Limits(memory_bytes=64 * 1024 * 1024))
    assert isinstance(error, ConversionRejected)
    assert "too large to convert" in str(error)
    assert "damaged" not in str(error)


def test_a_damaged_file_is_still_called_damaged():
    error = pipeline.pandoc_failure(64, b"pandoc: Couldn't parse docx file", Limits())
    assert "damaged or password-protected" in str(error)
