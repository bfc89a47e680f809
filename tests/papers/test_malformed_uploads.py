"""Malformed uploads through the real upload and conversion path: a plain reason, nothing lost.

Complements test_conversion_guards.py (truncated docx, zip bomb, oversize, wrong extension,
a .docx named .pdf). Each case here ends with a good upload that still converts.
"""

import struct
import zlib

import pytest

from papers.choices import ConversionStatus
from tests.papers.builders import docx_from_markdown, make_document, make_paper, png_bytes

pytestmark = pytest.mark.django_db


def huge_png(width: int = 20000, height: int = 20000) -> bytes:
    """A few hundred bytes whose header claims an enormous picture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def nested_tables(depth: int) -> str:
    return "<table><tr><td>" * depth + "deep" + "</td></tr></table>" * depth


def converted(meeting, convert, name: str, data: bytes):
    paper = make_paper(
        meeting,
        title=f"Upload {name}",
        slug=f"upload-{abs(hash(name))}",
        source_document=make_document(name, data),
        body="<p>Written by the clerk.</p>",
    )
    return paper, convert(paper)


def assert_failed_and_kept(paper, conversion, clerk_client, words: str) -> None:
    assert conversion.status == ConversionStatus.FAILED
    assert words in conversion.reason
    paper.refresh_from_db()
    assert paper.body == "<p>Written by the clerk.</p>"
    assert paper.source_document is not None
    edit = clerk_client.get(f"/admin/pages/{paper.pk}/edit/")
    assert edit.status_code == 200
    assert words in edit.content.decode()


def assert_good_upload_still_converts(meeting, convert) -> None:
    paper, conversion = converted(meeting, convert, "good.docx", docx_from_markdown())
    assert conversion.status == ConversionStatus.DONE
    assert "Recommendations" in paper.body


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("photo.docx", png_bytes(), "its content is not a .docx file"),
        ("notes.pdf", b"Just some text, not a PDF.", "its content is not a .pdf file"),
        ("report.odt", docx_from_markdown(), "its content is not a .odt file"),
    ],
)
def test_wrong_magic_bytes(meeting, convert, clerk_client, name, data, words):
    paper, conversion = converted(meeting, convert, name, data)
    assert_failed_and_kept(paper, conversion, clerk_client, words)
    assert_good_upload_still_converts(meeting, convert)


def test_huge_image_inside_a_docx(meeting, convert, clerk_client, tmp_path):
    import pypandoc

    (tmp_path / "chart.png").write_bytes(huge_png())
    (tmp_path / "r.md").write_text("# Report\n\n![Huge chart](chart.png)\n")
    output = tmp_path / "r.docx"
    pypandoc.convert_file(str(tmp_path / "r.md"), "docx", outputfile=str(output), cworkdir=tmp_path)
    paper, conversion = converted(meeting, convert, "huge.docx", output.read_bytes())
    assert_failed_and_kept(paper, conversion, clerk_client, "larger than Quorum can show")
    assert not paper.images.exists()
    assert_good_upload_still_converts(meeting, convert)


def test_deeply_nested_tables(meeting, convert, clerk_client):
    data = f"# Report\n\n{nested_tables(200)}\n".encode()
    paper, conversion = converted(meeting, convert, "nested.md", data)
    assert_failed_and_kept(paper, conversion, clerk_client, "tables nested")
    assert_good_upload_still_converts(meeting, convert)


def test_a_few_nested_tables_are_fine(meeting, convert):
    data = f"# Report\n\n{nested_tables(3)}\n".encode()
    paper, conversion = converted(meeting, convert, "nested.md", data)
    assert conversion.status == ConversionStatus.DONE
    assert "deep" in paper.body


def multipart(filename: str, data: bytes, fields: dict[str, str]) -> tuple[bytes, str]:
    """A multipart body with the file name exactly as a hostile client would send it."""
    boundary = "quorumboundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
        for key, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n".encode()
        + data
        + b"\r\n"
    )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


@pytest.mark.parametrize(
    ("sent", "stored"),
    [("../../etc/passwd.docx", "passwd"), ("a\\\\b.docx", "b"), ("..\\\\..\\\\x.docx", "x")],
)
def test_file_names_with_path_separators(
    meeting, convert, clerk_client, settings, tmp_path, sent, stored
):
    from wagtail.documents import get_document_model

    media = tmp_path / "media"
    settings.MEDIA_ROOT = media
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(media)},
        },
    }
    body, content_type = multipart(sent, docx_from_markdown(), {"title": "Hostile name"})
    response = clerk_client.generic("POST", "/admin/documents/add/", body, content_type)
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Hostile name")
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == [media / document.file.name]
    assert document.file.name.startswith("documents/")
    assert ".." not in document.file.name and "\\" not in document.file.name
    assert document.filename.startswith(stored)
    paper = make_paper(meeting, title="Named", slug="named", source_document=document)
    assert convert(paper).status == ConversionStatus.DONE
