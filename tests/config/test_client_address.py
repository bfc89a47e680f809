"""The client's address comes only from a proxy we trust; guessing across many names locks too."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from core.ratelimit import client_ip

pytestmark = pytest.mark.django_db


def request_from(remote: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_forwarded_for_from_an_untrusted_peer_is_ignored(settings):
    settings.QUORUM_TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request_from("203.0.113.50", "10.9.9.9")) == "203.0.113.50"


def test_forwarded_for_from_a_trusted_proxy_names_the_client(settings):
    settings.QUORUM_TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request_from("127.0.0.1", "203.0.113.7")) == "203.0.113.7"


def test_the_right_most_untrusted_hop_wins_over_anything_the_client_prepends(settings):
    settings.QUORUM_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    forged = "6.6.6.6, 203.0.113.7, 10.0.0.5"
    assert client_ip(request_from("127.0.0.1", forged)) == "203.0.113.7"


def test_garbage_in_forwarded_for_falls_back_to_the_peer(settings):
    settings.QUORUM_TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request_from("127.0.0.1", "not-an-address")) == "127.0.0.1"


def test_no_trusted_proxy_means_forwarded_for_is_never_read(settings):
    settings.QUORUM_TRUSTED_PROXIES = []
    assert client_ip(request_from("127.0.0.1", "203.0.113.7")) == "127.0.0.1"


def test_spoofed_forwarded_for_does_not_escape_the_form_limit(client, settings):
    # As production runs: one proxy expected, but this client reaches gunicorn directly.
    settings.QUORUM_PROXY_COUNT = 1
    settings.QUORUM_TRUSTED_PROXIES = ["127.0.0.1"]
    settings.QUORUM_FORM_RATE_LIMIT = 3
    cache.clear()
    url = reverse("actions:link", args=["not-a-real-token"])
    statuses = [
        client.post(
            url, {}, REMOTE_ADDR="203.0.113.50", HTTP_X_FORWARDED_FOR=f"10.0.0.{i}"
        ).status_code
        for i in range(5)
    ]
    cache.clear()
    assert statuses == [410, 410, 410, 429, 429]


def test_spoofed_forwarded_for_does_not_escape_the_login_lockout(client, clerk, settings):
    from axes.models import AccessAttempt

    settings.QUORUM_PROXY_COUNT = 1
    settings.QUORUM_TRUSTED_PROXIES = ["127.0.0.1"]
    settings.AXES_FAILURE_LIMIT = 3
    statuses = [
        client.post(
            "/admin/login/",
            {"username": "clerk", "password": "wrong"},
            REMOTE_ADDR="203.0.113.50",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{i}",
        ).status_code
        for i in range(4)
    ]
    assert statuses[-1] == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.50"}


def test_one_password_sprayed_over_many_names_locks_the_client(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.QUORUM_LOGIN_CLIENT_FAILURE_LIMIT = 10
    user = get_user_model().objects.create_user("real", "real@example.org", "right")
    statuses = [
        client.post(
            "/admin/login/",
            {"username": f"name{i}", "password": "Spring2026!"},
            REMOTE_ADDR="6.6.6.6",
        ).status_code
        for i in range(12)
    ]
    assert statuses[:9] == [200] * 9
    assert statuses[-1] == 429
    # Locked for every name from that client, even with the right password ...
    right = client.post(
        "/admin/login/", {"username": "real", "password": "right"}, REMOTE_ADDR="6.6.6.6"
    )
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    # ... but not for anyone else.
    elsewhere = client.post(
        "/admin/login/", {"username": "real", "password": "right"}, REMOTE_ADDR="198.51.100.1"
    )
    assert elsewhere.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
