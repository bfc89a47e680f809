"""Every link Quorum sends out (emails, feeds, calendars, signed links) uses the configured base."""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET

import icalendar
import pytest
import time_machine
from django.core import mail

from actions.tasks import send_reminders
from boards.models import CalendarToken, MeetingPage, Subscription
from tests.boards.calendar_helpers import publish_meeting
from tests.factories import (
    PersonFactory,
    add_member,
    london,
    make_action,
    make_board,
    make_meeting,
    make_user,
)
from tests.papers.builders import make_paper

pytestmark = pytest.mark.django_db

BASE = "https://board.example.gov.uk"
URL = re.compile(r"(?:https?|webcal)://[^\s<>\"']+")


@pytest.fixture
def base(settings):
    settings.QUORUM_BASE_URL = BASE
    settings.WAGTAILADMIN_BASE_URL = BASE
    return BASE


def links(text: str) -> list[str]:
    found = URL.findall(text)
    assert found, "expected at least one link"
    return found


def assert_all_on_base(text: str) -> None:
    for link in links(text):
        if link.startswith(("https://meet.example", "http://www.w3.org", "http://purl.org")):
            continue
        assert link.startswith((f"{BASE}/", f"webcal://{BASE[8:]}/")), link
    assert "localhost" not in text and "testserver" not in text


@pytest.fixture
def board(home_page):
    return make_board(home_page, title="Base Url Board")


def test_subscription_confirmation_links_to_the_configured_site(
    client, board, base, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/subscribe/{board.pk}/", {"email": "reader@example.org"})
    (confirmation,) = mail.outbox
    assert f"{BASE}/subscribe/confirm/" in confirmation.body
    assert_all_on_base(confirmation.body)


def test_meeting_notices_and_their_unsubscribe_headers_use_the_configured_site(
    board, base, django_capture_on_commit_callbacks
):
    Subscription.objects.create(board=board, email="reader@example.org").confirm()
    with django_capture_on_commit_callbacks(execute=True):
        meeting = publish_meeting(board, london(2027, 3, 1, 10, 0))
    (notice,) = mail.outbox
    assert f"{BASE}{meeting.url}" in notice.body
    assert notice.extra_headers["List-Unsubscribe"].startswith(f"<{BASE}/unsubscribe/")
    assert_all_on_base(notice.body + notice.extra_headers["List-Unsubscribe"])


@time_machine.travel(datetime.datetime(2026, 11, 23, 7, 0, tzinfo=datetime.UTC), tick=False)
def test_owner_and_chair_reminders_use_the_configured_site(home_page, base):
    board = make_board(home_page, title="Reminder Board")
    owner = PersonFactory(name="Owner", email="owner@example.org")
    chair = PersonFactory(name="Chair", email="chair@example.org")
    add_member(board, owner, "member")
    add_member(board, chair, "chair")
    make_action(board, owner=owner, due_date=datetime.date(2026, 11, 25))
    make_meeting(board, london(2026, 11, 30, 10, 0))
    send_reminders.delay()
    bodies = {m.to[0]: m.body for m in mail.outbox}
    assert f"{BASE}/actions/update/" in bodies["owner@example.org"]
    assert f"{BASE}/" in bodies["chair@example.org"]
    for body in bodies.values():
        assert_all_on_base(body)


def test_rss_and_atom_feeds_link_to_the_configured_site_whatever_the_host_asked(
    client, board, base
):
    meeting = publish_meeting(board, london(2027, 1, 4, 10, 0))
    for url in (
        f"/feeds/boards/{board.pk}.rss",
        f"/feeds/boards/{board.pk}.atom",
        "/feeds/latest.rss",
        "/feeds/latest.atom",
    ):
        body = client.get(url, HTTP_HOST="localhost").content.decode()
        assert f"{BASE}{meeting.url}" in body, url
        root = ET.fromstring(body)
        hrefs = [el.get("href") for el in root.iter() if el.get("href")]
        texts = [el.text for el in root.iter() if el.tag.endswith("link") and el.text]
        for link in hrefs + texts:
            assert link.startswith(f"{BASE}/"), (url, link)


def test_papers_feed_links_to_the_configured_site(client, board, base):
    meeting = publish_meeting(board, london(2027, 1, 4, 10, 0), agenda=[{"title": "Report"}])
    paper = make_paper(MeetingPage.objects.get(pk=meeting.pk))
    body = client.get("/papers/feed/", HTTP_HOST="localhost").content.decode()
    assert f"{BASE}{paper.url}" in body
    channel = ET.fromstring(body).find("channel")
    for link in channel.iter("link"):
        assert link.text.startswith(f"{BASE}/"), link.text


def test_calendars_carry_the_configured_site(client, board, base):
    meeting = publish_meeting(board, london(2027, 1, 4, 10, 0))
    for url in (f"/calendar/boards/{board.pk}.ics", f"/calendar/meetings/{meeting.pk}.ics"):
        body = client.get(url, HTTP_HOST="localhost").content
        (event,) = icalendar.Calendar.from_ical(body).walk("VEVENT")
        assert str(event["url"]) == f"{BASE}{meeting.url}"
        assert f"{BASE}{meeting.url}" in str(event["description"])


def test_personal_calendar_actions_and_links_use_the_configured_site(client, board, base):
    person = PersonFactory(name="Member")
    add_member(board, person, "member")
    user = make_user("member-base-url", person)
    action = make_action(board, owner=person, due_date=datetime.date(2027, 1, 31))
    token = CalendarToken.objects.create(person=person).token
    body = client.get(f"/calendar/personal/{token}.ics", HTTP_HOST="localhost").content
    (todo,) = icalendar.Calendar.from_ical(body).walk("VTODO")
    assert str(todo["url"]) == f"{BASE}{action.get_absolute_url()}"

    client.force_login(user)
    page = client.get("/calendar/", HTTP_HOST="localhost").content.decode()
    assert f"{BASE}/calendar/personal/{token}.ics" in page
    assert f"webcal://{BASE[8:]}/calendar/personal/{token}.ics" in page
    assert "http://localhost/calendar" not in page


def test_the_absolute_url_helper_joins_paths_to_the_one_base(base, settings):
    from core.links import absolute_url

    assert absolute_url("/a/b/") == f"{BASE}/a/b/"
    assert absolute_url("a/") == f"{BASE}/a/"
    # A full address (Wagtail gives one when several sites exist) is moved onto the base.
    assert absolute_url("http://localhost/a/?x=1#y") == f"{BASE}/a/?x=1#y"
    settings.QUORUM_BASE_URL = BASE + "/"
    assert absolute_url("/a/") == f"{BASE}/a/"


def test_the_sitemap_lists_pages_on_the_configured_site(client, board, base):
    meeting = publish_meeting(board, london(2027, 1, 4, 10, 0))
    body = client.get("/sitemap.xml", HTTP_HOST="localhost").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", body)
    assert f"{BASE}{meeting.url}" in locations
    assert all(location.startswith(f"{BASE}/") for location in locations)
