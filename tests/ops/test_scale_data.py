"""`generate_scale_data` builds a partnership the public site can show, search and audit."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils.html import escape
from wagtail.models import Page

from actions.models import Action
from boards.models import AgendaItem, BoardPage, MeetingPage
from ops.scale_data import MARKER_SLUG
from papers.models import PaperPage
from risks.models import BusinessPlan, Risk

pytestmark = pytest.mark.django_db

TINY = dict(
    boards=8,
    meetings=24,
    items_per_meeting=7,
    papers=15,
    actions=30,
    history_per_action=3,
    risks=12,
)


def generate(**options) -> str:
    out = io.StringIO()
    call_command("generate_scale_data", stdout=out, **{**TINY, **options})
    return out.getvalue()


@pytest.fixture
def scale(demo):
    """The tiny Wyvern partnership, generated beside the demo partnership."""
    generate()
    return BoardPage.objects.filter(slug__startswith="wyvern-")


def results_section(html: str) -> str:
    return html.split('id="results"', 1)[1].split("</ol>", 1)[0]


def test_counts_match_the_options_and_leave_the_demo_alone(scale):
    boards = list(scale)
    meetings = MeetingPage.objects.filter(board__in=boards)
    assert len(boards) == TINY["boards"]
    assert meetings.count() == TINY["meetings"]
    assert AgendaItem.objects.filter(meeting__in=meetings).count() == 24 * 7
    assert PaperPage.objects.filter(board__in=boards).count() == TINY["papers"]
    actions = Action.objects.filter(board__in=boards)
    assert actions.count() == TINY["actions"]
    assert Action.history.filter(board__in=boards).count() == 30 * 3
    assert Risk.objects.filter(board__in=boards).count() == TINY["risks"]
    assert BusinessPlan.objects.filter(board__in=boards, is_current=True).count() == 8
    assert BoardPage.objects.filter(slug="childrens-trust-board").exists()  # the demo's
    # An action delivers a priority only of its own board's plan.
    linked = actions.exclude(priority=None).select_related("priority__plan")
    assert all(a.priority.plan.board_id == a.board_id for a in linked)


def test_board_tree_is_nested_and_the_page_tree_is_sound(scale):
    depths = {board.title: board.depth for board in scale}
    executive = scale.get(title="Wyvern Children's Trust Executive")
    assert executive.get_parent().specific.title == "Wyvern Children's Trust Board"
    assert max(depths.values()) > min(depths.values())
    # treebeard's own check: paths, depths and child counts all consistent.
    assert all(not problems for problems in Page.find_problems())
    home = Page.objects.get(depth=2)
    assert home.numchild == home.get_children().count()


def test_public_meeting_page_shows_its_agenda_and_its_revision_matches(scale, client):
    meeting = (
        MeetingPage.objects.filter(board__in=scale, status="held")
        .exclude(agenda_items__exempt=True)
        .order_by("-start")
        .first()
    )
    response = client.get(meeting.url)
    html = response.content.decode()
    assert response.status_code == 200
    titles = list(meeting.agenda_items.values_list("title", flat=True))
    assert titles[0] == "Apologies and introductions" and len(titles) >= 6
    for title in titles:
        assert escape(title) in html
    assert meeting.live and meeting.live_revision_id == meeting.latest_revision_id
    editor_copy = meeting.get_latest_revision_as_object()
    assert [item.title for item in editor_copy.agenda_items.all()] == titles


def test_paper_renders_and_site_search_finds_it(scale, client):
    paper = PaperPage.objects.filter(board__in=scale, exempt=False).first()
    response = client.get(paper.url)
    assert response.status_code == 200
    assert "Purpose of the report" in response.content.decode()
    assert len(paper.body) > 5_000  # pages of report, not a line
    params = {"q": paper.title, "kind": "paper", "board": paper.board_id}
    found = results_section(client.get("/search/", params).content.decode())
    assert f'href="{paper.url}"' in found


def test_action_log_lists_actions_and_each_has_its_history(scale, client):
    action = Action.objects.filter(board__in=scale).public().order_by("pk").first()
    board = action.board
    response = client.get(board.url + "actions/", {"meeting": action.meeting_id})
    assert response.status_code == 200
    assert action.reference in response.content.decode()
    history = list(action.history.order_by("history_date"))
    assert len(history) >= 1
    assert history[0].history_type == "+"
    assert all(row.history_type == "~" for row in history[1:])
    assert all(row.history_user_id and row.history_date for row in history)
    assert history[-1].status == action.status and history[-1].version == action.version
    timeline = client.get(f"/actions/{action.pk}/").content.decode()
    assert history[0].history_change_reason in timeline


def test_risk_register_and_plan_render(scale, client):
    risk = Risk.objects.filter(board__in=scale).order_by("pk").first()
    response = client.get(f"/boards/{risk.board_id}/risks/")
    assert response.status_code == 200
    assert escape(risk.title) in response.content.decode()
    assert risk.history.count() >= 2
    assert risk.history.latest("history_date").current_score == risk.current_score
    plan = BusinessPlan.objects.filter(board__in=scale, is_current=True).first()
    response = client.get(f"/boards/{plan.board_id}/plan/")
    assert response.status_code == 200
    assert escape(plan.priorities.first().title) in response.content.decode()


def test_if_missing_does_nothing_the_second_time(scale):
    before = (MeetingPage.objects.count(), Action.objects.count(), Page.objects.count())
    assert "already present" in generate(if_missing=True)
    assert (MeetingPage.objects.count(), Action.objects.count(), Page.objects.count()) == before
    with pytest.raises(CommandError, match="already"):
        generate()
    assert BoardPage.objects.filter(slug=MARKER_SLUG).count() == 1


def test_paper_index_text_is_what_wagtail_extracts_from_the_whole_body():
    from wagtail.rich_text import get_text_for_indexing

    from ops.scale_data import _markdown_sections, indexing_text

    sections = _markdown_sections()
    assert len(sections) > 20
    for start in range(0, len(sections), 3):
        parts = [
            "<h2>1.0 Purpose</h2><p>Early help &amp; safeguarding.</p>",
            *sections[start : start + 5],
        ]
        assert indexing_text(parts) == get_text_for_indexing("".join(parts))


def test_a_calendar_client_sees_the_generated_meetings_at_once(demo, client):
    """Raw inserts send no signals; the generator still tells caches and feed validators."""
    before = client.get("/calendar/meetings.ics")
    generate()
    after = client.get("/calendar/meetings.ics", HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert b"/wyvern-" in after.content.replace(b"\r\n ", b"")  # meeting URLs, unfolded
