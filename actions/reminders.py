"""Reminder digests: owners hear of actions due soon or overdue; chairs before each meeting."""

from __future__ import annotations

import datetime

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from actions.models import Action, ReminderLog
from actions.services import issue_link
from boards.choices import Role
from boards.models import MeetingPage, Membership, Person
from core.links import absolute_url
from risks.services import risks_due_for_review

DUE_SOON_DAYS = 7
CHAIR_DIGEST_DAYS_BEFORE = 7


def _claim(person: Person, kind: str, cycle: str) -> bool:
    """Record that this person's digest for this cycle is being sent; False if it already was."""
    try:
        with transaction.atomic():
            ReminderLog.objects.create(person=person, kind=kind, cycle=cycle)
    except IntegrityError:
        return False
    return True


def send_owner_digests(today: datetime.date | None = None) -> int:
    """One email per owner listing their actions due within a week or overdue; once a day."""
    today = today or timezone.localdate()
    due = (
        Action.objects.open()
        .filter(due_date__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))
        .exclude(owner=None)
        .with_related()
        .order_by("owner_id", "due_date")
    )
    by_owner: dict[int, list[Action]] = {}
    for action in due:
        by_owner.setdefault(action.owner_id, []).append(action)
    sent = 0
    for actions in by_owner.values():
        owner = actions[0].owner
        if not owner.email or not _claim(owner, "owner", today.isoformat()):
            continue
        rows = [
            {
                "action": a,
                "overdue": a.is_overdue(today),
                "link": absolute_url(reverse("actions:link", args=[issue_link(a, owner)])),
            }
            for a in actions
        ]
        body = render_to_string(
            "actions/email/owner_digest.txt", {"person": owner, "rows": rows, "today": today}
        )
        EmailMessage(
            subject=f"Your board actions: {len(rows)} due or overdue",
            body=body,
            to=[owner.email],
        ).send()
        sent += 1
    return sent


def send_chair_digests(today: datetime.date | None = None) -> int:
    """Chairs get their board's open and overdue actions a set number of days before it meets."""
    today = today or timezone.localdate()
    target = today + datetime.timedelta(days=CHAIR_DIGEST_DAYS_BEFORE)
    meetings = MeetingPage.objects.live().filter(start__date=target).exclude(status="cancelled")
    sent = 0
    for meeting in meetings.select_related("board"):
        chairs = Membership.objects.filter(board=meeting.board_id, role=Role.CHAIR).current(today)
        actions = list(Action.objects.for_board(meeting.board_id).open().with_related())
        risks = risks_due_for_review(meeting.board, meeting.local_date())
        for membership in chairs.select_related("person"):
            chair = membership.person
            if not chair.email or not _claim(chair, "chair", f"meeting-{meeting.pk}"):
                continue
            body = render_to_string(
                "actions/email/chair_digest.txt",
                {
                    "person": chair,
                    "meeting": meeting,
                    "actions": actions,
                    "overdue": [a for a in actions if a.is_overdue(today)],
                    "risks": risks,
                    "log_url": absolute_url(f"{meeting.board.url}actions/"),
                },
            )
            EmailMessage(
                subject=f"{meeting.board.title}: open actions before {meeting.local_date():%d %B}",
                body=body,
                to=[chair.email],
            ).send()
            sent += 1
    return sent
