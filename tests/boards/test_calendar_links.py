"""Board and meeting pages offer their calendars: subscribe links and "add to calendar"."""

from __future__ import annotations

import pytest
from wagtail.models import PageViewRestriction

from tests.boards.calendar_helpers import publish_meeting
from tests.factories import london, make_board

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(home_page):
    return make_board(home_page, title="Links Test Board")


def test_board_page_links_its_feeds(client, board):
    html = client.get(board.url).content.decode()
    board_feed = f"/calendar/boards/{board.pk}.ics"
    tree_feed = f"/calendar/boards/{board.pk}/with-sub-boards.ics"
    assert (
        f'<link rel="alternate" type="text/calendar" title="Meetings of Links Test Board" '
        f'href="https://quorum.example.org{board_feed}">'
    ) in html
    assert 'type="text/calendar" title="Meetings of Links Test Board and its sub-boards"' in html
    for feed in (board_feed, tree_feed):
        assert f'href="webcal://quorum.example.org{feed}"' in html
        assert f'href="https://quorum.example.org{feed}"' in html
    assert f'href="/subscribe/{board.pk}/"' in html
    assert f'href="/feeds/boards/{board.pk}.rss"' in html
    assert 'type="application/atom+xml"' in html


def test_meeting_page_offers_add_to_calendar_and_the_boards_feed(client, board):
    meeting = publish_meeting(board, london(2027, 1, 4, 10, 0))
    html = client.get(meeting.url).content.decode()
    ics = f"https://quorum.example.org/calendar/meetings/{meeting.pk}.ics"
    assert f'<a href="{ics}" download>Add to calendar (.ics)</a>' in html
    assert f'<link rel="alternate" type="text/calendar" title="This meeting" href="{ics}">' in html
    assert f'href="webcal://quorum.example.org/calendar/boards/{board.pk}.ics"' in html
    assert 'type="text/calendar" title="All meetings of Links Test Board"' in html
    assert client.get(ics.removeprefix("https://quorum.example.org")).status_code == 200


def test_private_board_pages_offer_no_public_feed_that_would_fail(client, board, clerk):
    PageViewRestriction.objects.create(page=board, restriction_type="login")
    meeting = publish_meeting(board, london(2027, 1, 4, 10, 0))
    client.force_login(clerk)
    board_html = client.get(board.url).content.decode()
    meeting_html = client.get(meeting.url).content.decode()
    for html in (board_html, meeting_html):
        assert "text/calendar" not in html
        assert "webcal://" not in html
    assert "Add to calendar" not in meeting_html


def test_demo_board_page_links_its_feed(client, demo):
    from boards.models import BoardPage

    board = BoardPage.objects.get(slug="childrens-trust-board")
    html = client.get(board.url).content.decode()
    assert f"webcal://quorum.example.org/calendar/boards/{board.pk}.ics" in html
