"""A member's personal feed carries their own actions as VTODOs, COMPLETED once done."""

from __future__ import annotations

import datetime

import icalendar
import pytest
import vobject
from django.core import mail

from actions.services import ActionUpdate, update_action
from boards.feed_todos import todo_uid
from boards.models import CalendarToken, MinutesPage
from tests.factories import PersonFactory, add_member, london, make_action, make_board, make_user

pytestmark = pytest.mark.django_db


def todos(body: bytes) -> dict[str, icalendar.Todo]:
    parsed = vobject.readOne(body.decode("utf-8"))
    by_vobject = {todo.uid.value for todo in getattr(parsed, "vtodo_list", [])}
    by_icalendar = {
        str(todo["uid"]): todo for todo in icalendar.Calendar.from_ical(body).walk("VTODO")
    }
    assert set(by_icalendar) == by_vobject
    return by_icalendar


def test_personal_feed_lists_the_members_actions_with_due_dates(client, home_page):
    board = make_board(home_page, title="Early Help Group", short_name="EHG")
    person = PersonFactory(name="Deborah Gornik")
    add_member(board, person, "member")
    make_user("dgornik", person)
    mine = make_action(board, owner=person, due_date=datetime.date(2027, 1, 31))
    theirs = make_action(board, owner=PersonFactory(), description="Someone else's")
    token = CalendarToken.objects.create(person=person).token
    url = f"/calendar/personal/{token}.ics"
    first = client.get(url)
    found = todos(first.content)
    assert set(found) == {todo_uid(mine.pk)}
    assert todo_uid(theirs.pk) not in found
    todo = found[todo_uid(mine.pk)]
    assert todo["status"] == "NEEDS-ACTION"
    assert todo.decoded("due") == datetime.date(2027, 1, 31)
    assert mine.reference in str(todo["summary"])

    update_action(mine, ActionUpdate(status="completed", note="Done"), user=person.user)
    second = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200, "a completed action must change the feed's ETag"
    done = todos(second.content)[todo_uid(mine.pk)]
    assert done["status"] == "COMPLETED"
    assert int(done["sequence"]) > int(todo["sequence"])


def test_published_minutes_appear_in_the_boards_rss_and_email_subscribers(
    client, home_page, django_capture_on_commit_callbacks
):
    from boards.models import Subscription
    from tests.factories import make_meeting

    board = make_board(home_page, title="Learning Committee", short_name="LDC")
    meeting = make_meeting(board, london(2026, 10, 5, 10, 0))
    Subscription.objects.create(board=board, email="reader@example.org", status="active")
    minutes = MinutesPage(title="Minutes", slug="minutes")
    meeting.add_child(instance=minutes)
    with django_capture_on_commit_callbacks(execute=True):
        minutes.save_revision().publish()
    assert MinutesPage.objects.get(pk=minutes.pk).live
    feed = client.get(f"/feeds/boards/{board.pk}.rss").content.decode()
    assert "Minutes (DRAFT): Learning Committee, 05 October 2026" in feed
    minutes_mail = [m for m in mail.outbox if m.to == ["reader@example.org"]]
    assert len(minutes_mail) == 1
    assert "minutes" in minutes_mail[0].subject.lower()
