"""Clerks can see who subscribes to a board and which notices went out."""

import pytest

from boards.models import DeliveryLog, Subscription
from tests.factories import make_board

pytestmark = pytest.mark.django_db


def test_clerk_lists_subscriptions_and_notices_sent(clerk_client, home_page):
    board = make_board(home_page, title="Admin Alerts Board")
    subscription = Subscription.objects.create(board=board, email="parent@example.org")
    subscription.confirm()
    DeliveryLog.objects.create(subscription=subscription, event="meeting:1:published")
    html = clerk_client.get("/admin/snippets/boards/subscription/").content.decode()
    assert "parent@example.org" in html
    assert "Admin Alerts Board" in html
    notices = clerk_client.get("/admin/snippets/boards/deliverylog/").content.decode()
    assert "meeting:1:published" in notices


def test_public_cannot_see_subscribers(client, home_page):
    response = client.get("/admin/snippets/boards/subscription/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
