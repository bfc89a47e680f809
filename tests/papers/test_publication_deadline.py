"""Papers must be open to inspection five clear working days before the meeting."""

import datetime

import pytest

from papers.deadline import bank_holidays, is_late, publication_deadline
from tests.factories import london, make_board, make_meeting
from tests.papers.builders import make_paper

D = datetime.date


@pytest.mark.parametrize(
    ("meeting", "deadline"),
    [
        # Monday meeting: clear days Mon 22 to Fri 26 September; publish by Sunday 21.
        (D(2014, 9, 29), D(2014, 9, 21)),
        # Friday meeting: clear days Fri 22 to Thu 28 November (weekend skipped).
        (D(2026, 11, 27), D(2026, 11, 19)),
        # Tuesday after the late May bank holiday (Mon 25 May 2026 is not a clear day).
        (D(2026, 5, 26), D(2026, 5, 17)),
        # Over Christmas 2026: 25 and 28 December are bank holidays.
        (D(2027, 1, 5), D(2026, 12, 23)),
        # Easter 2027: Good Friday 26 March and Easter Monday 29 March are excluded.
        (D(2027, 4, 2), D(2027, 3, 23)),
    ],
)
def test_deadline_leaves_five_clear_working_days(meeting, deadline):
    assert publication_deadline(meeting) == deadline


def test_published_on_the_deadline_is_on_time_and_a_day_later_is_late():
    meeting = D(2014, 9, 29)
    assert not is_late(D(2014, 9, 21), meeting)
    assert is_late(D(2014, 9, 22), meeting)
    assert not is_late(None, meeting)


def test_bank_holidays_are_data_covering_2014_to_2028():
    holidays = bank_holidays()
    assert D(2014, 12, 26) in holidays
    assert D(2022, 9, 19) in holidays  # the State Funeral: a one-off, so data not a rule
    assert D(2028, 12, 26) in holidays
    assert {day.year for day in holidays} == set(range(2014, 2029))


@pytest.mark.django_db
def test_public_page_marks_late_papers_supplementary(client, home_page):
    board = make_board(home_page, title="Deadline Board")
    meeting = make_meeting(board, london(2026, 11, 27, 10, 0), items=2)
    meeting.save_revision().publish()
    make_paper(meeting, title="On time report", slug="on-time", publication_date=D(2026, 11, 19))
    make_paper(meeting, title="Late report", slug="late", publication_date=D(2026, 11, 20))
    html = client.get(meeting.url).content.decode()
    assert "Papers due for inspection by" in html and "Thursday 19 November 2026" in html
    assert "Agenda published" in html
    late_line = html[html.index("Late report") : html.index("Late report") + 300]
    assert "Supplementary" in late_line
    on_time_line = html[html.index("On time report") : html.index("On time report") + 120]
    assert "Supplementary" not in on_time_line


@pytest.mark.django_db
def test_admin_meeting_page_warns_about_late_papers(clerk_client, home_page):
    board = make_board(home_page, title="Deadline Board")
    meeting = make_meeting(board, london(2026, 11, 27, 10, 0), items=2)
    meeting.save_revision().publish()
    make_paper(meeting, title="Late report", slug="late", publication_date=D(2026, 11, 24))
    html = clerk_client.get(f"/admin/pages/{meeting.pk}/edit/").content.decode()
    assert "Thursday 19 November 2026" in html
    assert "1 paper published after the deadline" in html
    assert "Late report: published 24 November 2026" in html
