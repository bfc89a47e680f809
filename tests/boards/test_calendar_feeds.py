"""Public iCalendar feeds: every published meeting once, at the right instant, in any client."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import PageViewRestriction

from boards.feeds import meeting_uid
from tests.boards.calendar_helpers import parse_both, publish_meeting, summaries
from tests.factories import london, make_board, make_meeting

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
LONDON = ZoneInfo("Europe/London")
CAFE = "Café provision \u2013 Birkenhead \u2713"  # multi-byte characters across a fold


@pytest.fixture
def board(home_page):
    return make_board(home_page, title="Test Partnership Board", short_name="TPB")


def test_feed_is_served_as_utf8_calendar_with_publish_headers(client, board):
    publish_meeting(board, london(2027, 1, 11, 14, 0), venue="Wallasey Town Hall")
    response = client.get("/calendar/meetings.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content
    text = body.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert "\r\nMETHOD:PUBLISH\r\n" in text
    assert "\r\nPRODID:-//Quorum//Board meetings//EN\r\n" in text
    assert "\r\nX-WR-CALNAME:All board meetings\r\n" in text
    assert "\r\nNAME:All board meetings\r\n" in text
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in text
    assert "\r\nX-PUBLISHED-TTL:PT6H\r\n" in text
    assert "6:00:00" not in text


def test_lines_end_in_crlf_and_are_folded_at_75_octets(client, board):
    long_title = "Review of the Early Years and Children's Centre commissioning framework " * 3
    publish_meeting(
        board,
        london(2027, 1, 11, 14, 0),
        venue="Committee Room 1, Wallasey Town Hall, Brighton Street, Wallasey, Wirral CH44 8ED",
        agenda=[
            {"title": long_title.strip()},
            {"title": "Café provision \u2013 Birkenhead \u2713"},
        ],
    )
    body = client.get(f"/calendar/boards/{board.pk}.ics").content
    assert body.endswith(b"\r\n")
    lines = body.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines), "long DESCRIPTION must be folded"
    events, _ = parse_both(body)
    (event,) = events.values()
    assert long_title.strip() in str(event["description"])
    assert CAFE in str(event["description"])


def test_every_published_meeting_appears_once_with_its_details(client, board):
    meetings = [
        publish_meeting(board, london(2027, 1, 11, 14, 0), venue="Wallasey Town Hall"),
        publish_meeting(board, london(2027, 3, 8, 14, 0), online_link="https://meet.example/x"),
        publish_meeting(board, london(2027, 5, 10, 14, 0)),
    ]
    body = client.get(f"/calendar/boards/{board.pk}.ics").content
    events, vevents = parse_both(body)
    assert sorted(events) == sorted(meeting_uid(m.pk) for m in meetings)
    assert len(summaries(body)) == 3
    everything, _ = parse_both(client.get("/calendar/meetings.ics").content)
    assert {meeting_uid(m.pk) for m in meetings} <= set(everything)
    first = events[meeting_uid(meetings[0].pk)]
    assert str(first["summary"]).startswith("Test Partnership Board")
    assert str(first["location"]) == "Wallasey Town Hall"
    assert str(first["url"]) == f"https://quorum.example.org{meetings[0].url}"
    assert first["sequence"] == 0
    assert first["dtstamp"].dt.tzinfo is not None and first["dtstamp"].dt.utcoffset() == (
        datetime.timedelta(0)
    )
    assert "LAST-MODIFIED" in first
    assert "Join online: https://meet.example/x" in str(
        events[meeting_uid(meetings[1].pk)]["description"]
    )
    assert vevents[meeting_uid(meetings[0].pk)].location.value == "Wallasey Town Hall"


@pytest.mark.parametrize(
    ("wall_clock", "utc"),
    [
        # Spring forward: Sunday 29 March 2026. Before it GMT (UTC+0), after it BST (UTC+1).
        ((2026, 3, 26, 10, 0), (2026, 3, 26, 10, 0)),
        ((2026, 3, 30, 10, 0), (2026, 3, 30, 9, 0)),
        # Fall back: Sunday 25 October 2026. Before it BST, after it GMT.
        ((2026, 10, 22, 10, 0), (2026, 10, 22, 9, 0)),
        ((2026, 10, 26, 10, 0), (2026, 10, 26, 10, 0)),
        # And the next year's changes: 28 March and 31 October 2027.
        ((2027, 3, 25, 18, 30), (2027, 3, 25, 18, 30)),
        ((2027, 3, 29, 18, 30), (2027, 3, 29, 17, 30)),
        ((2027, 10, 28, 18, 30), (2027, 10, 28, 17, 30)),
        ((2027, 11, 1, 18, 30), (2027, 11, 1, 18, 30)),
    ],
)
def test_start_times_are_right_on_both_sides_of_both_clock_changes(client, board, wall_clock, utc):
    meeting = publish_meeting(board, london(*wall_clock))
    body = client.get("/calendar/meetings.ics").content
    assert f"DTSTART:{datetime.datetime(*utc):%Y%m%dT%H%M%S}Z".encode() in body
    events, vevents = parse_both(body)
    uid = meeting_uid(meeting.pk)
    for start in (events[uid]["dtstart"].dt, vevents[uid].dtstart.value):
        assert start == datetime.datetime(*utc, tzinfo=UTC)
        assert start.astimezone(LONDON).replace(tzinfo=None) == datetime.datetime(*wall_clock)
    assert vevents[uid].dtend.value - vevents[uid].dtstart.value == datetime.timedelta(hours=3)


def test_meeting_with_time_to_be_confirmed_is_a_whole_uk_day(client, board):
    meeting = publish_meeting(board, london(2027, 6, 7, 0, 30), time_to_be_confirmed=True)
    events, _ = parse_both(client.get("/calendar/meetings.ics").content)
    event = events[meeting_uid(meeting.pk)]
    assert event["dtstart"].dt == datetime.date(2027, 6, 7)
    assert event["dtend"].dt == datetime.date(2027, 6, 8)
    assert "Start time to be confirmed." in str(event["description"])


def test_cancelled_meeting_stays_in_the_feed_marked_cancelled(client, board):
    meeting = publish_meeting(board, london(2027, 2, 1, 10, 0), status="cancelled")
    events, vevents = parse_both(client.get("/calendar/meetings.ics").content)
    event = events[meeting_uid(meeting.pk)]
    assert event["status"] == "CANCELLED"
    assert vevents[meeting_uid(meeting.pk)].status.value == "CANCELLED"
    assert str(event["summary"]).startswith("Cancelled: ")


def test_exempt_items_appear_only_as_exempt_item(client, board):
    publish_meeting(
        board,
        london(2027, 2, 1, 10, 0),
        agenda=[
            {"title": "Apologies and introductions"},
            {
                "title": "Staffing restructure in Youth Offending",
                "exempt": True,
                "exempt_paragraph": 1,
            },
        ],
    )
    assert b"Staffing restructure" not in client.get("/calendar/meetings.ics").content
    body = client.get(f"/calendar/boards/{board.pk}.ics").content
    assert b"Staffing restructure" not in body
    events, vevents = parse_both(body)
    (event,) = events.values()
    description = str(event["description"])
    assert "1. Apologies and introductions" in description
    assert "2. Exempt item" in description
    assert "Staffing restructure" not in next(iter(vevents.values())).description.value


def test_unpublished_and_private_board_meetings_are_not_in_public_feeds(client, home_page, board):
    shown = publish_meeting(board, london(2027, 2, 1, 10, 0))
    draft = make_meeting(board, london(2027, 2, 8, 10, 0), publish=False, title="Draft meeting")
    private_board = make_board(home_page, title="Complex Cases Panel")
    PageViewRestriction.objects.create(page=private_board, restriction_type="login")
    hidden = publish_meeting(private_board, london(2027, 2, 15, 10, 0))
    for url in (
        "/calendar/meetings.ics",
        f"/calendar/boards/{board.pk}.ics",
        f"/calendar/boards/{home_page.pk}/with-sub-boards.ics",
    ):
        response = client.get(url)
        if url.endswith("with-sub-boards.ics"):
            assert response.status_code == 404  # the home page is not a board
            continue
        events, _ = parse_both(response.content)
        assert meeting_uid(shown.pk) in events
        assert meeting_uid(draft.pk) not in events
        assert meeting_uid(hidden.pk) not in events
        assert b"Complex Cases Panel" not in response.content
    assert client.get(f"/calendar/boards/{private_board.pk}.ics").status_code == 404
    assert client.get(f"/calendar/meetings/{hidden.pk}.ics").status_code == 404
    assert client.get(f"/calendar/meetings/{draft.pk}.ics").status_code == 404


def test_board_feed_and_board_with_sub_boards_feed(client, board):
    group = make_board(board, title="Early Years Steering Group")
    task_group = make_board(group, title="Two Year Offer Task Group")
    own = publish_meeting(board, london(2027, 2, 1, 10, 0))
    sub = publish_meeting(group, london(2027, 2, 2, 10, 0))
    subsub = publish_meeting(task_group, london(2027, 2, 3, 10, 0))
    elsewhere = make_board(board.get_parent(), title="Other Board")
    other = publish_meeting(elsewhere, london(2027, 2, 4, 10, 0))

    alone, _ = parse_both(client.get(f"/calendar/boards/{board.pk}.ics").content)
    assert set(alone) == {meeting_uid(own.pk)}
    tree_body = client.get(f"/calendar/boards/{board.pk}/with-sub-boards.ics").content
    tree, _ = parse_both(tree_body)
    assert set(tree) == {meeting_uid(m.pk) for m in (own, sub, subsub)}
    assert meeting_uid(other.pk) not in tree
    sub_summary = str(tree[meeting_uid(sub.pk)]["summary"])
    assert sub_summary.startswith("Early Years Steering Group")


def test_single_meeting_ics_for_add_to_calendar(client, board):
    meeting = publish_meeting(board, london(2027, 2, 1, 10, 0))
    publish_meeting(board, london(2027, 3, 1, 10, 0))
    response = client.get(f"/calendar/meetings/{meeting.pk}.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{meeting.slug}.ics"'
    events, _ = parse_both(response.content)
    assert list(events) == [meeting_uid(meeting.pk)]


def test_demo_feed_parses_in_both_parsers_with_each_meeting_once(client, demo):
    from boards.models import MeetingPage

    body = client.get("/calendar/meetings.ics").content
    events, _ = parse_both(body)
    visible = MeetingPage.objects.visible()
    assert len(events) == visible.count() == len(summaries(body))
    september = visible.get(slug="2014-09-29")
    event = events[meeting_uid(september.pk)]
    assert str(event["location"]) == "Committee Room 1, Wallasey Town Hall"
    assert "11. Wirral Children's Trust Future Direction of Travel" in str(event["description"])


def test_feed_bytes_are_what_icalendar_builds(client, board):
    from boards.feeds import build_calendar, feed_meetings, public_meetings, site_root

    publish_meeting(board, london(2027, 2, 1, 10, 0), agenda=[{"title": "Apologies"}])
    publish_meeting(board, london(2027, 3, 1, 10, 0), status="cancelled")
    body = client.get(f"/calendar/boards/{board.pk}.ics").content
    root = site_root()
    meetings = feed_meetings(public_meetings(root).filter(board=board))
    expected = build_calendar(
        "Test Partnership Board", "Public meetings of Test Partnership Board.", meetings, root
    )
    assert body == expected.to_ical()


def test_agenda_edits_reach_the_feed_even_when_written_directly(client, board):
    from boards.models import AgendaItem

    meeting = publish_meeting(board, london(2027, 2, 1, 10, 0), agenda=[{"title": "Apologies"}])
    url = f"/calendar/boards/{board.pk}.ics"
    first = client.get(url)
    assert b"1. Apologies" in first.content
    item = AgendaItem.objects.get(meeting=meeting)
    item.title = "Apologies and introductions"
    item.save()
    # A calendar client holding the old validator gets the new agenda, not a 304.
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]
    events, _ = parse_both(changed.content)
    assert "1. Apologies and introductions" in str(events[meeting_uid(meeting.pk)]["description"])
    AgendaItem.objects.create(meeting=meeting, number="2", title="Any other business")
    events, _ = parse_both(client.get(url).content)
    assert "2. Any other business" in str(events[meeting_uid(meeting.pk)]["description"])
    item.delete()
    events, _ = parse_both(client.get(url).content)
    assert "Apologies" not in str(events[meeting_uid(meeting.pk)]["description"])
