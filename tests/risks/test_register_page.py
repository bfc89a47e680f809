"""The register table can be filtered and sorted by its columns."""

import datetime

import pytest

from risks.models import RiskCategory
from tests.factories import make_board
from tests.risks.builders import make_risk

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(home_page):
    board = make_board(home_page)
    make_risk(board, reference="A1", title="Alpha budget", current=(2, 2))
    make_risk(
        board,
        reference="B2",
        title="Bravo staffing",
        current=(4, 4),
        category=RiskCategory.objects.get(name="Workforce capacity"),
    )
    make_risk(board, reference="C3", title="Charlie closed", current=(5, 5), status="closed")
    return board


def order(html: str, *titles: str) -> list[str]:
    table = html.split('id="risks"')[1]
    return sorted(titles, key=table.index)


def test_default_is_highest_current_score_first_without_closed(client, board):
    html = client.get(f"/boards/{board.pk}/risks/").content.decode()
    assert order(html, "Alpha budget", "Bravo staffing") == ["Bravo staffing", "Alpha budget"]
    assert "Charlie closed" not in html
    assert 'aria-sort="descending"' in html


def test_sort_by_reference_and_show_all(client, board):
    html = client.get(f"/boards/{board.pk}/risks/?sort=reference&status=all").content.decode()
    assert order(html, "Alpha budget", "Bravo staffing", "Charlie closed") == [
        "Alpha budget",
        "Bravo staffing",
        "Charlie closed",
    ]
    assert "sorted by reference" in html


def test_filter_by_category(client, board):
    category = RiskCategory.objects.get(name="Workforce capacity")
    html = client.get(f"/boards/{board.pk}/risks/?category={category.pk}").content.decode()
    assert "Bravo staffing" in html and "Alpha budget" not in html


def test_nonsense_parameters_fall_back_rather_than_fail(client, board):
    response = client.get(f"/boards/{board.pk}/risks/?sort=drop&category=abc&status=zzz")
    assert response.status_code == 200
    assert "Bravo staffing" in response.content.decode()


def test_board_page_links_to_its_register_and_plan(client, board):
    html = client.get(board.url).content.decode()
    assert f'href="/boards/{board.pk}/risks/"' in html
    assert f'href="/boards/{board.pk}/plan/"' in html


def test_each_line_links_its_risk_and_prints_its_review_date(client, home_page):
    board = make_board(home_page)
    dated = make_risk(board, title="Dated", review_date=datetime.date(2027, 1, 31))
    make_risk(board, title="Undated", review_date=None)
    table = client.get(f"/boards/{board.pk}/risks/").content.decode().split('id="risks"')[1]
    line = table.split("Dated")[0].rsplit("<tr", 1)[1] + table.split("Dated")[1].split("</tr>")[0]
    assert f'href="/boards/{board.pk}/risks/{dated.pk}/"' in line
    assert "31 Jan 2027" in line
    assert "Not set" in table.split("Undated")[1].split("</tr>")[0]
