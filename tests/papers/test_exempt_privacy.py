"""An exempt paper, its files and images reach only its board's members, clerks and superusers.

Every route is tried as an anonymous visitor, as a member of another board, and as a member.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from papers.services import request_pack_build, run_pack_build
from tests.factories import PersonFactory, add_member, make_board
from tests.papers.builders import docx_from_markdown, make_document, make_paper

pytestmark = pytest.mark.django_db

SECRET_WORD = "Zanzibarquill"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"  # noqa: E501


def user_with_seat(board, name: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    person = PersonFactory(user=user)
    add_member(board, person)
    return user


@pytest.fixture
def exempt_case(meeting, convert, home_page):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    import io

    buffer = io.BytesIO()
    writer.write(buffer)
    appendix_doc = make_document("placement-list.pdf", buffer.getvalue(), "Placement list")
    source = make_document(
        "placements.docx", docx_from_markdown(f"# {SECRET_WORD}\n\n![Chart](chart.png)\n")
    )
    paper = make_paper(
        meeting,
        title=f"Placements review {SECRET_WORD}",
        slug="placements-review",
        exempt=True,
        source_document=source,
    )
    paper.appendices.create(document=appendix_doc, title="Appendix 1: placement list")
    paper.save_revision().publish()
    convert(paper)
    paper.refresh_from_db()
    other_board = make_board(home_page, title="Other Board")
    return {
        "paper": paper,
        "meeting": meeting,
        "source": source,
        "appendix": appendix_doc,
        "image_id": paper.images.get().image_id,
        "member": user_with_seat(meeting.board, "member"),
        "outsider": user_with_seat(other_board, "outsider"),
    }


def denied(response) -> bool:
    """403, 404, or a redirect to a login page."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and "login" in response["Location"]


def cache_directives(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def check_route(client, case, url: str, *, member_status: int = 200) -> None:
    client.logout()
    assert denied(client.get(url)), f"anonymous reached {url}"
    client.force_login(case["outsider"])
    assert denied(client.get(url)), f"another board's member reached {url}"
    client.force_login(case["member"])
    response = client.get(url)
    assert response.status_code == member_status, url
    if member_status == 200:
        assert {"private", "no-store"} <= cache_directives(response)


def test_page(client, exempt_case):
    check_route(client, exempt_case, exempt_case["paper"].url)
    assert SECRET_WORD in client.get(exempt_case["paper"].url).content.decode()


def test_original_download(client, exempt_case):
    check_route(client, exempt_case, exempt_case["source"].url)


def test_appendix_document(client, exempt_case):
    check_route(client, exempt_case, exempt_case["appendix"].url)


def test_pdf_rendering(client, exempt_case):
    check_route(client, exempt_case, f"/papers/{exempt_case['paper'].pk}/pdf/")


def test_images(client, exempt_case):
    check_route(client, exempt_case, f"/papers/images/{exempt_case['image_id']}/")


def test_preview_and_draft_are_for_editors_only(client, exempt_case, clerk):
    paper = exempt_case["paper"]
    for url in (f"/admin/pages/{paper.pk}/view_draft/", f"/admin/pages/{paper.pk}/edit/preview/"):
        client.logout()
        assert denied(client.get(url))
        for user in (exempt_case["outsider"], exempt_case["member"]):
            client.force_login(user)
            assert denied(client.get(url))
    client.force_login(clerk)
    assert client.get(f"/admin/pages/{paper.pk}/view_draft/").status_code == 200


def test_members_pack(client, exempt_case, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        request_pack_build(exempt_case["meeting"], countdown=0)
    meeting = exempt_case["meeting"]
    check_route(client, exempt_case, f"/papers/packs/{meeting.pk}/members.pdf")
    client.logout()
    public = client.get(f"/papers/packs/{meeting.pk}/public.pdf")
    assert public.status_code == 200
    assert run_pack_build(meeting.packs.get(kind="public").pk) == "unchanged"


def test_search_results(client, exempt_case):
    url = f"/papers/search/?q={SECRET_WORD}"
    for user in (None, exempt_case["outsider"]):
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert "Placements review" not in response.content.decode()
    client.force_login(exempt_case["member"])
    response = client.get(url)
    assert "Placements review" in response.content.decode()
    assert {"private", "no-store"} <= cache_directives(response)


def test_sitemap_and_feed_never_list_exempt_papers(client, exempt_case, meeting):
    open_paper = make_paper(meeting, title="Open report", slug="open-report")
    for user in (None, exempt_case["outsider"], exempt_case["member"]):
        client.logout()
        if user:
            client.force_login(user)
        sitemap = client.get("/sitemap.xml")
        assert sitemap.status_code == 200
        body = b"".join(sitemap.streaming_content) if sitemap.streaming else sitemap.content
        assert b"placements-review" not in body
        assert open_paper.slug.encode() in body
        feed = client.get("/papers/feed/").content.decode()
        assert "Placements review" not in feed
        assert "Open report" in feed


def test_meeting_page_lists_exempt_paper_only_to_members(client, exempt_case, meeting):
    client.logout()
    assert "Placements review" not in client.get(meeting.url).content.decode()
    client.force_login(exempt_case["outsider"])
    assert "Placements review" not in client.get(meeting.url).content.decode()
    client.force_login(exempt_case["member"])
    assert "Placements review" in client.get(meeting.url).content.decode()


def test_former_member_loses_access(client, exempt_case):
    import datetime

    membership = exempt_case["member"].person.memberships.get()
    membership.end_date = datetime.date.today() - datetime.timedelta(days=1)
    membership.save()
    client.force_login(exempt_case["member"])
    assert denied(client.get(exempt_case["paper"].url))
