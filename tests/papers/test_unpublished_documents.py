"""A document not published with any paper is private: only clerks may download it."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

from papers.models import PaperPage
from papers.wagtail_hooks import guard_paper_documents
from tests.factories import make_user
from tests.papers.builders import make_document

pytestmark = pytest.mark.django_db


def test_a_draft_only_upload_is_not_served_to_the_public(client):
    document = make_document("draft-appendix.pdf", b"%PDF-1.4 secret draft")
    assert client.get(document.url).status_code == 403
    client.force_login(make_user("reader"))
    assert client.get(document.url).status_code == 403


def test_clerks_may_still_fetch_it(clerk):
    document = make_document("draft-appendix.pdf", b"%PDF-1.4 secret draft")
    request = RequestFactory().get(document.url)
    request.user = clerk
    assert guard_paper_documents(document, request) is None
    request.user = make_user("outsider")
    with pytest.raises(PermissionDenied):
        guard_paper_documents(document, request)


def test_a_published_papers_original_report_downloads_as_the_file_the_clerk_uploaded(demo, client):
    paper = PaperPage.objects.get(slug="wscb-annual-report")
    original = paper.source_document
    with original.file.open("rb") as stored:
        uploaded = stored.read()
    response = client.get(original.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert original.filename in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == uploaded
