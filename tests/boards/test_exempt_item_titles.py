"""An exempt agenda item's title follows one rule on every route.

The public see "Exempt item (Schedule 12A, paragraph 2)"; the board's members and clerks see the
title. Page, pack, search, feeds, calendars and emails all say the same.
"""

import io

import pytest
from django.core import mail
from pypdf import PdfReader

from boards.models import AgendaItem, Subscription
from papers.services import request_pack_build
from tests.boards.calendar_helpers import publish_meeting
from tests.factories import PersonFactory, add_member, london, make_board, make_user
from tests.papers.builders import make_paper

pytestmark = pytest.mark.django_db

TITLE = "Ocelotmarsh placement review"
PUBLIC = "Exempt item (Schedule 12A, paragraph 2)"


@pytest.fixture
def sitting(home_page, django_capture_on_commit_callbacks):
    """A published meeting with an exempt item, a subscriber, a member and built packs."""
    board = make_board(home_page, title="Corporate Parenting Panel", short_name="CPP")
    Subscription.objects.create(board=board, email="parent@example.org").confirm()
    with django_capture_on_commit_callbacks(execute=True):
        meeting = publish_meeting(
            board,
            london(2027, 3, 1, 10, 0),
            agenda=[
                {"title": "Open business"},
                {"title": TITLE, "exempt": True, "exempt_paragraph": 2, "presenters": "Q Vole"},
            ],
        )
    open_item, exempt_item = AgendaItem.objects.filter(meeting=meeting).order_by("sort_order")
    make_paper(meeting, open_item, title="Open report", slug="open", body="<p>Open text</p>")
    # An open paper under the exempt item (e.g. a covering note) names the item on its page.
    note = make_paper(meeting, exempt_item, title="Covering note", slug="note", body="<p>n</p>")
    with django_capture_on_commit_callbacks(execute=True):
        request_pack_build(meeting, countdown=0)
    member = PersonFactory(name="Panel Member")
    add_member(board, member, "member")
    return {"board": board, "meeting": meeting, "note": note, "member": make_user("pm", member)}


def pdf_text(response) -> str:
    assert response.status_code == 200
    data = b"".join(response.streaming_content)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_public_meeting_page_shows_only_exempt_item_and_paragraph(client, sitting):
    html = client.get(sitting["meeting"].url).content.decode()
    assert TITLE not in html
    assert PUBLIC in html
    assert "Q Vole" not in html


def test_board_member_sees_the_title_on_the_meeting_page(client, sitting):
    client.force_login(sitting["member"])
    response = client.get(sitting["meeting"].url)
    assert TITLE in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_public_paper_page_does_not_name_its_exempt_item(client, sitting):
    html = client.get(sitting["note"].url).content.decode()
    assert TITLE not in html
    assert PUBLIC in html
    client.force_login(sitting["member"])
    assert TITLE in client.get(sitting["note"].url).content.decode()


def test_public_pack_does_not_name_the_exempt_item_and_members_pack_does(client, sitting):
    meeting = sitting["meeting"]
    text = pdf_text(client.get(f"/papers/packs/{meeting.pk}/public.pdf"))
    assert "Ocelotmarsh" not in text
    assert "Q Vole" not in text
    assert "Exempt item" in text and "paragraph 2" in text
    client.force_login(sitting["member"])
    assert "Ocelotmarsh" in pdf_text(client.get(f"/papers/packs/{meeting.pk}/members.pdf"))


def test_search_for_the_exempt_title_finds_nothing_for_the_public(client, sitting):
    html = client.get("/search/", {"q": "Ocelotmarsh"}).content.decode()
    assert sitting["meeting"].url not in html
    assert "placement review" not in html  # the query itself is echoed, nothing more
    # Found by its open item, the meeting's snippet says "Exempt item", never the title.
    html = client.get("/search/", {"q": "Open business"}).content.decode()
    assert sitting["meeting"].url in html
    assert "Ocelotmarsh" not in html


def test_feeds_and_calendars_do_not_name_the_exempt_item(client, sitting):
    board, meeting = sitting["board"], sitting["meeting"]
    for url in (
        f"/feeds/boards/{board.pk}.rss",
        f"/feeds/boards/{board.pk}.atom",
        "/feeds/latest.rss",
        f"/calendar/boards/{board.pk}.ics",
        f"/calendar/meetings/{meeting.pk}.ics",
        "/calendar/meetings.ics",
    ):
        response = client.get(url)
        body = (
            b"".join(response.streaming_content) if response.streaming else response.content
        ).decode()
        assert response.status_code == 200, url
        assert "Ocelotmarsh" not in body, url
        assert "Exempt item (Schedule 12A" in body.replace("\r\n ", "").replace("\\,", ","), url


def test_notice_email_does_not_name_the_exempt_item(sitting):
    notices = [m for m in mail.outbox if m.to == ["parent@example.org"]]
    assert notices, "the agenda notice was sent"
    assert all("Ocelotmarsh" not in m.body for m in notices)
    assert any(f"2. {PUBLIC}" in m.body for m in notices)
