"""The pack carries the previous minutes, actions arising and the plan's red and amber items."""

import datetime
import io

import pytest
from pypdf import PdfReader

from boards.models import AgendaItem, MinuteItem, MinutesPage, Resolution
from papers.models import MeetingPack
from papers.services import request_pack_build
from risks.models import BusinessPlan, Priority
from tests.factories import london, make_action, make_meeting

pytestmark = pytest.mark.django_db


def pack_text(meeting, kind: str) -> str:
    pack = MeetingPack.objects.get(meeting=meeting, kind=kind)
    with pack.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pack_has_previous_minutes_actions_arising_and_exceptions(
    meeting, django_capture_on_commit_callbacks
):
    board = meeting.board
    earlier = make_meeting(board, london(2026, 10, 5, 10, 0))
    earlier.agenda_items = [
        AgendaItem(number="1", title="Budget"),
        AgendaItem(number="2", title="Staffing", exempt=True, exempt_paragraph=1),
    ]
    earlier.save_revision().publish()
    budget, staffing = AgendaItem.objects.filter(meeting=earlier).order_by("sort_order")
    minutes = MinutesPage(title="Minutes", slug="minutes")
    minutes.items = [
        MinuteItem(agenda_item=budget, text="<p>The budget was discussed.</p>"),
        MinuteItem(agenda_item=staffing, text="<p>The Zorblat post was deleted.</p>"),
    ]
    minutes.resolutions = [
        Resolution(agenda_item=budget, number="1.1", kind="agreed", text="Budget agreed.")
    ]
    earlier.add_child(instance=minutes)
    minutes.save_revision().publish()
    action = make_action(board, description="Report the Quibble figures")
    action.created_at = london(2026, 10, 5, 12, 0)
    action.save()
    plan = BusinessPlan.objects.create(board=board, title="Board plan", period="2026/27")
    Priority.objects.create(
        plan=plan,
        number=1,
        title="Neglect strategy",
        rag="red",
        rag_reason="Audit not started",
        due_date=datetime.date(2027, 3, 31),
    )
    with django_capture_on_commit_callbacks(execute=True):
        request_pack_build(meeting, countdown=0)
    public = pack_text(meeting, "public")
    assert "Minutes of the previous meeting" in public and "DRAFT" in public
    assert "Budget agreed." in public
    assert "Zorblat" not in public
    assert "Report the Quibble figures" in public
    assert "Neglect strategy" in public and "Audit not started" in public
    assert "Zorblat" in pack_text(meeting, "members")
