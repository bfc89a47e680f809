"""A paper moved in the page tree belongs to its new meeting and board: listed there, and
readable if exempt by the new board's members, not the old board's."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import PersonFactory, add_member, london, make_board, make_meeting
from tests.papers.builders import make_paper

pytestmark = pytest.mark.django_db


def member_of(board, name: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    add_member(board, PersonFactory(user=user))
    return user


@pytest.fixture
def elsewhere(home_page):
    board = make_board(home_page, title="Other Board", short_name="OB")
    return board, make_meeting(board, london(2026, 12, 8, 10, 0), items=1)


def test_a_paper_moved_to_another_meeting_is_listed_there(client, meeting, elsewhere):
    other_board, other_meeting = elsewhere
    paper = make_paper(meeting, title="Travelling report", slug="travelling-report")
    paper.move(other_meeting, pos="last-child")
    paper.refresh_from_db()
    assert (paper.meeting_id, paper.board_id) == (other_meeting.pk, other_board.pk)
    assert "Travelling report" in client.get(other_meeting.url).content.decode()
    assert "Travelling report" not in client.get(meeting.url).content.decode()


def test_an_exempt_paper_follows_its_meeting_to_another_board(client, meeting, elsewhere):
    other_board, _ = elsewhere
    old_member, new_member = member_of(meeting.board, "old"), member_of(other_board, "new")
    paper = make_paper(meeting, title="Placements", slug="placements", exempt=True)
    meeting.move(other_board, pos="last-child")
    paper.refresh_from_db()
    assert paper.board_id == other_board.pk
    client.force_login(new_member)
    assert client.get(paper.url).status_code == 200
    client.force_login(old_member)
    assert client.get(paper.url).status_code in (403, 404)
