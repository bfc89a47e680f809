"""Public update forms refuse a flood of submissions from one address with a clear 429 page."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from actions.services import issue_link

pytestmark = pytest.mark.django_db


@pytest.fixture
def limit(settings):
    settings.QUORUM_FORM_RATE_LIMIT = 3
    cache.clear()
    yield 3
    cache.clear()


def test_link_form_posts_beyond_the_limit_get_429(client, cast, limit):
    url = reverse("actions:link", args=["not-a-real-token"])
    for _ in range(limit):
        assert client.post(url, {"status": "completed"}).status_code == 410
    refused = client.post(url, {"status": "completed"})
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "Too many attempts" in refused.content.decode()
    # Reading is never limited.
    assert client.get(url).status_code == 410


def test_action_form_flood_saves_nothing_once_limited(client, cast, limit):
    client.force_login(cast.users["chair"])
    url = cast.action.get_absolute_url()
    for _ in range(limit):
        client.post(url, {"status": "in_progress", "version": 999})
    before = cast.action.history.count()
    refused = client.post(
        url, {"status": "in_progress", "note": "x", "version": cast.action.version}
    )
    assert refused.status_code == 429
    assert cast.action.history.count() == before


def test_the_limit_is_per_client_address(client, cast, limit):
    url = reverse("actions:link", args=["not-a-real-token"])
    for _ in range(limit + 1):
        client.post(url, {}, REMOTE_ADDR="203.0.113.1")
    assert client.post(url, {}, REMOTE_ADDR="203.0.113.2").status_code == 410


def test_behind_a_proxy_the_forwarded_address_counts(client, cast, limit, settings):
    settings.QUORUM_TRUSTED_PROXIES = ["127.0.0.1"]
    url = reverse("actions:link", args=["not-a-real-token"])
    for _ in range(limit + 1):
        client.post(url, {}, HTTP_X_FORWARDED_FOR="203.0.113.1", REMOTE_ADDR="127.0.0.1")
    other = client.post(url, {}, HTTP_X_FORWARDED_FOR="203.0.113.2", REMOTE_ADDR="127.0.0.1")
    assert other.status_code == 410
    same = client.post(url, {}, HTTP_X_FORWARDED_FOR="203.0.113.1", REMOTE_ADDR="127.0.0.1")
    assert same.status_code == 429


def test_a_real_link_still_works_within_the_limit(client, cast, limit):
    token = issue_link(cast.action, cast.action.owner)
    done = client.post(
        reverse("actions:link", args=[token]),
        {"status": "completed", "note": "Done", "version": cast.action.version},
    )
    assert done.status_code == 200
