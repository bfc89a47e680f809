"""Minutes: DRAFT until a later resolution approves them, then locked; exempt minutes withheld."""

import pytest
from django.urls import reverse

from boards.models import (
    AgendaItem,
    Attendance,
    Declaration,
    MeetingPage,
    MinuteItem,
    MinutesPage,
    Resolution,
)
from tests.factories import PersonFactory, add_member, london, make_board, make_meeting, make_user

pytestmark = pytest.mark.django_db


def publish_minutes(meeting, *, attendance=(), items=(), resolutions=(), declarations=()):
    minutes = MinutesPage(title=f"Minutes: {meeting.title}", slug="minutes")
    minutes.attendance = list(attendance)
    minutes.items = list(items)
    minutes.resolutions = list(resolutions)
    minutes.declarations = list(declarations)
    meeting.add_child(instance=minutes)
    minutes.save_revision().publish()
    return MinutesPage.objects.get(pk=minutes.pk)


@pytest.fixture
def sitting(home_page):
    board = make_board(home_page, title="Safeguarding Board", short_name="SB", quorum=2)
    chair, member, officer = PersonFactory(name="Ann Chair"), PersonFactory(), PersonFactory()
    add_member(board, chair, "chair")
    add_member(board, member, "member")
    meeting = make_meeting(board, london(2026, 10, 5, 10, 0))
    meeting.agenda_items = [
        AgendaItem(number="1", title="Apologies"),
        AgendaItem(number="2", title="Staffing restructure", exempt=True, exempt_paragraph=1),
    ]
    meeting.save_revision().publish()
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("sort_order"))
    return board, meeting, items, chair, member, officer


def test_published_minutes_show_attendance_resolutions_and_draft(client, sitting):
    _board, meeting, items, chair, member, officer = sitting
    publish_minutes(
        meeting,
        attendance=[
            Attendance(person=chair, status="present"),
            Attendance(person=member, status="apologies"),
            Attendance(person=officer, status="in_attendance"),
        ],
        items=[MinuteItem(agenda_item=items[0], text="<p>Apologies were received.</p>")],
        resolutions=[
            Resolution(agenda_item=items[0], number="1.1", kind="noted", text="Apologies noted.")
        ],
        declarations=[Declaration(person=chair, agenda_item=items[0], interest="Trustee of X")],
    )
    html = client.get(meeting.url).content.decode()
    assert "DRAFT" in html
    assert "Ann Chair" in html and "Apologies" in html and "In attendance" in html
    assert "Apologies were received." in html
    assert "1.1" in html and "Apologies noted." in html
    assert "Trustee of X" in html
    assert "not quorate" in html  # one member present, quorum 2


def test_quorate_meeting_says_so(client, sitting):
    _board, meeting, _items, chair, member, officer = sitting
    publish_minutes(
        meeting,
        attendance=[
            Attendance(person=chair, status="present"),
            Attendance(person=officer, status="substitute", substitute_for=member),
        ],
    )
    html = client.get(meeting.url).content.decode()
    assert "The meeting was quorate: 2 members present (quorum 2)." in html
    assert "Substitute for" in html


def test_exempt_item_minutes_are_withheld_from_the_public_but_shown_to_members(client, sitting):
    _board, meeting, items, _chair, member, _officer = sitting
    publish_minutes(
        meeting,
        items=[MinuteItem(agenda_item=items[1], text="<p>Post of Zanzibar officer deleted.</p>")],
        resolutions=[
            Resolution(agenda_item=items[1], number="2.1", kind="agreed", text="Zanzibar agreed.")
        ],
    )
    public = client.get(meeting.url)
    assert "Zanzibar" not in public.content.decode()
    assert "The minutes of this item are not published." in public.content.decode()
    client.force_login(make_user("member", member))
    private = client.get(meeting.url)
    assert "Post of Zanzibar officer deleted." in private.content.decode()
    assert private["Cache-Control"] == "private, no-store"


def test_a_later_resolution_approves_and_locks_the_minutes(client, sitting, clerk_client):
    board, meeting, _items, _chair, _member, _officer = sitting
    first = publish_minutes(meeting)
    later = make_meeting(board, london(2026, 12, 7, 10, 0))
    later.agenda_items = [AgendaItem(number="3", title="Minutes of the last meeting")]
    later.save_revision().publish()
    publish_minutes(
        later,
        resolutions=[
            Resolution(
                agenda_item=AgendaItem.objects.get(meeting=later),
                number="3.1",
                kind="approved",
                text="The minutes of 5 October were approved as a correct record.",
                approves_minutes=first,
            )
        ],
    )
    first.refresh_from_db()
    assert first.is_approved and first.locked
    html = client.get(meeting.url).content.decode()
    assert "Approved as a correct record by resolution 3.1" in html
    assert "DRAFT" not in html.split('id="minutes"')[1]
    edit = clerk_client.get(reverse("wagtailadmin_pages:edit", args=[first.pk]))
    assert "Record a correction" in edit.content.decode()


def test_correction_after_approval_is_recorded_with_who_and_when(client, sitting, clerk_client):
    _board, meeting, _items, _chair, _member, _officer = sitting
    minutes = publish_minutes(meeting)
    MinutesPage.objects.filter(pk=minutes.pk).update(approved_at=meeting.start)
    response = clerk_client.post(
        reverse("boards_record_correction", args=[minutes.pk]),
        {"text": "Item 1: read 'six' for 'seven'.", "reason": "Typing error"},
    )
    assert response.status_code == 302
    html = client.get(meeting.url).content.decode()
    assert "Item 1: read &#x27;six&#x27; for &#x27;seven&#x27;." in html
    assert "by clerk" in html and "Typing error" in html


def test_publishing_minutes_raises_their_actions(sitting):
    board, meeting, items, chair, _member, _officer = sitting
    publish_minutes(
        meeting,
        resolutions=[
            Resolution(
                agenda_item=items[0],
                number="1.2",
                kind="requested",
                text="Ann Chair to write to partners.",
                raise_action=True,
                action_owner=chair,
            )
        ],
    )
    action = board.actions.get()
    assert action.reference == "SB/2026-10-05/1.2"
    assert action.owner == chair


def test_minutes_go_to_the_chairs_for_sign_off(sitting):
    _board, meeting, _items, _chair, _member, _officer = sitting
    minutes = publish_minutes(meeting)
    assert minutes.get_workflow().name == "Minutes sign-off"


def test_approved_minutes_cannot_be_edited_in_the_admin(clerk_client, sitting):
    _board, meeting, _items, _chair, _member, _officer = sitting
    minutes = publish_minutes(meeting)
    MinutesPage.objects.filter(pk=minutes.pk).update(approved_at=meeting.start)
    response = clerk_client.post(
        reverse("wagtailadmin_pages:edit", args=[minutes.pk]),
        {"title": "Changed", "slug": "minutes"},
    )
    assert response.status_code == 200
    assert "approved as a correct record and are locked" in response.content.decode()
    assert MeetingPage.objects.get(pk=meeting.pk).get_children().get().title != "Changed"


def test_clerk_can_preview_draft_minutes(clerk_client, sitting):
    _board, meeting, items, _chair, _member, _officer = sitting
    minutes = publish_minutes(
        meeting, items=[MinuteItem(agenda_item=items[0], text="<p>Draft wording here.</p>")]
    )
    response = clerk_client.get(reverse("wagtailadmin_pages:view_draft", args=[minutes.pk]))
    assert response.status_code == 200
    assert "Draft wording here." in response.content.decode()
    assert "DRAFT" in response.content.decode()
