"""The home page: the boards as a tree and the next meetings across all boards."""

import datetime

import pytest
import time_machine

from boards.models import BoardPage
from tests.factories import london, make_board, make_meeting

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 23, 12, 0, tzinfo=datetime.UTC)


def test_home_page_shows_the_board_tree(client, demo, home_page):
    html = client.get(home_page.url).content.decode()
    ctb = BoardPage.objects.get(slug="childrens-trust-board")
    ehssg = BoardPage.objects.get(slug="early-help-strategic-steering-group")
    assert f'href="{ctb.url}"' in html and f'href="{ehssg.url}"' in html
    # The steering group is nested inside the Trust Board's list item.
    ctb_item = html.split(f'href="{ctb.url}"', 1)[1].split('href="/wirral-safeguarding', 1)[0]
    assert f'href="{ehssg.url}"' in ctb_item


@time_machine.travel(NOW, tick=False)
def test_home_page_lists_next_meetings_across_boards(client, demo, home_page):
    html = client.get(home_page.url).content.decode()
    upcoming = html.split('id="next-meetings"', 1)[1].split('id="boards"', 1)[0]
    assert "Best Start Partnership Board" in upcoming
    assert "16 December 2026" in upcoming
    assert "2014" not in upcoming


@time_machine.travel(NOW, tick=False)
def test_cancelled_meeting_stays_on_the_home_page_marked_cancelled(client, home_page):
    board = make_board(home_page, title="Domestic Abuse Committee")
    make_meeting(board, london(2026, 11, 30, 10, 0), status="cancelled", title="DAC November")
    html = client.get(home_page.url).content.decode()
    row = html.split("DAC November", 1)[1].split("</tr>", 1)[0]
    assert "Cancelled" in row


def test_unpublished_boards_are_not_listed(client, home_page):
    board = make_board(home_page, title="Draft Task Group")
    board.unpublish()
    assert "Draft Task Group" not in client.get(home_page.url).content.decode()
