"""A chair signs in, completes an action from the board's log, and its history names them."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from actions.choices import ActionStatus
from actions.models import Action
from tests.browser.conftest import axe_violations, describe, sign_in

NOTE = "Early Help Strategy refresh agreed by the partnership on 3 November."


def test_chair_marks_an_action_completed_and_the_history_shows_their_name(
    live_demo, ctb_chair, page
):
    board = ctb_chair.board
    page.goto(live_demo.url + board.url)
    page.get_by_role("link", name="Action log").click()
    page.wait_for_url(live_demo.url + board.url + "actions/")

    # Narrow the log to actions in progress and pick the first one listed.
    page.get_by_label("Status", exact=True).select_option(label="In progress")
    page.get_by_role("button", name="Apply filters").click()
    first = page.locator("table tbody tr").first.get_by_role("link")
    reference = first.inner_text()
    first.click()
    action = Action.objects.get(reference=reference)
    assert action.board_id == board.pk and action.status == ActionStatus.IN_PROGRESS
    page.wait_for_url(live_demo.url + action.get_absolute_url())

    # Signed out, the page offers no form, only the way to sign in; signing in comes back here.
    assert page.locator("form textarea").count() == 0
    page.get_by_role("link", name="sign in to update this action").click()
    sign_in(page, ctb_chair)
    page.wait_for_url(live_demo.url + action.get_absolute_url())

    # The form is accessible as the chair meets it: no WCAG failures, hints read out with fields.
    assert not (violations := axe_violations(page)), describe(violations)
    note = page.get_by_label("Progress note")
    expect(note).to_have_accessible_description("Required when you mark the action completed.")
    page.get_by_label("Status", exact=True).select_option(label="Completed")
    note.fill(NOTE)
    page.get_by_role("button", name="Save update").click()
    page.get_by_role("status").get_by_text(f"{reference} updated.").wait_for()

    # The history names the chair, with the change and the note.
    change = page.locator("ol.timeline > li").last
    assert re.match(r"Changed by Councillor Tony Smith, \d", change.locator("p").inner_text())
    rows = {
        row.locator("th").inner_text(): [cell.inner_text() for cell in row.locator("td").all()]
        for row in change.locator("tbody tr").all()
    }
    assert rows["Status"] == ["In progress", "Completed"]
    assert rows["Completion note"] == ["—", NOTE]
    assert f"Councillor Tony Smith: {NOTE}" in page.locator("main").inner_text()

    action.refresh_from_db()
    assert action.status == ActionStatus.COMPLETED and action.completion_note == NOTE
    assert action.history.latest().history_user.person == ctb_chair.person

    # Back on the log, the action now counts as completed.
    page.get_by_role("link", name=f"Action log of {board.title}").click()
    page.get_by_label("Status", exact=True).select_option(label="Completed")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"status=completed"))
    expect(page.locator("table tbody").get_by_role("link", name=reference)).to_have_count(1)
