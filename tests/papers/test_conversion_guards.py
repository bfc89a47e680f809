"""Bad uploads are refused with a reason the clerk understands, and nothing is lost."""

import pytest

from papers.choices import ConversionStatus
from papers.conversion import ConversionRejected, check_upload
from tests.papers.builders import docx_from_markdown, make_document, make_paper, zip_bomb

pytestmark = pytest.mark.django_db


def failed_upload(meeting, convert, name, data, clerk_client):
    """Attach an upload to a published paper, convert it, and check nothing was lost."""
    document = make_document(name, data)
    paper = make_paper(meeting, source_document=document, body="<p>Written by the clerk.</p>")
    conversion = convert(paper)
    assert conversion.status == ConversionStatus.FAILED
    assert paper.source_document_id == document.pk
    assert paper.body == "<p>Written by the clerk.</p>"
    edit = clerk_client.get(f"/admin/pages/{paper.pk}/edit/")
    assert edit.status_code == 200
    assert "Retry conversion" in edit.content.decode()
    return conversion


def test_corrupt_docx_fails_with_a_reason(meeting, convert, clerk_client):
    data = docx_from_markdown()[:4000]
    conversion = failed_upload(meeting, convert, "report.docx", data, clerk_client)
    assert "damaged" in conversion.reason or "not a .docx" in conversion.reason


def test_oversize_file_is_refused(meeting, convert, clerk_client, settings):
    settings.QUORUM_PAPER_MAX_BYTES = 5000
    conversion = failed_upload(meeting, convert, "big.docx", docx_from_markdown(), clerk_client)
    assert "papers can be at most" in conversion.reason


def test_zip_bomb_is_refused_before_unpacking(meeting, convert, clerk_client):
    conversion = failed_upload(meeting, convert, "bomb.docx", zip_bomb(), clerk_client)
    assert "would unpack to" in conversion.reason


def test_wrong_extension_is_refused(meeting, convert, clerk_client):
    conversion = failed_upload(meeting, convert, "report.exe", b"MZ\x90\x00", clerk_client)
    assert "not a file type Quorum accepts" in conversion.reason


def test_content_must_match_extension(meeting, convert, clerk_client):
    conversion = failed_upload(meeting, convert, "report.pdf", docx_from_markdown(), clerk_client)
    assert "its content is not a .pdf file" in conversion.reason


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.rtf", b"hello", "not a .rtf file"),
        ("notes.md", b"caf\xe9", "not UTF-8"),
        ("empty.docx", b"", "empty"),
    ],
)
def test_check_upload_explains_each_refusal(name, data, message):
    with pytest.raises(ConversionRejected, match=message):
        check_upload(name, data)


def test_pdf_is_kept_not_converted(meeting, convert):
    paper = make_paper(meeting, source_document=make_document("r.pdf", b"%PDF-1.4\n%%EOF"))
    conversion = convert(paper)
    assert conversion.status == ConversionStatus.KEPT
