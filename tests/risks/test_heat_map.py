"""The heat map is an accessible table with the count of live risks in each cell."""

import re

import pytest

from tests.factories import make_board
from tests.risks.builders import make_risk

pytestmark = pytest.mark.django_db


TH_ROW = '<th class="govuk-table__header" scope="row">'
TH_COL = '<th class="govuk-table__header" scope="col">'


def cell(html: str, impact_label: str, likelihood: int) -> str:
    """The text of one heat-map cell, found by its row header and column position."""
    table = html.split('class="govuk-table heat-map"')[1].split("</table>")[0]
    row = table.split(f"{TH_ROW}{impact_label}</th>")[1].split("</tr>")[0]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    return re.sub(r"<[^>]+>", "", cells[likelihood - 1]).strip()


def test_counts_land_in_the_right_cells(client, home_page):
    board = make_board(home_page)
    make_risk(board, current=(4, 3))  # likelihood 4, impact 3
    make_risk(board, current=(4, 3))
    make_risk(board, current=(1, 5))
    make_risk(board, current=(2, 2), status="closed")  # closed risks are not counted
    html = client.get(f"/boards/{board.pk}/risks/").content.decode()
    assert cell(html, "3 Moderate", 4) == "2 score 12, high"
    assert cell(html, "5 Severe", 1) == "1 score 5, medium"
    assert cell(html, "2 Minor", 2) == "0 score 4, medium"


def test_heat_map_has_caption_and_headers_for_both_axes(client, home_page):
    board = make_board(home_page)
    html = client.get(f"/boards/{board.pk}/risks/").content.decode()
    table = html.split('class="govuk-table heat-map"')[1].split("</table>")[0]
    assert '<caption class="govuk-table__caption' in table
    assert table.count(TH_COL) == 6  # 'Impact' plus five likelihoods
    assert table.count(TH_ROW) == 5
    assert "5 Almost certain" in table and "5 Severe" in table
