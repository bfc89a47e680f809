"""Search never reveals unpublished pages or private boards' content to people not entitled."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from boards.models import AgendaItem
from tests.factories import london, make_board, make_meeting

pytestmark = pytest.mark.django_db


def search(client, word: str) -> str:
    return client.get("/search/", {"q": word}).content.decode()


def publish_with_item(meeting, title: str) -> None:
    meeting.agenda_items = [AgendaItem(number="1", title=title, sort_order=0)]
    meeting.save_revision().publish()


@pytest.fixture
def private_board(home_page):
    """A board only its members' group may view, with a meeting whose agenda has a rare word."""
    board = make_board(home_page, title="Corporate Parenting Panel")
    group = Group.objects.create(name="Corporate Parenting Panel members")
    restriction = PageViewRestriction.objects.create(
        page=board, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    meeting = make_meeting(board, london(2026, 12, 9, 10, 0), publish=False)
    publish_with_item(meeting, "Placement of child Zanzibarite")
    return board, group


def test_private_boards_meetings_are_not_found_by_the_public(client, private_board):
    html = search(client, "Zanzibarite")
    assert "0 results for" in html
    assert "Placement of child" not in html
    # Nor is the private board offered as a filter.
    assert "Corporate Parenting Panel" not in html


def test_signed_in_non_member_cannot_find_them_either(client, private_board):
    outsider = get_user_model().objects.create_user("outsider", password="pw")
    client.force_login(outsider)
    assert "0 results for" in search(client, "Zanzibarite")


def test_members_of_the_private_board_find_its_meetings(client, private_board):
    _board, group = private_board
    member = get_user_model().objects.create_user("member", password="pw")
    member.groups.add(group)
    client.force_login(member)
    html = search(client, "Zanzibarite")
    assert "1 result for" in html
    assert "<mark>Zanzibarite</mark>" in html


def test_unpublished_meeting_is_not_found(client, home_page):
    board = make_board(home_page, title="Open Board")
    make_meeting(board, london(2026, 12, 10, 10, 0), publish=False, title="Quillwort meeting")
    assert "0 results for" in search(client, "Quillwort")


def test_unpublished_draft_changes_are_not_found(client, home_page):
    board = make_board(home_page, title="Open Board")
    meeting = make_meeting(board, london(2026, 12, 11, 10, 0), publish=False)
    publish_with_item(meeting, "Budgetquill")
    meeting.title = "Draft title Xenolith"
    meeting.save_revision()  # a draft: not published
    assert "0 results for" in search(client, "Xenolith")
    assert "1 result for" in search(client, "Budgetquill")


def test_password_protected_board_is_hidden_until_the_password_is_given(client, home_page):
    board = make_board(home_page, title="Locality Board")
    PageViewRestriction.objects.create(
        page=board, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    meeting = make_meeting(board, london(2026, 12, 12, 10, 0), publish=False)
    publish_with_item(meeting, "Yardarm proposal")
    assert "0 results for" in search(client, "Yardarm")
