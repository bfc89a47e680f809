"""On PostgreSQL, search ranks a bounded window: the newest title and the newest text matches.

A phrase in most of an archive's papers must not make PostgreSQL rank them all, yet a paper
named for the words must still be found however old it is.
"""

import pytest

from home import search
from tests.factories import london, make_board, make_meeting
from tests.papers.builders import make_paper

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def archive(home_page, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATE_WINDOW", 3)
    board = make_board(home_page, title="Wombleton Partnership Board", short_name="WPB")
    meeting = make_meeting(board, london(2026, 10, 5, 10, 0), items=1)
    item = meeting.agenda_items.first()
    named = make_paper(meeting, item, title="Quillfeather strategy", body="<p>Old plan.</p>")
    mentions = [
        make_paper(meeting, item, title=f"Report {n}", body=f"<p>Quillfeather update {n}.</p>")
        for n in range(6)
    ]
    return named, mentions


def titles(client, query: str) -> list[str]:
    response = client.get("/search/", {"q": query, "kind": "paper"})
    assert response.status_code == 200
    html = response.content.decode()
    return [line.split(">")[-1] for line in html.split("</a></h3>")[:-1]]


def test_title_match_is_found_however_many_newer_papers_mention_the_words(client, archive):
    found = titles(client, "quillfeather")
    assert found[0] == "Quillfeather strategy"


def test_text_matches_beyond_the_window_are_the_oldest(client, archive):
    found = titles(client, "quillfeather")
    assert sorted(found[1:]) == ["Report 3", "Report 4", "Report 5"]


def test_an_unpublished_paper_leaves_the_window_to_the_next_newest(client, archive):
    _named, mentions = archive
    newest = mentions[-1]
    newest.unpublish()
    found = titles(client, "quillfeather")
    assert "Report 5" not in found
    assert sorted(found[1:]) == ["Report 2", "Report 3", "Report 4"]
