"""Forms that send email cannot be used to flood someone's inbox, from one client or many."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache

from boards.models import Subscription
from tests.factories import make_board

pytestmark = pytest.mark.django_db

VICTIM = "victim@example.org"


@pytest.fixture
def limits(settings):
    """Low limits per address and per client, with fresh counters."""
    settings.QUORUM_EMAIL_ADDRESS_LIMIT = 3
    settings.QUORUM_EMAIL_CLIENT_LIMIT = 5
    cache.clear()
    yield settings
    cache.clear()


@pytest.fixture
def board(home_page):
    return make_board(home_page, title="Rate Limited Board")


def spellings(n: int) -> list[str]:
    """The same address typed n different ways: case and surrounding spaces."""
    forms = [VICTIM, VICTIM.upper(), f"  {VICTIM} ", "Victim@Example.ORG", f"\t{VICTIM}"]
    return [forms[i % len(forms)] for i in range(n)]


def test_subscribe_floods_of_one_address_from_many_clients_send_at_most_the_limit(
    client, board, limits, django_capture_on_commit_callbacks
):
    statuses = []
    for i, email in enumerate(spellings(21)):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/subscribe/{board.pk}/", {"email": email}, REMOTE_ADDR=f"198.51.100.{i + 1}"
            )
        statuses.append(response.status_code)
    assert len(mail.outbox) == 3
    assert statuses[:3] == [200, 200, 200]
    assert set(statuses[3:]) == {429}


def test_a_limited_subscribe_gets_a_clear_page_and_sends_nothing(
    client, board, limits, django_capture_on_commit_callbacks
):
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"/subscribe/{board.pk}/", {"email": VICTIM})
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(f"/subscribe/{board.pk}/", {"email": VICTIM})
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    page = refused.content.decode()
    assert "govuk-heading-xl" in page and "Too many attempts" in page
    assert len(mail.outbox) == 3


def test_one_client_cannot_spray_many_addresses(
    client, board, limits, django_capture_on_commit_callbacks
):
    statuses = []
    for i in range(8):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/subscribe/{board.pk}/",
                {"email": f"person{i}@example.org"},
                REMOTE_ADDR="1.2.3.4",
            )
        statuses.append(response.status_code)
    assert statuses == [200] * 5 + [429] * 3
    assert len(mail.outbox) == 5
    assert Subscription.objects.count() == 5
    # Another client is not held back by the first one's flood.
    with django_capture_on_commit_callbacks(execute=True):
        other = client.post(
            f"/subscribe/{board.pk}/", {"email": "else@example.org"}, REMOTE_ADDR="5.6.7.8"
        )
    assert other.status_code == 200


@pytest.fixture
def account(db):
    return get_user_model().objects.create_user("victim", VICTIM, "pw")


def test_password_reset_floods_send_at_most_the_limit_and_look_the_same(client, account, limits):
    responses = [
        client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=f"198.51.100.{i + 1}")
        for i, email in enumerate(spellings(21))
    ]
    assert len(mail.outbox) == 3
    # A limited request answers exactly like an accepted one: no hint that mail was held back.
    assert {r.status_code for r in responses} == {302}
    assert {r["Location"] for r in responses} == {"/admin/password_reset/done/"}


def test_password_reset_from_one_client_is_limited_across_addresses(client, limits):
    for i in range(8):
        get_user_model().objects.create_user(f"user{i}", f"user{i}@example.org", "pw")
    for i in range(8):
        client.post("/admin/password_reset/", {"email": f"user{i}@example.org"})
    assert len(mail.outbox) == 5
