"""A document not published with any paper is private: only clerks may download it."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

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
