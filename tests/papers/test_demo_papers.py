"""The demo's 29 September 2014 meeting carries the seed pack's reports as converted papers."""

import pytest
from django.test import Client

from boards.models import MeetingPage
from papers.choices import ConversionStatus, PackStatus
from papers.models import Conversion, MeetingPack, PaperPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_meeting(demo):
    return MeetingPage.objects.get(slug="2014-09-29", board__slug="childrens-trust-board")


def test_seed_reports_are_papers_converted_from_word(demo_meeting, client):
    papers = PaperPage.objects.child_of(demo_meeting).live()
    assert papers.count() == 10
    assert set(Conversion.objects.filter(paper__in=papers).values_list("status", flat=True)) == {
        ConversionStatus.DONE
    }
    link_forum = papers.get(slug="link-forum-report")
    assert link_forum.author.name == "Lynn Loughran"
    assert link_forum.source_document.filename.endswith(".docx")
    assert link_forum.agenda_item.number == "7"
    html = client.get(link_forum.url).content.decode()
    assert "<h3>1.0 Background</h3>" in html
    assert "Wirral Link Forum is a network of voluntary" in html


def test_meeting_page_lists_papers_by_item_and_reports_for_noting(demo_meeting, client):
    html = client.get(demo_meeting.url).content.decode()
    assert "Strategic Joint Commissioning Framework 2014-2016" in html
    assert "Reports for noting" in html
    assert "Standards Report: Early Years Foundation Stage" in html
    assert "DEMO ONLY" not in html  # the invented exempt paper stays private


def test_demo_exempt_paper_is_labelled_and_private(demo_meeting, clerk_client):
    paper = PaperPage.objects.child_of(demo_meeting).get(exempt=True)
    assert paper.title.startswith("DEMO ONLY (invented)")
    assert Client().get(paper.url).status_code == 302
    assert "DEMO ONLY" in clerk_client.get(paper.url).content.decode()


def test_demo_packs_are_compiled(demo_meeting):
    packs = MeetingPack.objects.filter(meeting=demo_meeting)
    assert {pack.kind: pack.status for pack in packs} == {
        "public": PackStatus.READY,
        "members": PackStatus.READY,
    }
    assert packs.get(kind="members").page_count > packs.get(kind="public").page_count


def test_clerk_sees_pack_status_on_the_meeting(demo_meeting, clerk_client):
    html = clerk_client.get(f"/admin/pages/{demo_meeting.pk}/edit/").content.decode()
    assert "Public pack: <strong>Ready</strong>" in html
    assert "Rebuild packs now" in html
