"""A member signs in, copies their personal calendar address, and it holds the next meeting."""

from __future__ import annotations

import urllib.request

import icalendar

from boards.feeds import meeting_uid
from boards.models import MeetingPage
from tests.browser.conftest import sign_in


def test_member_copies_their_calendar_link_and_the_feed_has_their_boards_next_meeting(
    live_demo, ctb_member, next_ctb_meeting, page, browser_context
):
    board = ctb_member.board
    browser_context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_demo.url)

    page.goto(live_demo.url + board.url)
    page.get_by_role("link", name="All boards' meetings, and members' own calendars").click()
    page.get_by_role("link", name="sign in", exact=True).click()
    sign_in(page, ctb_member)
    page.wait_for_url(live_demo.url + "/calendar/")

    # Select the address shown under "My calendar" and copy it, as the member would.
    address = page.locator("#my-calendar ~ ul code")
    address.select_text()
    page.keyboard.press("ControlOrMeta+C")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == address.inner_text()
    assert copied.startswith(live_demo.url + "/calendar/personal/")

    # A calendar program fetches it with no session: the address alone is the key.
    with urllib.request.urlopen(copied, timeout=15) as response:
        assert response.headers["Content-Type"].startswith("text/calendar")
        calendar = icalendar.Calendar.from_ical(response.read())
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}

    upcoming = MeetingPage.objects.live().for_board(board).upcoming()
    assert upcoming.first() == next_ctb_meeting
    event = events[meeting_uid(next_ctb_meeting.pk)]
    assert event.decoded("DTSTART") == next_ctb_meeting.start
    assert str(event["SUMMARY"]).startswith(next_ctb_meeting.title)
    assert "Wallasey Town Hall" in str(event["LOCATION"])

    # Only the member's own boards: other boards' meetings are not in it.
    others = MeetingPage.objects.live().exclude(board=board)
    assert others.exists()
    assert not {meeting_uid(pk) for pk in others.values_list("pk", flat=True)} & set(events)
