"""Only the chair, vice-chair, owner and clerks may update an action from the site."""

import pytest

pytestmark = pytest.mark.django_db


def post_update(client, action, **data):
    payload = {"status": "in_progress", "note": "Started", "version": action.version, **data}
    return client.post(action.get_absolute_url(), payload)


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("chair", True),
        ("vice", True),
        ("owner", True),
        ("clerkperson", True),
        ("member", False),
        ("otherchair", False),
    ],
)
def test_update_permission_matrix(client, cast, who, allowed):
    client.force_login(cast.users[who])
    response = post_update(client, cast.action)
    cast.action.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert cast.action.status == "in_progress"
    else:
        assert response.status_code == 403
        assert cast.action.status == "open"


def test_anonymous_visitor_cannot_update(client, cast):
    response = post_update(client, cast.action)
    assert response.status_code == 403
    html = client.get(cast.action.get_absolute_url()).content.decode()
    assert "Update this action" not in html


def test_anonymous_visitor_is_offered_the_sign_in_that_leads_back_to_the_action(client, cast):
    url = cast.action.get_absolute_url()
    html = client.get(url).content.decode()
    assert f'href="/admin/login/?next={url}">sign in to update this action</a>' in html
    client.force_login(cast.users["member"])
    assert "sign in to update this action" not in client.get(url).content.decode()


def test_superuser_may_update(clerk_client, cast):
    assert post_update(clerk_client, cast.action).status_code == 302


def test_the_form_is_shown_only_to_those_who_may_use_it(client, cast):
    client.force_login(cast.users["member"])
    assert "Update this action" not in client.get(cast.action.get_absolute_url()).content.decode()
    client.force_login(cast.users["owner"])
    assert "Update this action" in client.get(cast.action.get_absolute_url()).content.decode()


def test_completion_needs_a_note(client, cast):
    client.force_login(cast.users["owner"])
    response = post_update(client, cast.action, status="completed", note="")
    assert response.status_code == 400
    assert "Say how the action was completed." in response.content.decode()
    cast.action.refresh_from_db()
    assert cast.action.status == "open"


def test_deferral_needs_a_later_date_and_a_reason(client, cast):
    client.force_login(cast.users["chair"])
    response = post_update(client, cast.action, status="deferred", due_date="", reason="")
    html = response.content.decode()
    assert response.status_code == 400
    assert "A deferred action needs a new due date." in html
    assert "Say why the action is deferred." in html
    response = post_update(
        client, cast.action, status="deferred", due_date="31/01/2027", reason="Awaiting audit"
    )
    assert response.status_code == 302
    cast.action.refresh_from_db()
    assert cast.action.status == "deferred"
    assert cast.action.due_date.isoformat() == "2027-01-31"
