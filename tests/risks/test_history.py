"""Every change to a risk, its controls or a priority is kept with who, when and why."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from risks.models import Risk, RiskCategory, RiskControl
from tests.factories import make_board
from tests.risks.builders import make_plan, make_risk

pytestmark = pytest.mark.django_db


def risk_form(board, **overrides):
    data = {
        "board": board.pk,
        "reference": "R-ADMIN",
        "title": "Data integration challenges",
        "cause": "",
        "event": "",
        "effect": "",
        "category": RiskCategory.objects.get(name="Data integration").pk,
        "owner": "",
        "inherent_likelihood": "4",
        "inherent_impact": "3",
        "current_likelihood": "3",
        "current_impact": "3",
        "target_likelihood": "2",
        "target_impact": "2",
        "review_date": "",
        "status": "open",
        "controls": inline_formset(
            [{"kind": "control", "description": "Shared reporting tools", "owner": ""}]
        ),
        "change_reason": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_admin_create_and_edit_write_history_with_reason(clerk_client, clerk, home_page):
    board = make_board(home_page)
    response = clerk_client.post(reverse("wagtailsnippets_risks_risk:add"), risk_form(board))
    assert response.status_code == 302
    risk = Risk.objects.get(reference="R-ADMIN")
    assert risk.current_score == 9
    created = risk.history.get()
    assert (created.history_user, created.history_change_reason) == (clerk, "Created")
    control = risk.controls.get()
    assert control.history.get().history_change_reason == "Created"

    edit_url = reverse("wagtailsnippets_risks_risk:edit", args=[risk.pk])
    form = risk_form(board, current_likelihood="2")
    form.update({"controls-0-id": str(control.pk)})
    response = clerk_client.post(edit_url, form)
    assert response.status_code == 200
    assert "Say why you are changing this record." in response.content.decode()
    assert risk.history.count() == 1

    form = risk_form(board, current_likelihood="2", change_reason="Quarterly review")
    form.update({"controls-0-id": str(control.pk)})
    assert clerk_client.post(edit_url, form).status_code == 302
    latest = risk.history.latest()
    assert (latest.history_user, latest.history_change_reason, latest.current_score) == (
        clerk,
        "Quarterly review",
        6,
    )


def test_risk_page_shows_who_when_why_and_the_score_timeline(client, clerk, home_page):
    board = make_board(home_page)
    risk = make_risk(board, current=(4, 4), user=clerk, reason="Added at plan approval")
    risk.current_likelihood = 2
    risk._change_reason = "Recruitment campaign filled posts"
    risk._history_user = clerk
    risk.save()
    html = client.get(f"/boards/{board.pk}/risks/{risk.pk}/").content.decode()
    timeline = html.split('id="history"')[1]
    assert "Recruitment campaign filled posts" in timeline
    assert "Added at plan approval" in timeline
    assert timeline.count("clerk") == 2
    assert timeline.index("8 (High)") < timeline.index("16 (Very high)")
    register = client.get(f"/boards/{board.pk}/risks/").content.decode()
    assert "Falling (was 16)" in register


def test_priority_rag_changes_keep_history(home_page, clerk):
    plan = make_plan(make_board(home_page), priorities=1)
    priority = plan.priorities.get()
    priority.rag = "red"
    priority.rag_reason = "Provider not commissioned"
    priority._change_reason = "Quarter 2 update"
    priority._history_user = clerk
    priority.save()
    assert [h.rag for h in priority.history.order_by("history_date")] == ["amber", "red"]
    assert priority.history.latest().history_user == clerk


def test_deleting_a_risk_in_the_admin_keeps_who_and_why(clerk_client, clerk, home_page):
    board = make_board(home_page)
    risk = make_risk(board)
    control = RiskControl.objects.create(risk=risk, description="Monthly review")
    response = clerk_client.post(reverse("wagtailsnippets_risks_risk:delete", args=[risk.pk]))
    assert response.status_code == 302
    assert not Risk.objects.filter(pk=risk.pk).exists()
    deleted = Risk.history.filter(id=risk.pk).latest()
    assert (deleted.history_type, deleted.history_user, deleted.history_change_reason) == (
        "-",
        clerk,
        "Deleted",
    )
    assert control.history.latest().history_change_reason == "Deleted"
