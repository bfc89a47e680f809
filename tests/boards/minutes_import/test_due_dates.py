"""Due dates are counted from the meeting, whatever today is; vague phrases are kept as notes."""

import datetime

import time_machine

from boards.minutes_import.dates import resolve_due

MEETING = datetime.date(2014, 11, 17)
NEXT = datetime.date(2015, 1, 20)


@time_machine.travel(datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.UTC))
def due(text):
    result = resolve_due(text, MEETING, NEXT)
    return result.date, result.next_meeting, result.note


def test_explicit_date():
    assert due("circulate the plan by 5 December 2014") == (datetime.date(2014, 12, 5), False, "")
    assert due("report by 05/12/2014") == (datetime.date(2014, 12, 5), False, "")


def test_day_and_month_is_the_next_such_date_after_the_meeting():
    assert due("by 31 January") == (datetime.date(2015, 1, 31), False, "")
    assert due("by 30th November") == (datetime.date(2014, 11, 30), False, "")
    assert due("by 1 November") == (datetime.date(2015, 11, 1), False, "")


def test_end_of_month():
    assert due("by the end of March") == (datetime.date(2015, 3, 31), False, "")


def test_next_meeting_takes_the_boards_next_meeting_date():
    assert due("to report back at the next meeting") == (NEXT, True, "")


def test_within_a_period():
    assert due("within two weeks") == (datetime.date(2014, 12, 1), False, "")
    assert due("within 10 days") == (datetime.date(2014, 11, 27), False, "")
    assert due("within a month") == (datetime.date(2014, 12, 17), False, "")


def test_unresolvable_phrase_is_kept_as_a_note():
    assert due("before the summer recess") == (None, False, "before the summer recess")
    assert due("to a future Board meeting") == (None, False, "to a future Board meeting")


def test_no_date_at_all():
    assert due("circulate the report to members") == (None, False, "")
