"""A personal calendar address dies with the seat or the login behind it, and can be changed.

Someone who leaves a board, or whose login is switched off, must not keep reading the board's
meetings and exempt actions from a calendar they subscribed to while they sat on it.
"""

from __future__ import annotations

import datetime
import re

import pytest
import time_machine
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from actions.models import ActionLink
from actions.services import issue_link
from boards.models import AgendaItem, CalendarToken, Membership
from home.roles import ensure_clerks_group
from tests.factories import PersonFactory, add_member, london, make_action, make_board, make_user

pytestmark = pytest.mark.django_db

SECRET = "Okapiplacement"  # the exempt action's words: must never reach a revoked address


@pytest.fixture
def seat(home_page):
    """A member of a board who owns an action raised under an exempt agenda item."""
    board = make_board(home_page, title="Safeguarding Board", short_name="SGB")
    person = PersonFactory(name="Alex Former")
    membership = add_member(board, person, "member")
    user = make_user("aformer", person)
    start = timezone.now() + datetime.timedelta(days=20)
    meeting = _meeting_with_exempt_item(board, start)
    action = make_action(board, owner=person, description=f"{SECRET} of the child")
    action.agenda_item = AgendaItem.objects.get(meeting_id=meeting.pk)
    action.save()
    assert action.agenda_item.exempt
    return {
        "board": board,
        "person": person,
        "membership": membership,
        "user": user,
        "action": action,
    }


def _meeting_with_exempt_item(board, start):
    from tests.boards.calendar_helpers import publish_meeting

    local = timezone.localtime(start)
    return publish_meeting(
        board,
        london(local.year, local.month, local.day, 10, 0),
        agenda=[{"title": "Placements", "exempt": True, "exempt_paragraph": 1}],
    )


def my_calendar_url(client: Client, user) -> str:
    """Sign in and read the personal address off "My calendar", as a member does."""
    client.force_login(user)
    html = client.get("/calendar/").content.decode()
    match = re.search(r"https://quorum\.example\.org(/calendar/personal/[\w-]+\.ics)", html)
    assert match, "My calendar shows no personal address"
    client.logout()
    return match.group(1)


def test_the_feed_carries_the_exempt_action_while_the_member_sits(client, seat):
    url = my_calendar_url(client, seat["user"])
    response = client.get(url)
    assert response.status_code == 200
    assert SECRET in response.content.decode()


def test_ending_the_membership_kills_the_address_at_once(client, seat):
    url = my_calendar_url(client, seat["user"])
    membership = seat["membership"]
    membership.end_date = timezone.localdate() - datetime.timedelta(days=1)
    membership.save()
    response = client.get(url)
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_removing_the_membership_kills_the_address(client, seat):
    url = my_calendar_url(client, seat["user"])
    seat["membership"].delete()
    response = client.get(url)
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_a_membership_that_runs_out_later_stops_the_feed_when_it_ends(client, seat):
    """An end date set in advance needs no one to act on the day."""
    url = my_calendar_url(client, seat["user"])
    membership = seat["membership"]
    membership.end_date = timezone.localdate() + datetime.timedelta(days=2)
    membership.save()
    assert client.get(url).status_code == 200
    with time_machine.travel(timezone.now() + datetime.timedelta(days=5)):
        response = client.get(url)
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_leaving_one_board_drops_its_exempt_actions_from_the_feed(client, seat, home_page):
    """Still on another board, the feed goes on, but without the business of the board left."""
    other = make_board(home_page, title="Health Board", short_name="HB")
    add_member(other, seat["person"], "member")
    url = my_calendar_url(client, seat["user"])
    Membership.objects.filter(pk=seat["membership"].pk).update(
        end_date=timezone.localdate() - datetime.timedelta(days=1)
    )  # ended without a save signal, as a bulk edit or a data fix would
    response = client.get(url)
    assert response.status_code == 200
    assert SECRET not in response.content.decode()


def test_deactivating_the_login_kills_the_address_at_once(client, seat):
    url = my_calendar_url(client, seat["user"])
    user = seat["user"]
    user.is_active = False
    user.save()
    response = client.get(url)
    assert response.status_code == 404
    assert SECRET not in response.content.decode()
    user.is_active = True
    user.save()
    assert client.get(url).status_code == 404, "a revoked address never comes back"


def test_an_inactive_login_is_refused_even_without_a_save_signal(client, seat):
    url = my_calendar_url(client, seat["user"])
    type(seat["user"]).objects.filter(pk=seat["user"].pk).update(is_active=False)
    response = client.get(url)
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_a_person_unlinked_from_their_login_is_refused(client, seat):
    url = my_calendar_url(client, seat["user"])
    type(seat["person"]).objects.filter(pk=seat["person"].pk).update(user=None)
    assert client.get(url).status_code == 404


def test_member_changes_the_address_through_my_calendar(seat):
    """The button on "My calendar", with its CSRF token, as a browser submits it."""
    browser = Client(enforce_csrf_checks=True)
    old = my_calendar_url(browser, seat["user"])
    browser.force_login(seat["user"])
    page = browser.get("/calendar/").content.decode()
    form = re.search(r'<form method="post" action="([^"]+)">\s*<input[^>]*value="([^"]+)"', page)
    assert form, "My calendar has no button to change the address"
    response = browser.post(form.group(1), {"csrfmiddlewaretoken": form.group(2)}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your calendar address has changed" in html
    new = re.search(r"https://quorum\.example\.org(/calendar/personal/[\w-]+\.ics)", html).group(1)
    assert new != old
    browser.logout()
    assert browser.get(old).status_code == 404
    assert browser.get(new).status_code == 200


def clerk(home_page):
    person = PersonFactory(name="Carol Clerk")
    user = make_user("cclerk", person)
    user.groups.add(ensure_clerks_group(home_page))
    return user


def test_clerk_revokes_a_persons_addresses_with_an_audit_entry(client, seat, home_page):
    url = my_calendar_url(client, seat["user"])
    link = issue_link(seat["action"], seat["person"])
    client.force_login(clerk(home_page))
    listing = client.get("/admin/snippets/boards/person/").content.decode()
    revoke_url = f"/admin/people/{seat['person'].pk}/revoke-tokens/"
    assert revoke_url in listing, "the People listing offers no way to revoke"
    confirm = client.get(revoke_url)
    assert confirm.status_code == 200
    assert "Alex Former" in confirm.content.decode()
    done = client.post(revoke_url)
    assert done.status_code == 302
    client.logout()
    assert client.get(url).status_code == 404
    assert client.get(f"/actions/update/{link}/").status_code == 410
    assert ActionLink.objects.get(person=seat["person"]).revoked_at is not None
    entry = ModelLogEntry.objects.get(action="quorum.tokens_revoked")
    assert entry.object_id == str(seat["person"].pk)
    assert entry.user.username == "cclerk"
    # The member can still get a fresh address: the seat is still theirs.
    assert my_calendar_url(client, seat["user"]) != url


def test_only_people_editors_may_revoke(client, seat):
    url = my_calendar_url(client, seat["user"])
    client.force_login(seat["user"])
    response = client.post(f"/admin/people/{seat['person'].pk}/revoke-tokens/")
    assert response.status_code in (302, 403)
    assert "/admin/login/" in response.get("Location", "/admin/login/")
    client.logout()
    assert client.get(url).status_code == 200
    assert CalendarToken.objects.filter(person=seat["person"]).exists()


def test_revoke_of_an_unknown_person_is_404(client, home_page):
    client.force_login(clerk(home_page))
    assert client.post("/admin/people/999999/revoke-tokens/").status_code == 404
