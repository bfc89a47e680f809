"""Pages are found in a fixed number of queries however deeply boards nest, and routing still
answers exactly as Wagtail's does: sub-routes, unpublished pages and unknown addresses."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.factories import london, make_board, make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    """A board, a group two levels below it, and a meeting on each."""
    board = make_board(home_page, title="Trust Board", short_name="TB")
    group = make_board(board, title="Sub Group", short_name="SG")
    task = make_board(group, title="Task Group", short_name="TG")
    top = make_meeting(board, london(2026, 12, 1, 10, 0))
    deep = make_meeting(task, london(2026, 12, 2, 10, 0))
    return board, task, top, deep


def routing_queries(rf, url: str) -> tuple[Page, int]:
    request = rf.get(url)
    with CaptureQueriesContext(connection) as captured:
        page, *_ = Page.route_for_request(request, url)
    return page, len(captured)


def test_nesting_does_not_add_queries(rf, tree):
    _board, _task, top, deep = tree
    found_top, top_queries = routing_queries(rf, top.url)
    found_deep, deep_queries = routing_queries(rf, deep.url)
    assert (found_top.pk, found_deep.pk) == (top.pk, deep.pk)
    assert type(found_deep).__name__ == "MeetingPage"
    assert deep.depth == top.depth + 2
    assert deep_queries == top_queries <= 5


def test_pages_sub_routes_and_missing_pages_answer_as_before(client, tree):
    _board, task, top, deep = tree
    assert client.get(deep.url).status_code == 200
    assert client.get(f"{task.url}actions/").status_code == 200  # a board's own sub-route
    assert client.get(f"{task.url}no-such-page/").status_code == 404
    assert client.get(f"{deep.url}no-such-page/").status_code == 404
    deep.unpublish()
    assert client.get(deep.url).status_code == 404
    task.unpublish()
    assert client.get(f"{task.url}actions/").status_code == 404
    assert client.get(top.url).status_code == 200


def test_a_moved_meeting_is_found_at_its_new_address(client, tree):
    board, _task, _top, deep = tree
    old_url = deep.url
    deep.move(board, pos="last-child")
    deep.refresh_from_db()
    moved = client.get(old_url)
    assert (moved.status_code, moved["Location"]) == (301, deep.url)
    assert client.get(deep.url).status_code == 200


def test_a_very_long_address_is_refused_without_a_huge_query(rf, client, tree):
    board = tree[0]
    url = board.url + "a/" * 500
    request = rf.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert Page.route_for_request(request, url) is None
    assert max(len(query["sql"]) for query in captured) < 5_000
    assert client.get(url).status_code == 404
