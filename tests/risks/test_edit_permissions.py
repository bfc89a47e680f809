"""Only clerks (who may change risks) and the risk's owner may edit a risk."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from risks.models import Risk
from tests.factories import PersonFactory, make_board
from tests.risks.builders import make_clerk_group_user, make_risk, make_user

pytestmark = pytest.mark.django_db

FORM = {
    "title": "Workforce capacity and recruitment",
    "cause": "",
    "event": "",
    "effect": "",
    "current_likelihood": "2",
    "current_impact": "3",
    "target_likelihood": "1",
    "target_impact": "2",
    "review_date": "2027-01-31",
    "status": "open",
    "change_reason": "Quarterly review",
}


@pytest.fixture
def setup(home_page):
    board = make_board(home_page)
    owner_person = PersonFactory(name="Risk Owner")
    risk = make_risk(board, owner=owner_person, current=(4, 4))
    users = {
        "owner": make_user("owner", person=owner_person),
        "clerk": make_clerk_group_user(),
        "superuser": make_user("boss"),
        "member": make_user("member", person=PersonFactory()),
        "admin_user_without_risk_rights": make_user("editor", admin=True),
    }
    users["superuser"].is_superuser = True
    users["superuser"].save()
    return risk, users


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("owner", True),
        ("clerk", True),
        ("superuser", True),
        ("member", False),
        ("admin_user_without_risk_rights", False),
    ],
)
def test_edit_matrix(client, setup, who, allowed):
    risk, users = setup
    client.force_login(users[who])
    url = reverse("risks:edit", args=[risk.pk])
    assert client.get(url).status_code == (200 if allowed else 403)
    response = client.post(url, FORM)
    risk.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert risk.current_score == 6
        record = risk.history.latest()
        assert (record.history_user, record.history_change_reason) == (
            users[who],
            "Quarterly review",
        )
    else:
        assert response.status_code == 403
        assert risk.current_score == 16


def test_anonymous_visitors_are_sent_to_sign_in(client, setup):
    risk, _users = setup
    response = client.get(reverse("risks:edit", args=[risk.pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert (
        client.post(reverse("risks:escalate", args=[risk.pk]), {"reason": "x"}).status_code == 302
    )
    assert Risk.objects.get(pk=risk.pk).status == "open"


def test_edit_link_shows_only_to_those_who_may_edit(client, setup):
    risk, users = setup
    url = reverse("risks:risk", args=[risk.board_id, risk.pk])
    assert "Update this risk" not in client.get(url).content.decode()
    client.force_login(users["member"])
    assert "Update this risk" not in client.get(url).content.decode()
    client.force_login(users["owner"])
    assert "Update this risk" in client.get(url).content.decode()


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("clerk", True), ("owner", True), ("admin_user_without_risk_rights", False)],
)
def test_admin_edit_is_for_clerks_and_the_owner(client, setup, who, allowed):
    risk, users = setup
    if who == "owner":  # the owner needs access to the admin at all, but no risk permissions
        users["owner"].user_permissions.add(
            Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
        )
    client.force_login(users[who])
    response = client.get(reverse("wagtailsnippets_risks_risk:edit", args=[risk.pk]))
    assert (response.status_code == 200) is allowed


def test_a_reason_is_required(client, setup):
    risk, users = setup
    client.force_login(users["owner"])
    response = client.post(reverse("risks:edit", args=[risk.pk]), {**FORM, "change_reason": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    risk.refresh_from_db()
    assert risk.current_score == 16


def test_bad_scores_are_field_errors_not_500(client, setup):
    risk, users = setup
    client.force_login(users["owner"])
    response = client.post(reverse("risks:edit", args=[risk.pk]), {**FORM, "current_impact": "9"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
