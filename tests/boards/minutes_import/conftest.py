"""The demo CTB meeting of 29 September 2014, and .docx files generated at test time."""

from __future__ import annotations

import pypandoc
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from boards.models import BoardPage, MeetingPage


def docx(markdown: str, tmp_path, name: str = "minutes.docx", fmt: str = "docx"):
    """A Word (or OpenDocument) file generated from markdown, as a clerk would upload it."""
    path = tmp_path / name
    pypandoc.convert_text(markdown, fmt, format="md", outputfile=str(path))
    return SimpleUploadedFile(name, path.read_bytes())


@pytest.fixture
def ctb(demo) -> BoardPage:
    return BoardPage.objects.get(slug="childrens-trust-board")


@pytest.fixture
def september(ctb) -> MeetingPage:
    return MeetingPage.objects.child_of(ctb).get(start__date="2014-09-29")


@pytest.fixture
def july(ctb) -> MeetingPage:
    return MeetingPage.objects.child_of(ctb).get(slug="2014-07-21")
