"""The anonymous page cache: fast for the public, never stale after a change, never leaking."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from actions.choices import ActionStatus
from actions.services import ActionUpdate, update_action
from boards.models import AgendaItem, MeetingPage
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


@pytest.fixture
def page_cache(settings):
    """Switch the page cache on for one test, starting from an empty cache."""
    settings.QUORUM_PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def board(home_page, page_cache):
    return make_board(home_page, title="Early Help Board", short_name="EHB")


@pytest.fixture
def meeting(board):
    meeting = make_meeting(board, london(2026, 3, 2, 10, 0), items=3, title="March meeting")
    meeting.save_revision().publish()
    return meeting


@pytest.fixture
def member(board):
    person = PersonFactory(name="Morag Member")
    add_member(board, person, "member")
    return make_user("morag", person)


def directives(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def cached_twice(client, url: str):
    """Ask twice as the anonymous public; the second answer must come from the cache."""
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    return second


def test_cached_hit_runs_no_query(client, meeting, django_assert_num_queries):
    cached_twice(client, meeting.url)
    with django_assert_num_queries(0):
        response = client.get(meeting.url)
    assert response["X-Page-Cache"] == "hit"
    assert "March meeting" in response.content.decode()


def test_query_strings_are_part_of_the_address_in_any_order(client, board):
    make_action(board, description="Map the early help offer")
    url = f"{board.url}actions/"
    cached_twice(client, f"{url}?status=open&sort=due")
    same = client.get(f"{url}?sort=due&status=open")
    assert same["X-Page-Cache"] == "hit"
    closed = client.get(f"{url}?status=completed")
    assert closed["X-Page-Cache"] == "miss"
    assert "Map the early help offer" not in closed.content.decode()


def test_a_publish_is_visible_at_once(client, meeting):
    cached_twice(client, meeting.url)
    meeting.title = "March meeting (rearranged)"
    meeting.save_revision().publish()
    response = client.get(meeting.url)
    assert "March meeting (rearranged)" in response.content.decode()
    assert response["X-Page-Cache"] == "miss"


def test_an_unpublished_page_is_gone_at_once(client, meeting):
    cached_twice(client, meeting.url)
    meeting.unpublish()
    assert client.get(meeting.url).status_code == 404


def test_a_paper_publication_shows_on_its_meeting_and_board_pages(client, board, meeting):
    cached_twice(client, meeting.url)
    cached_twice(client, board.url)
    make_paper(meeting, title="Early Help Strategy Refresh")
    assert "Early Help Strategy Refresh" in client.get(meeting.url).content.decode()
    assert client.get(board.url)["X-Page-Cache"] == "miss"


def test_a_moved_meeting_sends_its_old_address_to_the_new_board(client, home_page, meeting):
    other = make_board(home_page, title="Strategic Partnership Board", short_name="SPB")
    old_url = meeting.url
    cached_twice(client, old_url)
    meeting.move(other, pos="last-child")
    meeting.refresh_from_db()
    old = client.get(old_url)
    assert old.status_code == 301
    assert old["Location"] == meeting.url
    moved = client.get(meeting.url)
    assert moved.status_code == 200
    assert "Strategic Partnership Board" in moved.content.decode()


def test_a_new_view_restriction_closes_a_cached_page_at_once(client, meeting):
    cached_twice(client, meeting.url)
    PageViewRestriction.objects.create(page=meeting, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(meeting.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert {"private", "no-store"} <= directives(response)


def test_a_restricted_page_is_never_cached_for_anyone(client, board, meeting, member):
    PageViewRestriction.objects.create(page=board, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(member)
    for _ in range(2):
        response = client.get(meeting.url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert {"private", "no-store"} <= directives(response)
    client.logout()
    for _ in range(2):
        anonymous = client.get(meeting.url)
        assert anonymous.status_code == 302
        assert "X-Page-Cache" not in anonymous


def test_an_exempt_paper_is_never_cached_for_anyone(client, meeting, member):
    paper = make_paper(meeting, title="Placement Sufficiency", exempt=True)
    client.force_login(member)
    for _ in range(2):
        response = client.get(paper.url)
        assert response.status_code == 200
        assert "Placement Sufficiency" in response.content.decode()
        assert "X-Page-Cache" not in response
        assert {"private", "no-store"} <= directives(response)
    client.logout()
    for _ in range(2):
        anonymous = client.get(paper.url)
        assert anonymous.status_code == 302
        assert "Placement Sufficiency" not in anonymous.content.decode()


def test_signed_in_members_get_their_own_page_not_the_public_copy(client, board, member):
    item = AgendaItem.objects.create(
        meeting=make_meeting(board, london(2026, 4, 6, 10, 0)),
        number="7",
        title="Staffing",
        exempt=True,
        exempt_paragraph=1,
    )
    secret = make_action(board, description="Redeploy the Quixotic post")
    secret.agenda_item = item
    secret.save()
    url = f"{board.url}actions/"
    public = cached_twice(client, url)
    assert "Quixotic" not in public.content.decode()
    client.force_login(member)
    own = client.get(url)
    assert "Quixotic" in own.content.decode()
    assert "X-Page-Cache" not in own
    assert {"private", "no-store"} <= directives(own)
    client.logout()
    assert "Quixotic" not in client.get(url).content.decode()


def test_a_preview_is_never_served_from_or_into_the_cache(client, meeting):
    cached_twice(client, meeting.url)
    meeting.title = "March meeting DRAFT ONLY"
    meeting.save_revision()
    preview = meeting.make_preview_request()
    assert "March meeting DRAFT ONLY" in preview.content.decode()
    assert "X-Page-Cache" not in preview
    public = client.get(meeting.url)
    assert "DRAFT ONLY" not in public.content.decode()


def test_an_action_status_change_shows_at_once_on_the_action_log(client, board):
    chair = PersonFactory(name="Chris Chair")
    add_member(board, chair, "chair")
    action = make_action(board, description="Publish the early help offer")
    url = f"{board.url}actions/?status=completed"
    assert "Publish the early help offer" not in cached_twice(client, url).content.decode()
    update_action(
        action,
        ActionUpdate(status=ActionStatus.COMPLETED, note="Published on the website."),
        user=make_user("chris", chair),
    )
    response = client.get(url)
    assert "Publish the early help offer" in response.content.decode()


def test_a_risk_change_shows_at_once_on_the_register(client, board):
    from tests.risks.builders import make_risk

    risk = make_risk(board, title="Early help demand exceeds capacity")
    url = f"/boards/{board.pk}/risks/"
    assert "Early help demand" in cached_twice(client, url).content.decode()
    risk.title = "Early help waiting times grow"
    risk._change_reason = "Retitled at the March meeting"
    risk.save()
    assert "Early help waiting times grow" in client.get(url).content.decode()


def test_visitors_with_a_session_or_a_message_are_never_served_the_public_copy(client, meeting):
    cached_twice(client, meeting.url)
    client.cookies["sessionid"] = "anything"
    assert "X-Page-Cache" not in client.get(meeting.url)
    del client.cookies["sessionid"]
    client.cookies["messages"] = "a flash message"
    assert "X-Page-Cache" not in client.get(meeting.url)
    del client.cookies["messages"]
    assert "X-Page-Cache" not in client.get(meeting.url, HTTP_AUTHORIZATION="Basic eDp5")


def test_responses_that_set_cookies_or_are_not_found_are_not_kept(client, board):
    assert "X-Page-Cache" not in client.get(f"{board.url}no-such-page/")
    for _ in range(2):
        form = client.get(f"/subscribe/{board.pk}/")  # a form with its CSRF cookie
        assert form.status_code == 200
        assert "csrftoken" in form.cookies
        assert "X-Page-Cache" not in form


def test_calendar_feeds_keep_their_own_conditional_answers(client, meeting):
    first = client.get("/calendar/meetings.ics")
    assert "X-Page-Cache" not in first
    again = client.get("/calendar/meetings.ics", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_the_switch_turns_the_cache_off(client, settings, meeting):
    settings.QUORUM_PAGE_CACHE = False
    client.get(meeting.url)
    assert "X-Page-Cache" not in client.get(meeting.url)


def test_a_private_boards_action_pages_are_for_those_who_may_see_the_board(client, board, member):
    action = make_action(board, description="Review the private board's terms")
    url = action.get_absolute_url()
    cached_twice(client, url)
    PageViewRestriction.objects.create(page=board, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(url).status_code == 404
    client.force_login(member)
    own = client.get(url)
    assert own.status_code == 200
    assert {"private", "no-store"} <= directives(own)


def test_the_cache_is_consulted_before_sessions_and_users(settings):
    order = settings.MIDDLEWARE
    mine = order.index("home.page_cache.PageCacheMiddleware")
    assert mine < order.index("django.contrib.sessions.middleware.SessionMiddleware")
    assert mine < order.index("django.contrib.auth.middleware.AuthenticationMiddleware")


def test_a_publication_in_another_process_reaches_this_ones_cached_pages(client, meeting, settings):
    """Workers keep their own copies; a publish seen by another worker must still purge them."""
    cached_twice(client, meeting.url)
    MeetingPage.objects.filter(pk=meeting.pk).update(title="March meeting (new venue)")
    code = (
        "import django; django.setup(); "
        "from home.page_cache import purge; purge()"  # as a publish in that process does
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "QUORUM_PAGE_CACHE_GENERATION_FILE": settings.QUORUM_PAGE_CACHE_GENERATION_FILE,
    }
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=settings.BASE_DIR)
    assert "March meeting (new venue)" in client.get(meeting.url).content.decode()
