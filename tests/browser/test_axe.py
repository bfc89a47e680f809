"""Every public page type passes axe-core's WCAG 2.2 A and AA rules, on desktop and at 320 px."""

from __future__ import annotations

import pytest
from django.urls import reverse

from actions.models import Action
from boards.models import BoardPage, MeetingPage
from home.models import AccessibilityStatementPage
from risks.models import Risk
from tests.browser.conftest import DESKTOP, NARROW, axe_violations, describe

WSCB = "wirral-safeguarding-children-board"


def public_pages() -> dict[str, str]:
    """One URL per public page type, from the demo partnership."""
    best_start = BoardPage.objects.get(slug="best-start-partnership-board")
    return {
        "home": "/",
        "board": BoardPage.objects.get(slug="childrens-trust-board").url,
        "board with sub-boards": BoardPage.objects.get(slug=WSCB).url,
        "meeting": MeetingPage.objects.get(slug="2014-09-29", board__short_name="CTB").url,
        "accessibility statement": AccessibilityStatementPage.objects.get().url,
        "search form": "/search/",
        "search results": "/search/?q=early+help",
        "search with no results": "/search/?q=zzzqqq",
        "search with errors": "/search/?q=plan&date_from=31%2F02%2F2014&date_to=bad",
        "page not found": "/no-such-page/",
        "minutes and actions arising": MeetingPage.objects.get(
            slug="2014-07-21", board__short_name="CTB"
        ).url,
        "action log": BoardPage.objects.get(slug="childrens-trust-board").url + "actions/",
        "action": Action.objects.get(reference="CTB/2014-07-21/6.2").get_absolute_url(),
        "risk register": reverse("risks:register", args=[best_start.pk]),
        "risk": reverse(
            "risks:risk", args=[best_start.pk, Risk.objects.filter(board=best_start).first().pk]
        ),
        "business plan": reverse("risks:plan", args=[best_start.pk]),
        "plan exceptions": reverse("risks:exceptions", args=[best_start.pk]),
        "calendars": "/calendar/",
    }


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
def test_public_pages_have_no_wcag_violations(live_demo, page, viewport):
    page.set_viewport_size(viewport)
    failures = {}
    for name, url in public_pages().items():
        page.goto(live_demo.url + url)
        violations = axe_violations(page)
        if violations:
            failures[name] = describe(violations)
        # Nothing is cut off or forces sideways scrolling of the whole page at 320 px.
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {viewport['width']}px"
    assert not failures, "\n\n".join(f"{name}:\n{text}" for name, text in failures.items())
