"""Each rule a clerk can break on a board, membership, meeting or item gives a field error."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from boards.models import AgendaItem, BoardPage, MeetingPage, Membership
from boards.validation import DraftItem, agenda_problems
from tests.factories import PersonFactory, london, make_board

START = london(2014, 9, 29, 9, 0)
END = london(2014, 9, 29, 12, 0)


def t(text: str) -> datetime.time:
    return datetime.time.fromisoformat(text)


def test_meeting_cannot_end_before_it_starts():
    meeting = MeetingPage(title="Board", slug="b", start=END, end=START)
    with pytest.raises(ValidationError) as error:
        meeting.clean()
    assert "end" in error.value.message_dict


def test_meeting_ending_after_start_is_valid():
    MeetingPage(title="Board", slug="b", start=START, end=END).clean()


def test_duplicate_item_numbers_are_flagged_on_the_second_item():
    problems = agenda_problems(
        START, END, [DraftItem("1", None), DraftItem("2", None), DraftItem("2.", None)]
    )
    assert [(p.index, p.field) for p in problems] == [(2, "number")]
    assert "already used" in problems[0].message


def test_item_before_the_meeting_starts_is_flagged():
    problems = agenda_problems(START, END, [DraftItem("1", t("08:30"))])
    assert [(p.index, p.field) for p in problems] == [(0, "start_time")]
    assert "before the meeting" in problems[0].message


def test_item_after_the_meeting_ends_is_flagged():
    problems = agenda_problems(START, END, [DraftItem("1", t("12:30"))])
    assert [(p.index, p.field) for p in problems] == [(0, "start_time")]
    assert "after the meeting ends" in problems[0].message


def test_items_out_of_time_order_are_flagged():
    items = [DraftItem("1", t("09:00")), DraftItem("2", t("10:00")), DraftItem("3", t("09:30"))]
    problems = agenda_problems(START, END, items)
    assert [(p.index, p.field) for p in problems] == [(2, "start_time")]
    assert "time order" in problems[0].message


def test_items_sharing_a_start_time_are_allowed_as_in_the_seed_pack():
    items = [DraftItem("1", t("09:00")), DraftItem("2", t("09:05")), DraftItem("3", t("09:05"))]
    assert agenda_problems(START, END, items) == []


def test_times_are_compared_in_uk_time_across_summer_time():
    # 09:00 BST is 08:00 UTC; an item at 09:00 must not be "before the meeting".
    assert agenda_problems(START, END, [DraftItem("1", t("09:00"))]) == []


def test_exempt_item_needs_its_schedule_12a_paragraph():
    item = AgendaItem(number="9", title="Staffing", exempt=True)
    with pytest.raises(ValidationError) as error:
        item.clean()
    assert "exempt_paragraph" in error.value.message_dict


def test_exempt_item_with_paragraph_is_valid():
    AgendaItem(number="9", title="Staffing", exempt=True, exempt_paragraph=1).clean()


@pytest.mark.django_db
def test_membership_cannot_end_before_it_starts(home_page):
    board = make_board(home_page)
    membership = Membership(
        board=board,
        person=PersonFactory(),
        start_date=datetime.date(2014, 9, 1),
        end_date=datetime.date(2014, 8, 1),
    )
    with pytest.raises(ValidationError) as error:
        membership.full_clean()
    assert "end_date" in error.value.message_dict


@pytest.mark.django_db
def test_quorum_below_one_is_refused(home_page):
    board = BoardPage(title="Board", slug="board", quorum=0)
    with pytest.raises(ValidationError) as error:
        board.full_clean()
    assert "quorum" in error.value.message_dict
