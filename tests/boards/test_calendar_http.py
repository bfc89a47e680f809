"""Feeds answer conditional requests with 304 and say who may cache them."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.boards.calendar_helpers import publish_meeting, republish
from tests.factories import london, make_board

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(home_page):
    board = make_board(home_page, title="Http Test Board")
    publish_meeting(board, london(2027, 4, 5, 10, 0))
    return board


@pytest.fixture
def url(board):
    return f"/calendar/boards/{board.pk}.ics"


def test_public_feed_has_validators_and_is_publicly_cacheable(client, url):
    response = client.get(url)
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith("GMT")
    assert "public" in response["Cache-Control"]
    assert "max-age=900" in response["Cache-Control"]


def test_matching_etag_gets_304_with_no_body(client, url):
    etag = client.get(url)["ETag"]
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


def test_if_modified_since_gets_304(client, url):
    last_modified = client.get(url)["Last-Modified"]
    response = client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert response.status_code == 304
    assert response.content == b""


def test_publishing_a_change_changes_the_etag(client, url, board):
    first = client.get(url)["ETag"]
    meeting = board.get_children().live().first().specific
    republish(meeting, venue="Birkenhead Town Hall")
    response = client.get(url, HTTP_IF_NONE_MATCH=first)
    assert response.status_code == 200
    assert response["ETag"] != first
    assert b"Birkenhead Town Hall" in response.content


def test_a_new_meeting_changes_the_etag(client, url, board):
    first = client.get(url)["ETag"]
    publish_meeting(board, london(2027, 6, 7, 10, 0))
    assert client.get(url, HTTP_IF_NONE_MATCH=first).status_code == 200


def test_unpublishing_a_meeting_changes_the_etag(client, url, board):
    first = client.get(url)["ETag"]
    board.get_children().live().first().specific.unpublish()
    response = client.get(url, HTTP_IF_NONE_MATCH=first)
    assert response.status_code == 200
    assert b"BEGIN:VEVENT" not in response.content


def test_stale_etag_gets_the_full_feed(client, url):
    response = client.get(url, HTTP_IF_NONE_MATCH='"not-the-current-one"')
    assert response.status_code == 200
    assert b"BEGIN:VEVENT" in response.content


def test_feed_queries_do_not_grow_with_meetings(client, board, home_page):
    url = f"/calendar/boards/{board.pk}.ics"

    def count(**headers) -> int:
        with CaptureQueriesContext(connection) as queries:
            client.get(url, **headers)
        return len(queries)

    client.get(url)
    small = count()
    for day in range(1, 29):
        publish_meeting(board, london(2027, 2, day, 10, 0), agenda=[{"title": "Apologies"}] * 3)
    with CaptureQueriesContext(connection) as first:
        assert client.get(url).content.count(b"Apologies") == 28 * 3
    # + 3 after a change: the validators' aggregate and agenda tokens, and the agendas of
    # meetings not yet cached
    assert len(first) == small + 3 <= 9
    assert count() == small  # nothing changed: validators and events reused, no agenda query
    etag = client.get(url)["ETag"]
    # 304: the site and the board only; no restriction list and no meeting query
    assert count(HTTP_IF_NONE_MATCH=etag) == small - 2


def test_all_meetings_304_reads_neither_meetings_nor_restrictions(client, board):
    etag = client.get("/calendar/meetings.ics")["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/calendar/meetings.ics", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert [q["sql"] for q in queries if "wagtailcore_site" not in q["sql"]] == []


def test_a_restriction_added_after_a_304_is_seen_at_once(client, board, url):
    from wagtail.models import PageViewRestriction

    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    meeting = board.get_children().live().first()
    PageViewRestriction.objects.create(page=meeting, restriction_type="login")
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert b"BEGIN:VEVENT" not in response.content


def test_renaming_a_parent_board_changes_the_etag_of_its_sub_boards_feed(client, board):
    group = make_board(board, title="Http Test Group")
    meeting = publish_meeting(group, london(2027, 4, 6, 10, 0))
    url = f"/calendar/boards/{group.pk}.ics"
    first = client.get(url)
    board.slug = "renamed-http-test-board"
    board.save_revision().publish()  # the publish is written to Wagtail's audit log
    response = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    meeting.refresh_from_db()
    assert "/renamed-http-test-board/" in meeting.url
    assert f"https://quorum.example.org{meeting.url}".encode() in response.content.replace(
        b"\r\n ", b""
    )
