"""The public board page: purpose, terms of reference, members by role, sub-boards, meetings."""

import datetime

import pytest
import time_machine

from boards.models import BoardPage
from tests.factories import PersonFactory, add_member, london, make_board, make_meeting

pytestmark = pytest.mark.django_db


def test_childrens_trust_board_shows_its_chair_and_sub_boards(client, demo):
    board = BoardPage.objects.get(slug="childrens-trust-board")
    html = client.get(board.url).content.decode()
    chair_section = html.split(">Chair</h3>", 1)[1].split("</ul>", 1)[0]
    assert "Councillor Tony Smith" in chair_section
    assert "Children&#x27;s Trust Executive" in html
    assert "Early Help Strategic Steering Group" in html
    assert "Terms of reference" in html


def test_sub_board_links_to_the_board_it_reports_to(client, demo):
    board = BoardPage.objects.get(slug="early-help-strategic-steering-group")
    html = client.get(board.url).content.decode()
    parent = BoardPage.objects.get(slug="childrens-trust-board")
    assert "Reports to" in html
    assert f'href="{parent.url}"' in html


def test_members_are_grouped_by_role_with_their_organisation(client, home_page):
    board = make_board(home_page)
    add_member(board, PersonFactory(name="Ann Chair", organisation__name="Wirral Council"), "chair")
    add_member(board, PersonFactory(name="Bob Member", organisation__name="Merseyside Police"))
    add_member(
        board,
        PersonFactory(name="Gone Member"),
        end_date=datetime.date(2000, 1, 1),
        start_date=datetime.date(1999, 1, 1),
    )
    html = client.get(board.url).content.decode()
    assert html.index(">Chair</h3>") < html.index("Ann Chair") < html.index(">Member</h3>")
    assert html.index(">Member</h3>") < html.index("Bob Member")
    assert "(Merseyside Police)" in html
    assert "Gone Member" not in html


@time_machine.travel(datetime.datetime(2026, 11, 23, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_meetings_split_into_upcoming_and_past(client, home_page):
    board = make_board(home_page)
    make_meeting(board, london(2026, 12, 7, 10, 0), title="December meeting")
    make_meeting(board, london(2026, 9, 7, 10, 0), title="September meeting")
    html = client.get(board.url).content.decode()
    upcoming, past = html.split('id="upcoming"', 1)[1].split('id="past"', 1)
    assert "December meeting" in upcoming and "September meeting" not in upcoming
    assert "September meeting" in past


def test_past_meetings_are_paginated(client, home_page):
    board = make_board(home_page)
    for month in range(1, 13):
        make_meeting(board, london(2013, month, 2, 10, 0), title=f"Meeting 2013-{month:02}")
    first = client.get(board.url).content.decode()
    assert "Meeting 2013-12" in first and "Meeting 2013-02" not in first
    assert "page 1 of 2" in first
    second = client.get(board.url, {"past": 2}).content.decode()
    assert "Meeting 2013-02" in second and "Meeting 2013-12" not in second
    # A nonsense page number falls back to a page rather than an error.
    assert client.get(board.url, {"past": "x"}).status_code == 200
