"""Edits published through Wagtail keep the UID and raise SEQUENCE: calendars update in place."""

from __future__ import annotations

import datetime

import pytest

from boards.feeds import meeting_uid
from boards.models import MeetingPage
from tests.boards.calendar_helpers import parse_both, publish_meeting, republish
from tests.factories import london, make_board

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(home_page):
    return make_board(home_page, title="Sequence Test Board")


def feed_event(client, board, meeting):
    events, vevents = parse_both(client.get(f"/calendar/boards/{board.pk}.ics").content)
    uid = meeting_uid(meeting.pk)
    assert list(events) == [uid], "the edited meeting must not appear twice"
    return events[uid], vevents[uid]


def test_new_meeting_starts_at_sequence_zero(client, board):
    meeting = publish_meeting(board, london(2027, 4, 5, 10, 0))
    event, vevent = feed_event(client, board, meeting)
    assert event["sequence"] == 0
    assert vevent.sequence.value == "0"


def test_moving_a_meeting_keeps_its_uid_and_raises_sequence(client, board):
    meeting = publish_meeting(board, london(2027, 4, 5, 10, 0))
    republish(meeting, start=london(2027, 4, 12, 14, 0), end=london(2027, 4, 12, 16, 0))
    event, vevent = feed_event(client, board, meeting)
    assert event["sequence"] == 1
    assert vevent.dtstart.value == datetime.datetime(2027, 4, 12, 13, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    "change",
    [
        {"venue": "Birkenhead Town Hall"},
        {"end": london(2027, 4, 5, 12, 30)},
        {"status": "postponed", "status_note": "New date to follow."},
        {"online_link": "https://meet.example/ctb"},
    ],
)
def test_each_change_of_time_place_or_status_raises_sequence(client, board, change):
    meeting = publish_meeting(board, london(2027, 4, 5, 10, 0))
    republish(meeting, **change)
    event, _ = feed_event(client, board, meeting)
    assert event["sequence"] == 1


def test_cancelling_keeps_the_meeting_with_higher_sequence(client, board):
    meeting = publish_meeting(board, london(2027, 4, 5, 10, 0))
    republish(meeting, venue="Birkenhead Town Hall")
    republish(meeting, status="cancelled", status_note="Not quorate.")
    event, vevent = feed_event(client, board, meeting)
    assert event["sequence"] == 2
    assert event["status"] == "CANCELLED"
    assert vevent.status.value == "CANCELLED"
    assert "Not quorate." in str(event["description"])


def test_edits_that_do_not_touch_time_place_or_status_keep_the_sequence(client, board):
    meeting = publish_meeting(board, london(2027, 4, 5, 10, 0))
    republish(meeting, title="Sequence Test Board, 5 April 2027 (extraordinary)")
    event, _ = feed_event(client, board, meeting)
    assert event["sequence"] == 0
    assert "extraordinary" in str(event["summary"])


def test_draft_changes_do_not_reach_the_feed_until_published(client, board):
    meeting = publish_meeting(board, london(2027, 4, 5, 10, 0))
    draft = MeetingPage.objects.get(pk=meeting.pk)
    draft.start = london(2027, 5, 5, 10, 0)
    draft.end = london(2027, 5, 5, 12, 0)
    draft.save_revision()
    event, _ = feed_event(client, board, meeting)
    assert event["sequence"] == 0
    assert event["dtstart"].dt == datetime.datetime(2027, 4, 5, 9, 0, tzinfo=datetime.UTC)


def test_changes_before_first_publication_do_not_count(client, board):
    from tests.factories import make_meeting

    meeting = make_meeting(board, london(2027, 4, 5, 10, 0), publish=False)
    meeting.venue = "Wallasey Town Hall"
    meeting.save()
    meeting.save_revision().publish()
    event, _ = feed_event(client, board, meeting)
    assert event["sequence"] == 0


def test_uid_is_opaque(board):
    meeting = publish_meeting(board, london(2027, 4, 5, 10, 0))
    uid = meeting_uid(meeting.pk)
    assert uid == meeting_uid(meeting.pk)
    assert "@" not in uid and "localhost" not in uid and str(meeting.pk) != uid
    assert len(uid) == 36
