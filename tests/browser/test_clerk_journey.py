"""A clerk builds and publishes a meeting in the admin; signed out, the public sees its agenda."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model

from boards.models import BoardPage, MeetingPage

TITLE = "Wirral Children's Trust Board, 20 January 2027"
AGENDA = [
    ("1", "Apologies and introductions"),
    ("2", "Declarations of interest"),
    ("3", "Early Help Strategy refresh"),
]


def test_clerk_publishes_a_meeting_with_three_items_that_the_public_then_sees(
    live_demo, page, browser_context
):
    get_user_model().objects.create_superuser("clerk", "clerk@example.org", "correct-horse")
    board = BoardPage.objects.get(slug="childrens-trust-board")

    # Sign in to the admin.
    page.goto(live_demo.url + "/admin/login/")
    page.get_by_label("Username").fill("clerk")
    page.get_by_label("Password").fill("correct-horse")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_demo.url + "/admin/")

    # Add a meeting under the board: its form starts with the five standard items.
    page.goto(live_demo.url + f"/admin/pages/{board.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    page.get_by_role("link", name=re.compile(r"^Meeting\b")).click()
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_start").fill("20/01/2027 10:00")
    page.locator("#id_end").fill("20/01/2027 12:30")
    page.locator("#id_venue").fill("Committee Room 1, Wallasey Town Hall")
    page.locator("#id_title").click()  # close any date picker

    for index, (number, title) in enumerate(AGENDA):
        page.locator(f"#id_agenda_items-{index}-number").fill(number)
        page.locator(f"#id_agenda_items-{index}-title").fill(title)
    # Two standard items are not needed at this meeting.
    page.locator("#id_agenda_items-4-DELETE-button").click()
    page.locator("#id_agenda_items-3-DELETE-button").click()

    # Publish from the footer's action menu.
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Publish").click()
    # Wagtail words the message "created and published" or "has been published".
    published = re.compile(rf"Page '{re.escape(TITLE)}' (created and published|has been published)")
    page.get_by_text(published).wait_for()

    meeting = MeetingPage.objects.get(title=TITLE)
    assert meeting.live and meeting.board == board

    # Signed out (a fresh browser with no session), the public page shows the agenda.
    public = browser_context.browser.new_context().new_page()
    public.goto(live_demo.url + meeting.url)
    heading = public.locator("h1").inner_text()
    assert heading == TITLE, f"{meeting.url} ({meeting.url_path}, live={meeting.live}): {heading}"
    rows = public.locator("table.agenda tbody tr")
    assert rows.count() == 3
    for row, (number, title) in zip(rows.all(), AGENDA, strict=True):
        assert row.locator("th").inner_text() == number
        assert title in row.inner_text()
    assert "Committee Room 1, Wallasey Town Hall" in public.content()
    public.context.close()
