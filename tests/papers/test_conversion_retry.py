"""Conversions run once per file, are retried on request, and a second run changes nothing."""

import pytest
from django.utils import timezone

from papers.choices import ConversionStatus
from papers.models import Conversion, PaperImage
from papers.tasks import convert_paper
from tests.papers.builders import docx_from_markdown, make_document, make_paper

pytestmark = pytest.mark.django_db


def test_running_the_task_twice_gives_one_result(meeting, convert):
    paper = make_paper(meeting, source_document=make_document("r.docx", docx_from_markdown()))
    conversion = convert(paper)
    revisions = paper.revisions.count()
    convert_paper.delay(conversion.pk)
    convert(paper)  # the same file again: no new conversion is queued
    assert Conversion.objects.filter(paper=paper).count() == 1
    assert paper.revisions.count() == revisions
    assert PaperImage.objects.filter(paper=paper).count() == 2


def test_clerk_sees_failure_and_can_retry(
    meeting, convert, clerk_client, django_capture_on_commit_callbacks
):
    paper = make_paper(meeting, source_document=make_document("r.docx", b"PK\x03\x04 broken"))
    conversion = convert(paper)
    assert conversion.status == ConversionStatus.FAILED
    edit = clerk_client.get(f"/admin/pages/{paper.pk}/edit/").content.decode()
    assert "Failed" in edit and conversion.reason.split("(")[0][:40] in edit
    retry_url = f"/admin/papers/conversions/{conversion.pk}/retry/"
    assert clerk_client.get(retry_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = clerk_client.post(retry_url)
    assert response.status_code == 302
    conversion.refresh_from_db()
    assert conversion.attempts == 2
    assert conversion.status == ConversionStatus.FAILED


def test_a_new_upload_is_converted_into_the_page(meeting, convert, client):
    paper = make_paper(meeting, source_document=make_document("r.md", b"# First\n"))
    convert(paper)
    paper.source_document = make_document("r2.md", b"# Second version\n")
    paper.save_revision().publish()
    convert(paper)
    assert Conversion.objects.filter(paper=paper).count() == 2
    assert "<h2>Second version</h2>" in client.get(paper.url).content.decode()


def test_anonymous_cannot_retry(meeting, convert, client):
    paper = make_paper(meeting, source_document=make_document("r.docx", b"PK broken"))
    conversion = convert(paper)
    response = client.post(f"/admin/papers/conversions/{conversion.pk}/retry/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_second_delivery_while_the_first_runs_leaves_one_result(meeting, monkeypatch):
    """Redis hands a slow job out again: both deliveries convert, only one writes the paper."""
    from papers import services

    paper = make_paper(meeting, source_document=make_document("r.docx", docx_from_markdown()))
    conversion = Conversion.objects.create(
        paper=paper, document=paper.source_document, file_hash="x" * 64
    )
    revisions = paper.revisions.count()
    real_convert = services.convert
    deliveries = []

    def convert_while_redelivered(*args, **kwargs):
        result = real_convert(*args, **kwargs)
        if not deliveries:
            deliveries.append("second")
            services.run_conversion(conversion.pk)  # the duplicate finishes first
        return result

    monkeypatch.setattr(services, "convert", convert_while_redelivered)
    services.run_conversion(conversion.pk)
    conversion.refresh_from_db()
    assert conversion.status == ConversionStatus.DONE
    assert conversion.attempts == 2
    assert PaperImage.objects.filter(paper=paper).count() == 2
    assert paper.revisions.count() == revisions + 1


def test_clerk_sees_a_conversion_in_progress(meeting, clerk_client):
    paper = make_paper(meeting, source_document=make_document("r.docx", docx_from_markdown()))
    Conversion.objects.create(
        paper=paper,
        document=paper.source_document,
        file_hash="y" * 64,
        status=ConversionStatus.RUNNING,
        attempts=2,
        started_at=timezone.now(),
    )
    edit = clerk_client.get(f"/admin/pages/{paper.pk}/edit/").content.decode()
    assert "<strong>Converting</strong>" in edit
    assert "(attempt 2)" in edit
    assert "Converting since" in edit
