"""Email alerts: double opt-in, one notice per event even when the job runs twice, easy exit."""

from __future__ import annotations

import re
from smtplib import SMTPException

import pytest
from django.core import mail
from django.core.mail import EmailMessage

from boards.models import DeliveryLog, MeetingPage, Subscription
from boards.subscriptions import notify_minutes_published, unsubscribe_url
from boards.tasks import send_meeting_notice
from tests.boards.calendar_helpers import publish_meeting, republish
from tests.factories import london, make_board

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(home_page):
    return make_board(home_page, title="Alerts Test Board")


@pytest.fixture
def subscribed(board):
    """Two confirmed subscribers and one who never confirmed."""
    for email in ("parent@example.org", "governor@example.org"):
        Subscription.objects.create(board=board, email=email).confirm()
    Subscription.objects.create(board=board, email="pending@example.org")
    return board


def link(body: str, path: str) -> str:
    return re.search(rf"https://quorum.example.org({path}[^\s]+)", body).group(1)


def test_subscribing_needs_confirmation_before_any_notice(
    client, board, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/subscribe/{board.pk}/", {"email": "Parent@Example.org "})
    assert "Check your email" in response.content.decode()
    (confirmation,) = mail.outbox
    assert confirmation.to == ["parent@example.org"]
    assert confirmation.subject == "Confirm your subscription to Alerts Test Board"
    subscription = Subscription.objects.get(board=board)
    assert subscription.status == "pending"

    with django_capture_on_commit_callbacks(execute=True):
        publish_meeting(board, london(2027, 3, 1, 10, 0))
    assert len(mail.outbox) == 1, "nothing is sent before the address is confirmed"

    confirm = link(confirmation.body, "/subscribe/confirm/")
    assert "Confirm subscription" in client.get(confirm).content.decode()
    assert Subscription.objects.get(pk=subscription.pk).status == "pending"
    assert "Subscription confirmed" in client.post(confirm).content.decode()
    assert Subscription.objects.get(pk=subscription.pk).status == "active"

    with django_capture_on_commit_callbacks(execute=True):
        publish_meeting(board, london(2027, 4, 1, 10, 0))
    assert [m.to for m in mail.outbox[1:]] == [["parent@example.org"]]


def test_bad_email_address_gets_a_field_error(client, board):
    response = client.post(f"/subscribe/{board.pk}/", {"email": "not an address"})
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert not Subscription.objects.exists()


def test_forged_or_tampered_links_are_refused(client, subscribed):
    assert client.get("/subscribe/confirm/forged/").status_code == 404
    subscription = Subscription.objects.filter(status="active").first()
    good = unsubscribe_url(subscription).removeprefix("https://quorum.example.org")
    assert client.post(good[:-3] + "xx/").status_code == 404


def test_agenda_notice_goes_once_to_each_confirmed_subscriber(
    subscribed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = publish_meeting(
            subscribed,
            london(2027, 3, 1, 10, 0),
            venue="Wallasey Town Hall",
            agenda=[
                {"title": "Apologies and introductions"},
                {"title": "Staffing restructure", "exempt": True, "exempt_paragraph": 1},
            ],
        )
    assert sorted(m.to[0] for m in mail.outbox) == ["governor@example.org", "parent@example.org"]
    notice = mail.outbox[0]
    assert notice.subject == f"Agenda published: {meeting.title}"
    assert "Monday 1 March 2027" in notice.body and "10:00" in notice.body
    assert "1. Apologies and introductions" in notice.body
    assert "2. Exempt item" in notice.body
    assert "Staffing restructure" not in notice.body
    assert f"https://quorum.example.org{meeting.url}" in notice.body

    send_meeting_notice.apply(args=[meeting.pk, "published", f"meeting:{meeting.pk}:published"])
    send_meeting_notice.apply(args=[meeting.pk, "published", f"meeting:{meeting.pk}:published"])
    assert len(mail.outbox) == 2, "running the task again sends nothing twice"

    with django_capture_on_commit_callbacks(execute=True):
        republish(meeting, title=f"{meeting.title} (revised)")
    assert len(mail.outbox) == 2, "a republish is not a new agenda"


def test_every_email_carries_one_click_unsubscribe(
    client, subscribed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = publish_meeting(subscribed, london(2027, 3, 1, 10, 0))
    for notice in mail.outbox:
        header = notice.extra_headers["List-Unsubscribe"]
        assert header.startswith("<https://quorum.example.org/unsubscribe/") and header.endswith(
            ">"
        )
        assert notice.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert header[1:-1] in notice.body
        sent = notice.message()
        assert "".join(sent["List-Unsubscribe"].splitlines()) == header
        assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    parent = next(m for m in mail.outbox if m.to == ["parent@example.org"])
    url = parent.extra_headers["List-Unsubscribe"][1:-1].removeprefix("https://quorum.example.org")
    # RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click", with no cookie or CSRF token.
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "You have unsubscribed" in response.content.decode()
    assert Subscription.objects.get(email="parent@example.org").status == "unsubscribed"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        republish(meeting, status="cancelled")
    assert [m.to for m in mail.outbox] == [["governor@example.org"]]


def test_cancelling_and_moving_send_one_notice_each(subscribed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = publish_meeting(subscribed, london(2027, 3, 1, 10, 0))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        meeting = republish(meeting, start=london(2027, 3, 8, 10, 0), end=london(2027, 3, 8, 12, 0))
    assert len(mail.outbox) == 2
    assert all(m.subject.startswith("Meeting moved:") for m in mail.outbox)
    assert "MOVED" in mail.outbox[0].body and "Monday 8 March 2027" in mail.outbox[0].body

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        meeting = republish(meeting, venue="Birkenhead Town Hall")
    assert mail.outbox == [], "a new room alone changes the calendar, not worth an email"

    with django_capture_on_commit_callbacks(execute=True):
        republish(meeting, status="cancelled", status_note="Not quorate.")
    assert len(mail.outbox) == 2
    assert all(m.subject.startswith("Meeting cancelled:") for m in mail.outbox)
    assert "CANCELLED" in mail.outbox[0].body and "Not quorate." in mail.outbox[0].body
    assert DeliveryLog.objects.count() == 6  # published, moved, cancelled x 2 subscribers


def test_a_failed_send_is_retried_without_repeating_the_sent_ones(subscribed, monkeypatch):
    meeting = publish_meeting(subscribed, london(2027, 3, 1, 10, 0))
    mail.outbox.clear()
    real_send = EmailMessage.send
    failures = {"governor@example.org": 1}

    def flaky_send(message, *args, **kwargs):
        if failures.get(message.to[0]):
            failures[message.to[0]] -= 1
            raise SMTPException("mail server unavailable")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", flaky_send)
    event = f"meeting:{meeting.pk}:published"
    from boards.subscriptions import deliver_meeting_notice

    with pytest.raises(SMTPException):
        deliver_meeting_notice(meeting.pk, "published", event)
    assert [m.to for m in mail.outbox] == [["parent@example.org"]]
    assert not DeliveryLog.objects.filter(subscription__email="governor@example.org").exists()
    assert deliver_meeting_notice(meeting.pk, "published", event) == 1  # the retry
    assert sorted(m.to[0] for m in mail.outbox) == ["governor@example.org", "parent@example.org"]
    assert deliver_meeting_notice(meeting.pk, "published", event) == 0


def test_minutes_hook_sends_once(subscribed, django_capture_on_commit_callbacks):
    meeting = publish_meeting(subscribed, london(2027, 3, 1, 10, 0))
    meeting = MeetingPage.objects.get(pk=meeting.pk)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        notify_minutes_published(meeting)
    with django_capture_on_commit_callbacks(execute=True):
        notify_minutes_published(meeting)
    assert len(mail.outbox) == 2
    assert mail.outbox[0].subject == f"Minutes published: {meeting.title}"


def test_private_board_meetings_are_never_emailed(subscribed, django_capture_on_commit_callbacks):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=subscribed, restriction_type="login")
    with django_capture_on_commit_callbacks(execute=True):
        publish_meeting(subscribed, london(2027, 3, 1, 10, 0))
    assert mail.outbox == []


def test_subscribe_page_is_reachable_from_public_boards_only(client, board, home_page):
    assert client.get(f"/subscribe/{board.pk}/").status_code == 200
    from wagtail.models import PageViewRestriction

    private = make_board(home_page, title="Alerts Private Panel")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert client.get(f"/subscribe/{private.pk}/").status_code == 404
