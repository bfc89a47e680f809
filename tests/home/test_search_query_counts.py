"""A search page costs the same number of queries whatever the number of results shown."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from boards.models import AgendaItem
from tests.factories import london, make_board, make_meeting

pytestmark = pytest.mark.django_db


def add_meetings(board, word: str, count: int) -> None:
    for day in range(1, count + 1):
        meeting = make_meeting(board, london(2025, 2, day, 10, 0), publish=False)
        meeting.agenda_items = [
            AgendaItem(number=str(n), title=f"{word} item {n}", sort_order=n) for n in range(4)
        ]
        meeting.save_revision().publish()


def queries_for(client, query: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return len(captured)


def test_search_queries_do_not_grow_with_results(client, home_page):
    board = make_board(home_page, title="Count Board")
    add_meetings(board, "Vellum", 2)
    add_meetings(make_board(home_page, title="Other Board"), "Parchment", 9)
    queries_for(client, "vellum")  # warm the site caches both searches share
    few = queries_for(client, "vellum")
    many = queries_for(client, "parchment")
    assert few == many
    assert many <= 20  # three queries for each of the four searchable page types
