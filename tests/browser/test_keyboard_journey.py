"""A keyboard-only visitor gets from the home page to a paper and its download, seeing focus."""

from __future__ import annotations

from boards.models import BoardPage, MeetingPage
from papers.models import PaperPage

MAX_TABS = 120

FOCUS_STATE = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadowed = style.boxShadow && style.boxShadow !== 'none';
    const highlighted = style.backgroundColor === 'rgb(255, 221, 0)';
    return {
        text: (el.innerText || el.value || '').trim(),
        href: el.getAttribute('href'),
        tag: el.tagName,
        indicator: outlined || shadowed || highlighted,
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
            && box.top < window.innerHeight && box.left < window.innerWidth,
    };
}"""


def tab_to(page, href: str) -> list[dict]:
    """Press Tab until the link to href has focus, checking every stop shows where focus is."""
    stops = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        assert state is not None, f"focus was lost after {len(stops)} tabs"
        assert state["indicator"], f"no visible focus indicator on {state}"
        assert state["onScreen"], f"focused element is off screen: {state}"
        stops.append(state)
        if state["href"] == href:
            return stops
    raise AssertionError(f"{href} not reached in {MAX_TABS} tabs; last stops {stops[-5:]}")


def test_home_to_a_paper_and_its_download_with_keyboard_only(live_demo, page):
    board = BoardPage.objects.get(slug="childrens-trust-board")
    meeting = MeetingPage.objects.get(slug="2014-09-29", board=board)
    paper = PaperPage.objects.get(slug="wscb-annual-report", meeting=meeting)
    original = paper.source_document
    page.goto(live_demo.url + "/")

    # The first Tab reveals the skip link; Enter moves focus to the main content.
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUS_STATE)
    assert first["text"] == "Skip to main content" and first["indicator"] and first["onScreen"]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"

    tab_to(page, board.url)
    page.keyboard.press("Enter")
    page.wait_for_url(live_demo.url + board.url)
    assert page.locator("h1").inner_text() == board.title

    tab_to(page, meeting.url)
    page.keyboard.press("Enter")
    page.wait_for_url(live_demo.url + meeting.url)
    assert page.locator("h1").inner_text() == meeting.title
    agenda = page.locator("table.agenda")
    assert agenda.locator("caption").inner_text() == f"Agenda for {meeting.title}"
    assert agenda.locator("tbody tr").count() == 14

    # On to the paper listed under its agenda item, then its original report.
    tab_to(page, paper.url)
    page.keyboard.press("Enter")
    page.wait_for_url(live_demo.url + paper.url)
    assert page.locator("h1").inner_text() == paper.title

    stops = tab_to(page, original.url)
    assert stops[-1]["text"].startswith("Original report (DOCX")
    with page.expect_download() as started:
        page.keyboard.press("Enter")
    download = started.value
    assert download.suggested_filename == original.filename
    with open(download.path(), "rb") as handle:
        data = handle.read()
    assert data.startswith(b"PK")  # a Word document is a zip package
    with original.file.open("rb") as stored:
        assert data == stored.read()
