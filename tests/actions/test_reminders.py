"""Owners get one digest a day of actions due within a week or overdue; chairs before meetings."""

import datetime

import pytest
import time_machine
from django.core import mail

from actions.tasks import send_reminders
from tests.factories import london, make_action, make_meeting

pytestmark = pytest.mark.django_db

TODAY = datetime.datetime(2026, 11, 23, 7, 0, tzinfo=datetime.UTC)


@time_machine.travel(TODAY, tick=False)
def test_owner_gets_exactly_one_digest_even_if_the_task_runs_twice(cast):
    make_action(
        cast.board,
        owner=cast.action.owner,
        due_date=datetime.date(2026, 11, 20),
        description="Overdue thing",
    )
    make_action(
        cast.board,
        owner=cast.action.owner,
        due_date=datetime.date(2027, 5, 1),
        description="Far future thing",
    )
    cast.action.due_date = datetime.date(2026, 11, 27)
    cast.action.save()
    send_reminders.delay()
    send_reminders.delay()
    owner_mail = [m for m in mail.outbox if m.to == ["owner@example.org"]]
    assert len(owner_mail) == 1
    body = owner_mail[0].body
    assert "Overdue thing" in body and "OVERDUE" in body
    assert "Review the MARAC process" in body
    assert "Far future thing" not in body
    assert "/actions/update/" in body


@time_machine.travel(TODAY, tick=False)
def test_chair_gets_one_digest_a_week_before_the_meeting(cast):
    from tests.risks.builders import make_risk

    make_meeting(cast.board, london(2026, 11, 30, 10, 0))
    make_risk(cast.board, title="MARAC capacity", review_date=datetime.date(2026, 11, 25))
    make_risk(cast.board, title="Reviewed next year", review_date=datetime.date(2027, 6, 1))
    send_reminders.delay()
    send_reminders.delay()
    chair_mail = [m for m in mail.outbox if m.to == ["chair@example.org"]]
    assert len(chair_mail) == 1
    assert "Review the MARAC process" in chair_mail[0].body
    assert "Risks due for review by the meeting (1)" in chair_mail[0].body
    assert "MARAC capacity" in chair_mail[0].body
    assert "Reviewed next year" not in chair_mail[0].body
