"""Meeting packs: public without exempt papers, a contents page, merged appendices, one build."""

import io

import pytest
from pypdf import PdfReader, PdfWriter

from papers.choices import PackStatus
from papers.models import MeetingPack
from papers.services import request_pack_build, run_pack_build
from tests.papers.builders import make_document, make_paper

pytestmark = pytest.mark.django_db


def appendix_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def packed(meeting, django_capture_on_commit_callbacks):
    items = list(meeting.agenda_items.all())
    make_paper(meeting, items[0], title="Open report one", slug="one", body="<p>Alpha text</p>")
    two = make_paper(meeting, items[1], title="Open report two", slug="two")
    two.appendices.create(document=make_document("a.pdf", appendix_pdf(3)), title="Appendix A")
    two.save_revision().publish()
    make_paper(meeting, items[2], title="Secret placements", slug="secret", exempt=True)
    with django_capture_on_commit_callbacks(execute=True):
        request_pack_build(meeting, countdown=0)
    return {pack.kind: pack for pack in MeetingPack.objects.filter(meeting=meeting)}


def text_of(pack) -> tuple[PdfReader, str]:
    with pack.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_public_pack_excludes_exempt_papers_and_lists_every_public_one(packed):
    pack = packed["public"]
    assert pack.status == PackStatus.READY
    reader, text = text_of(pack)
    contents = reader.pages[1].extract_text()
    assert "Contents" in contents
    assert "Open report one" in contents and "Open report two" in contents
    assert "Secret placements" not in text
    assert "Alpha text" in text
    assert reader.metadata.title.endswith("Public pack")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_members_pack_includes_exempt_papers(packed):
    _, text = text_of(packed["members"])
    assert "Secret placements" in text
    assert "EXEMPT" in text


def test_contents_gives_page_numbers_and_appendix_pages_are_merged(packed):
    reader, _ = text_of(packed["public"])
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert any("Open report two" in title for title in titles)
    # Cover, contents, agenda, two papers, a divider and the three merged appendix pages.
    assert packed["public"].page_count == len(reader.pages) >= 8
    assert "Page 1 of" in reader.pages[0].extract_text()
    contents = reader.pages[1].extract_text()
    two_page = next(
        i
        for i, page in enumerate(reader.pages, 1)
        if "Open report two" in page.extract_text() and i > 2
    )
    assert str(two_page) in contents


def test_building_twice_gives_one_result(packed):
    pack = packed["public"]
    assert run_pack_build(pack.pk) == "unchanged"
    pack.refresh_from_db()
    assert pack.builds == 1


def test_ten_quick_edits_give_one_build(meeting, packed, django_capture_on_commit_callbacks):
    paper = meeting.get_children().get(slug="one").specific
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        for n in range(10):
            paper.summary = f"Edit {n}"
            paper.save_revision().publish()
    for callback in callbacks:
        callback()
    public = MeetingPack.objects.get(meeting=meeting, kind="public")
    assert public.builds == 2  # the first build, then one for all ten edits
    _, text = text_of(public)
    assert "Edit 9" in text


def test_public_meeting_page_offers_the_pack_with_its_build_time(client, meeting, packed):
    html = client.get(meeting.url).content.decode()
    # The link says "Download" and downloads, though the file itself opens inline elsewhere.
    link = f'href="/papers/packs/{meeting.pk}/public.pdf" download>Download the meeting pack'
    assert link in html
    assert "compiled" in html
    assert f"/papers/packs/{meeting.pk}/members.pdf" not in html
