"""Actions arising at a meeting: open ones and those closed since the board last met, no more."""

import datetime

import pytest
import time_machine

from actions.arising import actions_arising
from actions.services import ActionUpdate, update_action
from tests.factories import london, make_action, make_board, make_meeting

pytestmark = pytest.mark.django_db


def complete(action, clerk, day: datetime.datetime) -> None:
    with time_machine.travel(day, tick=False):
        update_action(action, ActionUpdate(status="completed", note="Done"), user=clerk)


def test_closed_long_ago_is_not_arising_closed_since_last_meeting_is(home_page, clerk):
    board = make_board(home_page, title="Arising Board", short_name="AB")
    with time_machine.travel(london(2020, 1, 2, 9, 0), tick=False):
        make_meeting(board, london(2020, 1, 10, 10, 0))
        second = make_meeting(board, london(2020, 3, 10, 10, 0))
        third = make_meeting(board, london(2020, 5, 12, 10, 0))
        long_ago = make_action(board, description="Closed before the March meeting")
        recently = make_action(board, description="Closed between March and May")
        still_open = make_action(board, description="Still open in May")
    complete(long_ago, clerk, london(2020, 2, 1, 12, 0))
    complete(recently, clerk, london(2020, 4, 1, 12, 0))

    at_third = {row.description: row for row in actions_arising(third)}
    assert set(at_third) == {"Closed between March and May", "Still open in May"}
    assert at_third["Closed between March and May"].closed_since_last_meeting
    assert not at_third["Still open in May"].closed_since_last_meeting
    assert still_open.pk == at_third["Still open in May"].pk

    # In March, the action completed on 1 April was still open.
    at_second = {row.description: row.status for row in actions_arising(second)}
    assert at_second["Closed between March and May"] == "open"
    assert at_second["Closed before the March meeting"] == "completed"  # closed since January
