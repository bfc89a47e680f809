"""An escalated risk shows on the parent board's register, and history says who and why."""

import pytest

from risks.models import Risk
from risks.services import EscalationError, escalate_risk
from tests.factories import PersonFactory, make_board
from tests.risks.builders import make_risk, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def boards(home_page):
    parent = make_board(home_page, title="Partnership Board")
    child = make_board(parent, title="Programme Group", slug="programme-group")
    return parent, child


def test_owner_escalates_through_the_risk_page(client, boards):
    parent, child = boards
    owner = PersonFactory(name="Olive Owner")
    user = make_user("olive", person=owner)
    risk = make_risk(child, owner=owner, title="Partner pressures")
    client.force_login(user)

    response = client.post(
        f"/risks/{risk.pk}/escalate/", {"reason": "Needs partners to commit staff"}
    )
    assert response.status_code == 302

    html = client.get(f"/boards/{parent.pk}/risks/").content.decode()
    assert "Partner pressures" in html
    link = f'<a class="govuk-link" href="/boards/{child.pk}/risks/">Programme Group</a>'
    assert f"Escalated from {link}" in html
    latest = risk.history.latest()
    assert latest.history_user == user
    assert latest.history_change_reason == "Escalated to Partnership Board"
    assert latest.escalation_reason == "Needs partners to commit staff"
    detail = client.get(f"/boards/{parent.pk}/risks/{risk.pk}/").content.decode()
    assert "Escalated to Partnership Board: Needs partners to commit staff" in detail
    assert "Olive Owner" in detail


def test_escalated_risk_stays_on_its_own_register(client, boards):
    _parent, child = boards
    risk = make_risk(child, title="Stays at home")
    escalate_risk(risk, None, "Too big for us")
    html = client.get(f"/boards/{child.pk}/risks/").content.decode()
    assert "Stays at home" in html
    assert "Escalated</td>" in html


def test_a_top_level_board_cannot_escalate(boards):
    parent, _child = boards
    risk = make_risk(parent)
    with pytest.raises(EscalationError):
        escalate_risk(risk, None, "Nowhere to go")
    risk.refresh_from_db()
    assert risk.status == "open"
    assert risk.escalated_to is None


def test_escalation_needs_a_reason(client, boards):
    _parent, child = boards
    risk = make_risk(child)
    client.force_login(make_user("clerkish", perms=("risks.change_risk",)))
    client.post(f"/risks/{risk.pk}/escalate/", {"reason": ""})
    assert Risk.objects.get(pk=risk.pk).status == "open"


def test_other_boards_do_not_see_the_escalated_risk(client, boards, home_page):
    _parent, child = boards
    other = make_board(home_page, title="Unrelated Board")
    risk = make_risk(child, title="Private to the family")
    escalate_risk(risk, None, "Reason")
    assert "Private to the family" not in client.get(f"/boards/{other.pk}/risks/").content.decode()
    assert client.get(f"/boards/{other.pk}/risks/{risk.pk}/").status_code == 404


def test_reopening_takes_the_risk_off_the_parent_register(client, boards):
    parent, child = boards
    risk = make_risk(child, title="Handled locally again")
    escalate_risk(risk, None, "Needs the board")
    risk.status = "open"
    risk._change_reason = "Partnership board agreed the group can manage it"
    risk.save()
    assert "Handled locally again" not in client.get(f"/boards/{parent.pk}/risks/").content.decode()
    reasons = [h.history_change_reason for h in risk.history.order_by("history_date")]
    assert reasons[-2:] == [
        "Escalated to Partnership Board",
        "Partnership board agreed the group can manage it",
    ]
