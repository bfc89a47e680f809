"""The public meeting page: when, where, status, agenda; exempt items show only their title."""

import pytest

from boards.models import AgendaItem, MeetingPage
from tests.factories import london, make_board, make_meeting

pytestmark = pytest.mark.django_db

SEPTEMBER_AGENDA = [
    ("1", "09:00", "Apologies and Introductions", "Chair"),
    ("2", "09:05", "Declarations of interest", "Chair"),
    ("3", "09:05", "Minutes of the last meeting and actions arising", "Chair"),
    ("4", "09:10", "Alternative Provision", "C Owen, P Smith"),
    ("5", "09:25", "Honour Based Violence &amp; Forced Marriage", "J. Barr"),
    ("6", "09:40", "WSCB Annual Plan", "B. Walker"),
    ("7", "09:55", "Link Forum Annual Report", "L. Loughran"),
    ("8", "10:05", "Early Years and Children&#x27;s Centre Review", "D Gornik"),
    ("9", "10:40", "YP Showcase", "F O&#x27;Shaughnessy"),
    ("10", "10:55", "Foundation Years Project - Update", "Z. Munby"),
    ("11", "11:15", "Wirral Children&#x27;s Trust Future Direction of Travel", "J Hassall"),
    ("12", "11:30", "Vision 2018 Children&#x27;s Integration Workstream", "J Hassall"),
    ("13", "11:40", "Children&#x27;s Trust Joint Commissioning Framework", "J. Monty"),
    ("14", "11:50", "Performance Reports: Year End and Quarter 1", "N. Clarkson"),
]


def agenda_rows(html: str) -> list[str]:
    body = html.split('<table class="agenda">', 1)[1].split("</table>", 1)[0]
    return body.split("<tbody>", 1)[1].split("<tr")[1:]


def test_29_september_2014_agenda_shows_all_14_items_in_order(client, demo):
    meeting = MeetingPage.objects.get(slug="2014-09-29")
    response = client.get(meeting.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Committee Room 1, Wallasey Town Hall" in html
    assert "Monday 29 September 2014" in html
    rows = agenda_rows(html)
    assert len(rows) == 14
    for row, (number, time, title, presenters) in zip(rows, SEPTEMBER_AGENDA, strict=True):
        assert f">{number}</th>" in row
        assert time in row
        assert title in row
        assert presenters in row
    assert "Decision" in rows[10] and "Decision" in rows[12]
    assert "Information" in rows[0]


def test_meeting_page_links_back_to_its_board(client, demo):
    meeting = MeetingPage.objects.get(slug="2014-09-29")
    html = client.get(meeting.url).content.decode()
    assert f'href="{meeting.board.url}"' in html
    assert meeting.board.title.replace("'", "&#x27;") in html


def test_exempt_item_shows_the_public_only_its_paragraph(client, home_page):
    board = make_board(home_page)
    meeting = make_meeting(board, london(2026, 12, 7, 10, 0))
    meeting.agenda_items = [
        AgendaItem(
            number="1",
            title="Staffing restructure",
            presenters="Zebedee Quartermaine",
            description="Confidential detail about named staff",
            start_time=london(2026, 12, 7, 10, 30).time(),
            exempt=True,
            exempt_paragraph=1,
        )
    ]
    meeting.save_revision().publish()
    html = client.get(meeting.url).content.decode()
    assert "Staffing restructure" not in html
    assert "Exempt item (Schedule 12A, paragraph 1)" in html
    assert "Zebedee Quartermaine" not in html
    assert "Confidential detail" not in html
    assert "10:30" not in html


def test_cancelled_meeting_says_so_plainly(client, home_page):
    board = make_board(home_page)
    meeting = make_meeting(
        board, london(2026, 12, 7, 10, 0), status="cancelled", status_note="No quorum expected."
    )
    html = client.get(meeting.url).content.decode()
    assert "This meeting has been cancelled." in html
    assert "No quorum expected." in html


def test_postponed_meeting_says_so_plainly(client, home_page):
    board = make_board(home_page)
    meeting = make_meeting(board, london(2026, 12, 7, 10, 0), status="postponed")
    assert "This meeting has been postponed." in client.get(meeting.url).content.decode()


def test_meeting_with_unknown_start_time_does_not_invent_one(client, demo):
    meeting = MeetingPage.objects.get(slug="2014-07-21")
    html = client.get(meeting.url).content.decode()
    assert "Time not recorded" in html
    assert "00:00" not in html


def test_unpublished_meeting_is_not_shown_to_the_public(client, home_page):
    board = make_board(home_page)
    meeting = make_meeting(board, london(2026, 12, 7, 10, 0), publish=False)
    assert client.get(f"{board.url}{meeting.slug}/").status_code == 404
