"""A member of the public searches for Early Help, opens the paper, and downloads the pack."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from papers.models import MeetingPack, PaperPage


def test_public_searches_early_help_opens_a_paper_and_downloads_the_public_pack(live_demo, page):
    paper = PaperPage.objects.get(slug="early-help-strategic-steering-group")
    meeting = paper.meeting

    page.goto(live_demo.url + "/")
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Search").click()
    page.get_by_role("searchbox").fill("Early Help")
    page.get_by_role("button", name="Search").click()
    page.locator("#results").wait_for()
    assert re.match(r"\d+ results? for .Early Help.", page.locator("#results").inner_text())

    # The steering group is also a board with meetings; the paper is the result marked "Paper".
    result = page.locator(".search-results__item").filter(
        has=page.locator(".search-results__meta strong", has_text=re.compile(r"^Paper$"))
    )
    result.get_by_role("link", name=paper.title, exact=True).click()
    page.wait_for_url(live_demo.url + paper.url)
    assert page.locator("h1").inner_text() == paper.title

    # From the paper to its meeting, where the public pack is offered.
    page.locator("dl.govuk-summary-list").get_by_role("link", name=meeting.title).click()
    page.wait_for_url(live_demo.url + meeting.url)
    with page.expect_download() as started:
        page.get_by_role("link", name=re.compile(r"^Download the meeting pack")).click()
    download = started.value
    assert download.suggested_filename == f"{meeting.slug}-public-pack.pdf"
    with open(download.path(), "rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF-")

    pack = MeetingPack.objects.get(meeting=meeting, kind="public")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == pack.page_count
    text = "".join(page_.extract_text() for page_ in reader.pages)
    assert paper.title in text
    assert "DEMO ONLY (invented)" not in text  # the exempt paper stays out of the public pack
