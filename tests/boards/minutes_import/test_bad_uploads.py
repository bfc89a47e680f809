"""A file Quorum cannot read gets a plain message on the upload form, never an error page."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from boards.minutes_import import convert
from boards.models import MinutesPage

pytestmark = pytest.mark.django_db


def post(client, meeting, **data):
    response = client.post(reverse("boards_minutes_import", args=[meeting.pk]), data)
    assert response.status_code == 200
    return response.content.decode()


def test_corrupt_docx(clerk_client, september):
    upload = SimpleUploadedFile("minutes.docx", b"PK\x03\x04 this is not really a Word file")
    html = post(clerk_client, september, document=upload)
    assert "The file is damaged or is not really a Word (.docx)" in html
    assert not MinutesPage.objects.child_of(september).exists()


def test_wrong_extension(clerk_client, september):
    upload = SimpleUploadedFile("minutes.pdf", b"%PDF-1.4")
    html = post(clerk_client, september, document=upload)
    assert "is not a .docx or .odt file" in html


def test_nothing_chosen(clerk_client, september):
    html = post(clerk_client, september, text="   ")
    assert "Choose a .docx or .odt file, or paste the minutes." in html


def test_zip_bomb_is_refused(clerk_client, september):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (convert.MAX_UNZIPPED_BYTES + 1))
    upload = SimpleUploadedFile("minutes.docx", buffer.getvalue())
    html = post(clerk_client, september, document=upload)
    assert "expands to far more than a minutes document would" in html


def test_too_large(clerk_client, september, settings, monkeypatch):
    monkeypatch.setattr(convert, "MAX_BYTES", 100)
    upload = SimpleUploadedFile("minutes.docx", b"x" * 101)
    html = post(clerk_client, september, document=upload)
    assert "larger than" in html


def test_garbage_text_proposes_nothing_it_cannot_support(clerk_client, september):
    response = clerk_client.post(
        reverse("boards_minutes_import", args=[september.pk]), {"text": "asdf qwerty 1234 !!!"}
    )
    proposal = response.context["proposal"]
    assert "Quorum found no attendance list, agenda item headings or resolutions" in (
        response.content.decode()
    )
    assert proposal.attendance == [] and proposal.all_actions() == []
    assert all(not item.preticked for item in proposal.items)
