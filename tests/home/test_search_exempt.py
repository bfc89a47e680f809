"""Site search never shows exempt papers or exempt minutes to anyone not entitled to them."""

import pytest

from boards.models import AgendaItem, MinuteItem, MinutesPage
from tests.factories import PersonFactory, add_member, london, make_board, make_meeting, make_user
from tests.papers.builders import make_paper

pytestmark = pytest.mark.django_db


@pytest.fixture
def exempt_business(home_page):
    board = make_board(home_page, title="Corporate Parenting Panel", short_name="CPP")
    meeting = make_meeting(board, london(2026, 10, 5, 10, 0), items=1)
    meeting.agenda_items = [
        AgendaItem(number="1", title="Open item"),
        AgendaItem(number="2", title="Placement review", exempt=True, exempt_paragraph=1),
    ]
    meeting.save_revision().publish()
    open_item, exempt_item = AgendaItem.objects.filter(meeting=meeting).order_by("sort_order")
    make_paper(meeting, open_item, title="Open Quokkafield report", body="<p>Quokkafield</p>")
    make_paper(
        meeting,
        exempt_item,
        title="Placement costs",
        exempt=True,
        body="<p>The Xylophant placement costs.</p>",
    )
    minutes = MinutesPage(title="Minutes", slug="minutes")
    minutes.items = [
        MinuteItem(agenda_item=open_item, text="<p>Open discussion of Quokkafield.</p>"),
        MinuteItem(agenda_item=exempt_item, text="<p>The Xylophant case was discussed.</p>"),
    ]
    meeting.add_child(instance=minutes)
    minutes.save_revision().publish()
    member = PersonFactory(name="Panel Member")
    add_member(board, member, "member")
    outsider = PersonFactory(name="Someone Else")
    return {"member": make_user("panelmember", member), "outsider": make_user("outsider", outsider)}


def results(client, query: str) -> str:
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def assert_no_exempt_result(html: str) -> None:
    assert "Placement costs" not in html
    # Neither the exempt paper nor the minutes (whose exempt item mentions it) is a result.
    assert 'href="/corporate-parenting-panel/' not in html


def test_public_and_signed_in_outsiders_never_find_exempt_text(client, exempt_business):
    assert_no_exempt_result(results(client, "Xylophant"))
    client.force_login(exempt_business["outsider"])
    assert_no_exempt_result(results(client, "Xylophant"))


def test_open_papers_and_minutes_are_found(client, exempt_business):
    html = results(client, "Quokkafield")
    assert "Open Quokkafield report" in html
    assert "Minutes" in html


def test_members_find_their_boards_exempt_papers(client, exempt_business):
    client.force_login(exempt_business["member"])
    assert "Placement costs" in results(client, "Xylophant")
