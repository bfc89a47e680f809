"""Clerks manage risks, plans, values, categories, bands and appetite in the admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from risks.models import BusinessPlan
from tests.factories import make_board

pytestmark = pytest.mark.django_db

MODELS = ["risk", "businessplan", "indicatorvalue", "riskcategory", "scoringband", "riskregister"]


@pytest.mark.parametrize("model", MODELS)
def test_listings_and_add_forms_open(clerk_client, model, demo):
    assert clerk_client.get(reverse(f"wagtailsnippets_risks_{model}:list")).status_code == 200
    assert clerk_client.get(reverse(f"wagtailsnippets_risks_{model}:add")).status_code == 200


def test_plan_with_priorities_and_indicators_is_saved_with_history(clerk_client, clerk, home_page):
    board = make_board(home_page)
    data = nested_form_data(
        {
            "board": board.pk,
            "title": "WSCB Business Plan",
            "period": "2014-15",
            "summary": "",
            "is_current": "on",
            "priorities": inline_formset(
                [
                    {
                        "number": "1",
                        "title": "Domestic Abuse",
                        "description": "",
                        "lead": "",
                        "lead_role": "Chair of Domestic Abuse Committee",
                        "due_date": "2015-02-28",
                        "success_measures": "",
                        "rag": "amber",
                        "rag_reason": "Strategy not yet published",
                    }
                ]
            ),
            "indicators": inline_formset(
                [
                    {
                        "name": "Good Level of Development",
                        "priority": "",
                        "unit": "%",
                        "target": "60",
                        "direction": "higher",
                        "frequency": "annual",
                    }
                ]
            ),
            "change_reason": "",
        }
    )
    response = clerk_client.post(reverse("wagtailsnippets_risks_businessplan:add"), data)
    assert response.status_code == 302
    plan = BusinessPlan.objects.get(board=board)
    priority = plan.priorities.get()
    record = priority.history.get()
    assert (record.history_user, record.history_change_reason, record.rag) == (
        clerk,
        "Created",
        "amber",
    )
    assert plan.indicators.get().target == 60


def test_bad_band_is_a_field_error(clerk_client):
    response = clerk_client.post(
        reverse("wagtailsnippets_risks_scoringband:add"), {"name": "Extreme", "min_score": "30"}
    )
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to 25." in response.content.decode()
