"""An emailed update link acts only on the action as it stood when the email was sent.

Reminder digests issue a fresh link each time, so an owner may hold several for one action.
Using one must not let an older one undo it, and a link belongs to the owner it was sent to.
"""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from actions.models import ActionLink
from actions.services import issue_link
from tests.factories import PersonFactory, add_member, make_action

pytestmark = pytest.mark.django_db


def link_url(token: str) -> str:
    return reverse("actions:link", args=[token])


def post(client, token: str, action, **data):
    return client.post(link_url(token), {"version": action.version, **data})


def test_an_older_link_cannot_reopen_an_action_completed_through_a_newer_one(client, cast):
    action = cast.action
    older = issue_link(action, action.owner)
    newer = issue_link(action, action.owner)
    done = post(client, newer, action, status="completed", note="Circulated on Monday")
    assert done.status_code == 200
    action.refresh_from_db()
    assert action.status == "completed"
    completed_on, note = action.completed_on, action.completion_note

    page = client.get(link_url(older))
    html = page.content.decode()
    assert page.status_code == 410
    assert "changed since this email was sent" in html
    assert "govuk-heading-xl" in html
    assert "Circulated on Monday" not in html

    reopened = post(client, older, action, status="open", reason="Reopen")
    assert reopened.status_code == 410
    assert "changed since this email was sent" in reopened.content.decode()
    action.refresh_from_db()
    assert action.status == "completed"
    assert action.completed_on == completed_on
    assert action.completion_note == note == "Circulated on Monday"


def test_the_refusal_offers_sign_in_and_the_clerk(client, cast):
    older = issue_link(cast.action, cast.action.owner)
    client.post(
        link_url(issue_link(cast.action, cast.action.owner)),
        {"status": "in_progress", "version": cast.action.version},
    )
    html = client.get(link_url(older)).content.decode()
    login = reverse("wagtailadmin_login") + "?next=" + cast.action.get_absolute_url()
    assert f'href="{login}"' in html
    assert "clerk" in html


def test_any_change_to_the_action_after_the_email_makes_the_link_stale(client, cast):
    token = issue_link(cast.action, cast.action.owner)
    cast.action.due_date = datetime.date(2027, 3, 1)
    cast.action.save()  # a clerk moved the due date in the admin
    response = post(client, token, cast.action, status="completed", note="Done")
    assert response.status_code == 410
    cast.action.refresh_from_db()
    assert cast.action.status == "open"


def test_reassigning_the_action_refuses_the_previous_owners_link(client, cast):
    action = cast.action
    token = issue_link(action, action.owner)
    successor = PersonFactory(name="New Owner")
    add_member(cast.board, successor, "member")
    action.owner = successor
    action.save()
    page = client.get(link_url(token))
    assert page.status_code == 410
    assert "Review the MARAC process" not in page.content.decode()
    response = post(client, token, action, status="completed", note="Not mine any more")
    assert response.status_code == 410
    action.refresh_from_db()
    assert action.status == "open"
    assert action.completion_note == ""


def test_the_link_is_refused_if_ownership_moved_without_a_version_change(client, cast):
    """Whatever wrote the change, the link is the owner's and nobody else's."""
    token = issue_link(cast.action, cast.action.owner)
    type(cast.action).objects.filter(pk=cast.action.pk).update(owner=PersonFactory())
    assert client.get(link_url(token)).status_code == 410


def test_ending_the_owners_membership_withdraws_their_links(client, cast):
    token = issue_link(cast.action, cast.action.owner)
    membership = cast.action.owner.memberships.get()
    membership.end_date = timezone.localdate() - datetime.timedelta(days=1)
    membership.save()
    response = post(client, token, cast.action, status="completed", note="Done")
    assert response.status_code == 410
    assert "withdrawn" in response.content.decode()
    assert ActionLink.objects.get().revoked_at is not None
    cast.action.refresh_from_db()
    assert cast.action.status == "open"


def test_a_former_member_is_refused_even_without_a_save_signal(client, cast):
    token = issue_link(cast.action, cast.action.owner)
    cast.action.owner.memberships.update(end_date=timezone.localdate() - datetime.timedelta(days=1))
    page = client.get(link_url(token))
    assert page.status_code == 410
    assert "Review the MARAC process" not in page.content.decode()


def test_deactivating_the_owners_login_withdraws_their_links(client, cast):
    token = issue_link(cast.action, cast.action.owner)
    user = cast.users["owner"]
    user.is_active = False
    user.save()
    assert client.get(link_url(token)).status_code == 410
    assert ActionLink.objects.get().revoked_at is not None
    user.is_active = True
    user.save()
    assert client.get(link_url(token)).status_code == 410, "a withdrawn link stays withdrawn"


def test_an_inactive_login_is_refused_even_without_a_save_signal(client, cast):
    token = issue_link(cast.action, cast.action.owner)
    type(cast.users["owner"]).objects.filter(pk=cast.users["owner"].pk).update(is_active=False)
    assert client.get(link_url(token)).status_code == 410


def test_a_partner_without_a_seat_or_login_still_uses_their_link(client, cast):
    """Action owners need not sit on the board: the link is how they report back."""
    partner = PersonFactory(name="Partner Agency Lead", email="lead@example.org")
    action = make_action(cast.board, owner=partner, description="Send the partner figures")
    token = issue_link(action, partner)
    assert client.get(link_url(token)).status_code == 200
    response = post(client, token, action, status="completed", note="Sent")
    assert response.status_code == 200
    action.refresh_from_db()
    assert action.status == "completed"


def test_a_link_issued_before_versions_were_recorded_is_refused(client, cast):
    token = issue_link(cast.action, cast.action.owner)
    ActionLink.objects.update(action_version=None)
    response = client.get(link_url(token))
    assert response.status_code == 410
    assert "changed since this email was sent" in response.content.decode()
