"""Search ranks matches once and still fills its results when the best matches are hidden.

On SQLite the FTS5 index ranks every match in one pass (Wagtail's backend re-ran the match
for each one); the best are checked against what the visitor may see, widening when needed.
"""

import pytest

from home import search
from tests.factories import london, make_board, make_meeting
from tests.papers.builders import make_paper

pytestmark = pytest.mark.django_db


@pytest.fixture
def papers(home_page):
    board = make_board(home_page, title="Thornbury Partnership Board", short_name="TPB")
    meeting = make_meeting(board, london(2026, 10, 5, 10, 0), items=1)
    item = meeting.agenda_items.first()
    named = make_paper(meeting, item, title="Marrowgate review", body="<p>Marrowgate.</p>")
    hidden = make_paper(meeting, item, title="Marrowgate audit", exempt=True, body="<p>x</p>")
    plain = [
        make_paper(meeting, item, title=f"Update {n}", body=f"<p>Marrowgate note {n}.</p>")
        for n in range(3)
    ]
    return named, hidden, plain


def titles(client, query: str) -> list[str]:
    html = client.get("/search/", {"q": query, "kind": "paper"}).content.decode()
    return [line.split(">")[-1] for line in html.split("</a></h3>")[:-1]]


def test_a_paper_named_for_the_words_comes_first(client, papers):
    found = titles(client, "marrowgate")
    assert found[0] == "Marrowgate review"
    assert "Marrowgate audit" not in found
    assert len(found) == 4


def test_hidden_best_matches_leave_room_for_visible_ones(client, papers, monkeypatch):
    monkeypatch.setattr(search, "RANKED_SCAN", 2)
    monkeypatch.setattr(search, "MAX_RESULTS_PER_TYPE", 3)
    found = titles(client, "marrowgate")
    assert len(found) == 3
    assert "Marrowgate audit" not in found


def test_a_capped_search_says_so_and_how_to_narrow_it(client, papers, monkeypatch):
    monkeypatch.setattr(search, "MAX_RESULTS_PER_TYPE", 3)
    html = client.get("/search/", {"q": "marrowgate", "kind": "paper"}).content.decode()
    assert "The best 3 results for" in html
    assert "More pages match" in html
    html = client.get("/search/", {"q": "marrowgate review", "kind": "paper"}).content.decode()
    assert "1 result for" in html and "More pages match" not in html
