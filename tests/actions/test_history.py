"""Every path that changes an action leaves a history row with who, when and why."""

import pytest
from django.urls import reverse

from actions.services import ActionUpdate, issue_link, update_via_link
from actions.wagtail_hooks import MarkCancelledBulkAction

pytestmark = pytest.mark.django_db


def latest(action):
    return action.history.order_by("-history_date", "-history_id").first()


def test_site_form_change_is_recorded_with_user_and_reason(client, cast):
    client.force_login(cast.users["chair"])
    client.post(
        cast.action.get_absolute_url(),
        {
            "status": "in_progress",
            "note": "Meeting booked",
            "version": cast.action.version,
            "reason": "Work started",
        },
    )
    row = latest(cast.action)
    assert row.history_user == cast.users["chair"]
    assert row.status == "in_progress"
    assert "Work started" in row.history_change_reason
    page = client.get(cast.action.get_absolute_url()).content.decode()
    assert "by Chair" in page and "Work started" in page
    assert "Meeting booked" in page


def test_admin_edit_is_recorded_with_the_clerk_and_reason(clerk_client, clerk, cast):
    action = cast.action
    url = reverse("wagtailsnippets_actions_action:edit", args=[action.pk])
    response = clerk_client.post(
        url,
        {
            "board": cast.board.pk,
            "description": action.description,
            "owner": action.owner_id,
            "lead_organisation": "",
            "due_date": "2026-12-15",
            "status": "open",
            "completed_on": "",
            "completion_note": "",
            "change_reason": "Agreed at the November meeting",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    row = latest(action)
    assert row.history_user == clerk
    assert row.history_change_reason == "Agreed at the November meeting"
    assert row.due_date.isoformat() == "2026-12-15"


def test_signed_link_change_is_recorded_as_that_person(cast):
    owner = cast.action.owner
    token = issue_link(cast.action, owner)
    update_via_link(token, ActionUpdate(status="completed", note="Review done"))
    row = latest(cast.action)
    assert row.history_person == owner
    assert row.history_user is None
    assert "emailed link" in row.history_change_reason


def test_bulk_cancel_writes_one_history_row_per_action(clerk, cast):
    MarkCancelledBulkAction.execute_action([cast.action], user=clerk)
    row = latest(cast.action)
    assert row.status == "cancelled"
    assert row.history_user == clerk
    assert "Cancelled in bulk" in row.history_change_reason


def test_timeline_shows_each_change_with_old_and_new_values(client, cast):
    client.force_login(cast.users["owner"])
    client.post(
        cast.action.get_absolute_url(),
        {"status": "completed", "note": "MARAC reviewed", "version": cast.action.version},
    )
    html = client.get(cast.action.get_absolute_url()).content.decode()
    assert "Raised" in html
    flat = html.replace("\n", "").replace("  ", "")
    cell = '<td class="govuk-table__cell">'
    assert f"{cell}Open</td>{cell}Completed</td>" in flat
