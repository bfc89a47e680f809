"""A Word report becomes the paper's HTML with its structure: headings, lists, tables, images."""

import pytest

from papers.choices import ConversionStatus
from papers.services import request_conversion
from tests.factories import london, make_board, make_meeting
from tests.papers.builders import docx_from_markdown, make_document, make_paper

pytestmark = pytest.mark.django_db


@pytest.fixture
def converted(home_page, django_capture_on_commit_callbacks, client):
    board = make_board(home_page, title="Conversion Board")
    meeting = make_meeting(board, london(2026, 12, 7, 10, 0), items=3)
    meeting.save_revision().publish()
    document = make_document("link-forum.docx", docx_from_markdown())
    paper = make_paper(meeting, source_document=document)
    with django_capture_on_commit_callbacks(execute=True):
        conversion = request_conversion(paper)
    paper.refresh_from_db()
    conversion.refresh_from_db()
    return paper, conversion, client.get(paper.url).content.decode()


def test_headings_lists_links_and_footnotes_survive(converted):
    _, conversion, html = converted
    assert conversion.status == ConversionStatus.DONE
    assert "<h2>Background</h2>" in html
    assert "<h3" in html and "Progress in 2013-14" in html
    assert "<li>52 member organisations</li>" in html
    assert '<ol type="1">' in html or "<ol>" in html
    assert 'href="https://example.org/link-forum"' in html
    assert "The forum is funded by the Children" in html
    assert 'href="#fn1"' in html


def test_table_keeps_header_cells_with_scope(converted):
    _, _, html = converted
    assert '<th scope="col">Measure</th>' in html
    assert "<td>52</td>" in html


def test_images_become_access_checked_images_with_alt_text(converted, client):
    paper, conversion, html = converted
    assert conversion.images == 2
    assert conversion.images_missing_alt == 1
    assert 'alt="Chart of membership growth"' in html
    link = paper.images.get(alt_text="Chart of membership growth")
    assert f'src="/papers/images/{link.image_id}/"' in html
    response = client.get(f"/papers/images/{link.image_id}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_clerk_is_told_which_images_lack_alt_text(converted, clerk_client):
    paper, _, _ = converted
    response = clerk_client.get(f"/admin/pages/{paper.pk}/edit/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "1 image without alt text" in page
    assert "Done" in page
