"""Real-browser harness: Debian's Chromium through Playwright, against a live server with the demo.

Browser tests are transactional (the live server thread must see committed data). They run
after every other test and restore the demo partnership before each test with serialized
rollback (see tests/conftest.py), so nothing else sees their flushes.
"""

from __future__ import annotations

import datetime
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from tests.conftest import TRANSACTIONAL_DB

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the
# test body are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# This worktree's ports for live servers (override when running elsewhere).
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1:8116")

LONDON = ZoneInfo("Europe/London")
CHROMIUM = Path(os.environ.get("QUORUM_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "test-screenshots"
DESKTOP = {"width": 1280, "height": 900}
NARROW = {"width": 320, "height": 640}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests are transactional, restore the demo around them, and run last."""
    here = Path(__file__).parent
    browser = [item for item in items if Path(str(item.fspath)).is_relative_to(here)]
    for item in browser:
        item.add_marker(pytest.mark.browser)
        item.add_marker(TRANSACTIONAL_DB)
    items[:] = [item for item in items if item not in browser] + browser


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call):
    """Keep each phase's outcome on the test so the page fixture can screenshot failures."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def playwright_browser() -> Iterator:
    """One headless Chromium for the run; the test command installs it when missing."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium` (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def live_demo(live_server, settings):
    """The live server's database holds the demo partnership and its search index.

    Its address is the site's configured base URL, as in a deployment, so the links Quorum
    writes into pages, feeds and emails lead back to it.
    """
    settings.QUORUM_BASE_URL = settings.WAGTAILADMIN_BASE_URL = live_server.url
    call_command("load_demo", stdout=io.StringIO())
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    return live_server


@dataclass
class Persona:
    """Someone from the demo partnership with a real login, for journeys through sign-in."""

    username: str
    password: str
    person: object
    board: object


def _demo_persona(name: str, board_slug: str, role: str, username: str) -> Persona:
    """Give a demo board's person (who holds `role` on it today) a login of their own."""
    from boards.models import BoardPage, Membership, Person
    from tests.factories import make_user

    board = BoardPage.objects.get(slug=board_slug)
    person = Person.objects.get(name=name)
    assert Membership.objects.current().filter(board=board, person=person, role=role).exists()
    password = f"{username}-correct-horse"
    user = make_user(username, person, first_name=name.split()[0], last_name=name.split()[-1])
    user.set_password(password)
    user.save()
    return Persona(username=username, password=password, person=person, board=board)


@pytest.fixture
def ctb_chair(live_demo) -> Persona:
    """Councillor Tony Smith, chair of the Children's Trust Board, who signs in to chase actions."""
    return _demo_persona("Tony Smith", "childrens-trust-board", "chair", "tony.smith")


@pytest.fixture
def ctb_member(live_demo) -> Persona:
    """Bev Morgan, a Link Forum member of the Children's Trust Board and of no other board."""
    return _demo_persona("Bev Morgan", "childrens-trust-board", "member", "bev.morgan")


@pytest.fixture
def next_ctb_meeting(live_demo):
    """The Children's Trust Board's next meeting: the demo's meetings are all in the past."""
    from boards.models import BoardPage
    from tests.factories import make_meeting

    board = BoardPage.objects.get(slug="childrens-trust-board")
    day = datetime.date.today() + datetime.timedelta(days=24)
    start = datetime.datetime.combine(day, datetime.time(10), tzinfo=LONDON)
    return make_meeting(
        board,
        start,
        items=3,
        title=f"Wirral Children's Trust Board, {day:%-d %B %Y}",
        venue="Committee Room 1, Wallasey Town Hall",
    )


@pytest.fixture
def browser_context(playwright_browser, request):
    """A fresh, signed-out browser profile per test; screenshots of every page on failure."""
    # axe-core is injected as a script tag; the site's own CSP would (rightly) block it.
    context = playwright_browser.new_context(viewport=DESKTOP, locale="en-GB", bypass_csp=True)
    context.set_default_timeout(15_000)
    yield context
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        for number, page in enumerate(context.pages):
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{number}.png"), full_page=True)
    context.close()


@pytest.fixture
def page(browser_context):
    """A browser tab."""
    return browser_context.new_page()


def axe_violations(page) -> list[dict]:
    """Run the pinned axe-core against the page for the WCAG 2.2 A and AA rules."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary),
            }));
        }""",
        AXE_TAGS,
    )


def describe(violations: list[dict]) -> str:
    """Violations as a readable failure message."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {node}" for node in violation["nodes"][:5])
    return "\n".join(lines)


def sign_in(page, persona: Persona) -> None:
    """Fill in the real sign-in form the page shows and submit it, as the person would."""
    page.get_by_label("Username").fill(persona.username)
    page.get_by_label("Password").fill(persona.password)
    page.get_by_role("button", name="Sign in").click()
