"""Page cost does not grow with the record: same queries for 5 or 50 items, 3 or 300 meetings."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import PersonFactory, add_member, london, make_board, make_meeting

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_meeting_page_queries_do_not_grow_with_agenda_items(client, home_page):
    board = make_board(home_page)
    small = make_meeting(board, london(2026, 12, 7, 10, 0), items=5)
    large = make_meeting(board, london(2026, 12, 14, 10, 0), items=50)
    queries_for(client, small.url)  # warm the site-root cache both pages share
    small_count = queries_for(client, small.url)
    large_count = queries_for(client, large.url)
    assert small_count == large_count
    assert large_count <= 18  # + papers, packs (issue 3), private check (calendar links)


def test_meeting_page_queries_do_not_grow_with_papers(client, home_page):
    from tests.papers.builders import make_paper

    board = make_board(home_page)
    few = make_meeting(board, london(2026, 12, 7, 10, 0), items=3)
    many = make_meeting(board, london(2026, 12, 14, 10, 0), items=3)
    few.save_revision().publish()
    many.save_revision().publish()
    make_paper(few, title="Only paper")
    for n in range(12):
        item = list(many.agenda_items.all())[n % 3]
        make_paper(many, item, title=f"Paper {n}")
    queries_for(client, few.url)
    assert queries_for(client, few.url) == queries_for(client, many.url)
    assert "Paper 11" in client.get(many.url).content.decode()


def test_board_page_queries_do_not_grow_with_meetings_or_members(client, home_page):
    small = make_board(home_page, title="Small Board")
    large = make_board(home_page, title="Large Board")
    start = london(2000, 1, 3, 10, 0)
    for n in range(3):
        make_meeting(small, start + datetime.timedelta(days=7 * n))
        add_member(small, PersonFactory(), "member")
    for n in range(300):
        make_meeting(large, start + datetime.timedelta(days=7 * n))
    for n in range(30):
        add_member(large, PersonFactory(), "chair" if n == 0 else "member")
    make_board(large, title="Sub Group", slug="sub-group")
    queries_for(client, small.url)
    small_count = queries_for(client, small.url)
    large_count = queries_for(client, large.url)
    assert small_count == large_count
    assert large_count <= 15  # + 1: is the board private (calendar links)


def test_home_page_queries_do_not_grow_with_boards(client, home_page, demo):
    before = queries_for(client, home_page.url)
    for n in range(20):
        board = make_board(home_page, title=f"Extra Board {n}")
        make_meeting(board, london(2027, 1, 4 + n % 20, 10, 0))
    after = queries_for(client, home_page.url)
    assert before == after
