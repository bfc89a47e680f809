"""A risk's score is likelihood x impact and falls in the configured band at every boundary."""

import pytest

from risks.models import Risk, RiskRegister, ScoringBand
from risks.scoring import band_for
from tests.factories import make_board
from tests.risks.builders import make_risk

pytestmark = pytest.mark.django_db

# Every score a 5x5 grid can produce on each side of each default boundary.
BOUNDARIES = [
    (1, "Low"),
    (3, "Low"),
    (4, "Medium"),
    (6, "Medium"),
    (8, "High"),
    (12, "High"),
    (15, "Very high"),
    (25, "Very high"),
]


@pytest.mark.parametrize(("score", "band"), BOUNDARIES)
def test_default_bands_at_every_boundary(score, band):
    assert band_for(score, list(ScoringBand.objects.all())).name == band


def test_scores_are_likelihood_times_impact(home_page):
    board = make_board(home_page)
    risk = make_risk(board, current=(4, 3), inherent_likelihood=5, inherent_impact=4)
    risk.refresh_from_db()
    assert (risk.inherent_score, risk.current_score, risk.target_score) == (20, 12, 2)


def test_changing_a_band_changes_what_the_register_says(client, home_page):
    board = make_board(home_page)
    make_risk(board, current=(2, 3))
    assert (
        '6 <span class="band--medium">Medium</span>'
        in client.get(f"/boards/{board.pk}/risks/").content.decode()
    )
    high = ScoringBand.objects.get(name="High")
    high.min_score = 5
    high.save()
    html = client.get(f"/boards/{board.pk}/risks/").content.decode()
    assert '6 <span class="band--high">High</span>' in html


def test_risk_above_the_boards_appetite_is_flagged(client, home_page):
    board = make_board(home_page)
    RiskRegister.objects.create(board=board, appetite=9)
    at_appetite = make_risk(board, current=(3, 3), title="At appetite")
    above = make_risk(board, current=(2, 5), title="Above appetite risk")
    assert list(Risk.objects.owned_by(board).above_appetite()) == [above]
    html = client.get(f"/boards/{board.pk}/risks/").content.decode()
    assert html.count('<strong class="govuk-tag govuk-tag--red">Above appetite</strong>') == 1
    row_above = html.split("Above appetite risk")[1].split("</tr>")[0]
    assert "Above appetite" in row_above
    row_at = html.split(at_appetite.title)[1].split("</tr>")[0]
    assert "Above appetite" not in row_at


def test_a_board_without_settings_uses_the_default_appetite_of_twelve(home_page):
    board = make_board(home_page)
    make_risk(board, current=(3, 4))
    fifteen = make_risk(board, current=(3, 5))
    assert list(Risk.objects.owned_by(board).above_appetite()) == [fifteen]


def test_scores_outside_one_to_five_are_field_errors(home_page):
    board = make_board(home_page)
    risk = make_risk(board)
    risk.current_likelihood = 6
    with pytest.raises(Exception) as error:
        risk.full_clean()
    assert "current_likelihood" in error.value.message_dict
