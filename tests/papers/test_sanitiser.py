"""Converted and edited HTML can never run code in a reader's browser."""

import pytest

from papers.conversion import sanitise
from tests.papers.builders import make_document, make_paper

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<h2 onclick="steal()">Title</h2><script>alert(1)</script>'
    '<p><a href="javascript:alert(2)">click</a> <a href="https://example.org">ok</a></p>'
    '<img src="x" onerror="alert(3)"><iframe src="https://evil.example"></iframe>'
)


def test_sanitiser_strips_script_handlers_and_javascript_links():
    clean = sanitise(HOSTILE)
    assert "<script" not in clean and "alert(1)" not in clean
    assert "onclick" not in clean and "onerror" not in clean
    assert "javascript:" not in clean
    assert "<iframe" not in clean
    assert "<h2>Title</h2>" in clean
    assert 'href="https://example.org"' in clean


def test_markdown_upload_with_script_is_published_clean(meeting, convert, client):
    markdown = (
        b"# Report\n\n<script>alert('x')</script>\n\n[bad](javascript:alert(1))\n\n"
        b'<p onmouseover="alert(2)">Hover</p>\n'
    )
    paper = make_paper(meeting, source_document=make_document("report.md", markdown))
    convert(paper)
    html = client.get(paper.url).content.decode()
    assert "<h2>Report</h2>" in html
    assert "alert(" not in html
    assert "javascript:" not in html
