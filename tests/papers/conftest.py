"""Fixtures for papers: a published board meeting with agenda items, ready for papers."""

import pytest

from tests.factories import london, make_board, make_meeting


@pytest.fixture
def meeting(home_page):
    """A published meeting of a fresh board with three agenda items."""
    board = make_board(home_page, title="Papers Board")
    meeting = make_meeting(board, london(2026, 12, 7, 10, 0), items=3)
    meeting.save_revision().publish()
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def convert(django_capture_on_commit_callbacks):
    """Queue a paper's conversion and run it as the worker would after the commit."""
    from papers.services import request_conversion

    def run(paper):
        with django_capture_on_commit_callbacks(execute=True):
            conversion = request_conversion(paper)
        conversion.refresh_from_db()
        paper.refresh_from_db()
        return conversion

    return run
