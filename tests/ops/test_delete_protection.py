"""Boards and meetings that hold content are archived, not deleted, unless by a superuser."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from boards.models import BoardPage, MeetingPage
from tests.factories import (
    PersonFactory,
    add_member,
    london,
    make_action,
    make_board,
    make_meeting,
    make_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(home_page):
    """A clerk without superuser rights who may add, edit, publish and delete pages."""
    group = Group.objects.create(name="Page clerks (delete test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page", "delete_page", "bulk_delete_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=home_page,
            permission=Permission.objects.get(
                codename=codename, content_type__app_label="wagtailcore"
            ),
        )
    user = make_user("pageclerk")
    user.groups.add(group)
    return user


def delete(client, page):
    return client.post(f"/admin/pages/{page.pk}/delete/", follow=True)


def messages_of(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_a_clerk_cannot_delete_a_board_with_meetings(client, editor, home_page):
    board = make_board(home_page, title="Youth Justice Board", short_name="YJB")
    make_meeting(board, london(2030, 1, 14, 10, 0), items=2)
    client.force_login(editor)
    response = delete(client, board)
    assert response.status_code == 200
    text = messages_of(response)
    assert "was not deleted" in text
    assert "1 meeting or sub-board" in text
    assert "Set its status to Closed instead" in text
    assert BoardPage.objects.filter(pk=board.pk).exists()
    assert MeetingPage.objects.filter(board=board).count() == 1


def test_a_clerk_cannot_delete_a_meeting_with_an_agenda(client, editor, home_page):
    board = make_board(home_page, title="Early Help Board", short_name="EHB")
    meeting = make_meeting(board, london(2030, 2, 3, 10, 0), items=3)
    client.force_login(editor)
    response = delete(client, meeting)
    assert "3 agenda items" in messages_of(response)
    assert "cancelled or postponed" in messages_of(response)
    assert MeetingPage.objects.filter(pk=meeting.pk).exists()


def test_even_the_confirmation_page_is_not_offered(client, editor, home_page):
    board = make_board(home_page, title="Skills Board", short_name="SKB")
    add_member(board, PersonFactory(name="Dee Khan"), "chair")
    client.force_login(editor)
    response = client.get(f"/admin/pages/{board.pk}/delete/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_an_empty_board_made_by_mistake_can_be_deleted(client, editor, home_page):
    board = make_board(home_page, title="Typo Bored", short_name="TYP")
    client.force_login(editor)
    client.post(f"/admin/pages/{board.pk}/delete/")
    assert not Page.objects.filter(pk=board.pk).exists()


def test_a_superuser_can_delete_a_meeting_with_content(clerk_client, home_page):
    board = make_board(home_page, title="Health Board", short_name="HB")
    meeting = make_meeting(board, london(2030, 3, 3, 10, 0), items=2)
    clerk_client.post(f"/admin/pages/{meeting.pk}/delete/")
    assert not MeetingPage.objects.filter(pk=meeting.pk).exists()


def test_a_boards_actions_are_kept_even_from_a_superuser(clerk_client, home_page):
    board = make_board(home_page, title="Housing Board", short_name="HSB")
    make_action(board, description="Publish the allocations review")
    response = delete(clerk_client, board)
    assert "its actions are kept as records" in messages_of(response)
    assert BoardPage.objects.filter(pk=board.pk).exists()
