"""A member's own calendar: all their boards, private ones too, at an address they can change."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from boards.feeds import meeting_uid
from boards.models import CalendarToken
from tests.boards.calendar_helpers import parse_both, publish_meeting
from tests.factories import PersonFactory, add_member, london, make_board, make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(db):
    user = get_user_model().objects.create_user("jhassall", "jh@example.org", "pw")
    return PersonFactory(name="Julia Hassall", user=user)


@pytest.fixture
def boards(home_page, member):
    mine = make_board(home_page, title="Personal Test Board")
    private = make_board(home_page, title="Personal Private Panel")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    former = make_board(home_page, title="Personal Former Board")
    other = make_board(home_page, title="Personal Other Board")
    add_member(mine, member, "chair")
    add_member(private, member, "member")
    add_member(former, member, "member", end_date=datetime.date(2020, 3, 31))
    return {"mine": mine, "private": private, "former": former, "other": other}


def personal_url(token: str) -> str:
    return f"/calendar/personal/{token}.ics"


def test_member_sees_their_feed_link_on_my_calendar_page(client, member, boards):
    client.force_login(member.user)
    response = client.get("/calendar/")
    assert response.status_code == 200
    token = CalendarToken.objects.get(person=member).token
    html = response.content.decode()
    assert f"webcal://quorum.example.org{personal_url(token)}" in html
    assert f"https://quorum.example.org{personal_url(token)}" in html
    assert "Change my calendar address" in html
    assert "private" in response["Cache-Control"]


def test_personal_feed_has_the_members_current_boards_private_ones_included(client, member, boards):
    mine = publish_meeting(boards["mine"], london(2027, 1, 4, 10, 0))
    private = publish_meeting(boards["private"], london(2027, 1, 5, 10, 0))
    former = publish_meeting(boards["former"], london(2027, 1, 6, 10, 0))
    other = publish_meeting(boards["other"], london(2027, 1, 7, 10, 0))
    draft = make_meeting(boards["mine"], london(2027, 1, 8, 10, 0), publish=False)
    token = CalendarToken.objects.create(person=member).token
    response = client.get(personal_url(token))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    events, _ = parse_both(response.content)
    assert set(events) == {meeting_uid(mine.pk), meeting_uid(private.pk)}
    for absent in (former, other, draft):
        assert meeting_uid(absent.pk) not in events


def test_personal_feed_answers_304_to_a_matching_etag(client, member, boards):
    publish_meeting(boards["mine"], london(2027, 1, 4, 10, 0))
    url = personal_url(CalendarToken.objects.create(person=member).token)
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_regenerating_refuses_the_old_address(client, member, boards):
    publish_meeting(boards["mine"], london(2027, 1, 4, 10, 0))
    client.force_login(member.user)
    client.get("/calendar/")
    old = CalendarToken.objects.get(person=member).token
    assert client.get(personal_url(old)).status_code == 200
    response = client.post("/calendar/personal/regenerate/", follow=True)
    assert "Your calendar address has changed" in response.content.decode()
    new = CalendarToken.objects.get(person=member).token
    assert new != old
    assert client.get(personal_url(old)).status_code == 404
    assert client.get(personal_url(new)).status_code == 200
    assert personal_url(new) in response.content.decode()


def test_regenerate_needs_csrf_token_and_post(member, boards):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(member.user)
    browser.get("/calendar/")
    old = CalendarToken.objects.get(person=member).token
    assert browser.post("/calendar/personal/regenerate/").status_code == 403
    assert browser.get("/calendar/personal/regenerate/").status_code == 405
    assert CalendarToken.objects.get(person=member).token == old


def test_unknown_token_is_404(client, db):
    assert client.get(personal_url("not-a-real-token")).status_code == 404


def test_non_member_login_gets_no_personal_feed(client, db, home_page):
    user = get_user_model().objects.create_user("visitor", "v@example.org", "pw")
    client.force_login(user)
    html = client.get("/calendar/").content.decode()
    assert "not linked to a current board membership" in html
    assert "/calendar/personal/" not in html
    assert client.post("/calendar/personal/regenerate/").status_code == 404


def test_anonymous_visitor_is_invited_to_sign_in(client, db):
    html = client.get("/calendar/").content.decode()
    assert "sign in" in html
    assert "webcal://quorum.example.org/calendar/meetings.ics" in html
