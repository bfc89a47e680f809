"""The demo carries the seeds' real risks, priorities and scorecard figures."""

import pytest

from boards.models import BoardPage
from risks.demo import load_risks_demo
from risks.models import BusinessPlan, Risk

pytestmark = pytest.mark.django_db


def board(slug: str) -> BoardPage:
    return BoardPage.objects.get(slug=slug)


def test_best_start_register_has_the_knowsley_risks(client, demo):
    best_start = board("best-start-partnership-board")
    html = client.get(f"/boards/{best_start.pk}/risks/").content.decode()
    for title in (
        "Workforce capacity and recruitment",
        "Delivery of funded service expectations",
        "Data integration challenges",
        "Financial risks",
        "Engagement risks",
        "Dependency on multi agency systems",
    ):
        assert title in html
    assert "Escalated from" in html and "Family Hub Programme" in html
    assert "Falling (was 20)" in html and "Rising (was 8)" in html
    risk = Risk.objects.get(reference="BSP-R1")
    assert risk.controls.count() == 2
    assert risk.history.count() == 3


def test_wscb_plan_has_the_seven_2014_15_priorities(client, demo):
    plan = BusinessPlan.objects.get(board=board("wirral-safeguarding-children-board"))
    assert plan.period == "2014-15"
    assert list(plan.priorities.order_by("number").values_list("title", flat=True)) == [
        "Domestic Abuse",
        "Child Sexual Exploitation",
        "Neglect",
        "Learning and Improvement (including training)",
        "Effectiveness of Early Help",
        "Signs of Safety",
        "Supporting Safeguarding in Wirral",
    ]


def test_childrens_trust_scorecard_has_the_gld_figures(client, demo):
    ctb = board("childrens-trust-board")
    html = client.get(f"/boards/{ctb.pk}/plan/").content.decode()
    assert "2013: 47%; 2014: 63%" in html
    assert "2013: 27.7%; 2014: 46.5%" in html  # free school meal pupils, as the pack prints them
    assert "Not rated" in html  # priorities carry no RAG in the pack
    assert "10 indicators that can be measured" in html
    assert "7 are performing well against targets (Green)" in html


def test_best_start_plan_has_timeline_priorities_and_gld_ambition(client, demo):
    html = client.get(f"/boards/{board('best-start-partnership-board').pk}/plan/").content.decode()
    assert "Continue to improve digital front door" in html
    assert "Develop and refine data sharing and performance measurement" in html
    assert "Good Level of Development by age 5" in html and "75%" in html


def test_loading_again_adds_nothing(demo):
    before = (Risk.objects.count(), BusinessPlan.objects.count(), Risk.history.count())
    load_risks_demo()
    assert (Risk.objects.count(), BusinessPlan.objects.count(), Risk.history.count()) == before
