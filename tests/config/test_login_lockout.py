"""Guessing passwords at the admin sign-in gets the account locked for that address."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_limit(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return 3


def sign_in(client, password: str, ip: str = "203.0.113.9"):
    return client.post(
        "/admin/login/",
        {"username": "clerk", "password": password},
        REMOTE_ADDR=ip,
    )


def test_repeated_wrong_passwords_lock_the_sign_in(client, clerk, low_limit):
    for _ in range(low_limit - 1):
        response = sign_in(client, "wrong")
        assert response.status_code == 200
        assert "username and password" in response.content.decode().lower()
    locked = sign_in(client, "wrong")
    assert locked.status_code == 429
    assert "Sign-in locked" in locked.content.decode()
    # Even the right password is refused while locked, and no session is started.
    still_locked = sign_in(client, "pw")
    assert still_locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lock_is_per_address(client, clerk, low_limit):
    for _ in range(low_limit):
        sign_in(client, "wrong")
    elsewhere = sign_in(client, "pw", ip="198.51.100.7")
    assert elsewhere.status_code == 302
    assert client.session["_auth_user_id"] == str(clerk.pk)


def test_a_correct_password_under_the_limit_resets_the_count(client, clerk, low_limit):
    sign_in(client, "wrong")
    sign_in(client, "wrong")
    assert sign_in(client, "pw").status_code == 302
    client.logout()
    sign_in(client, "wrong")
    sign_in(client, "wrong")
    assert sign_in(client, "pw").status_code == 302


def test_failed_attempts_are_recorded_for_the_clerk_to_see(client, clerk, low_limit):
    from axes.models import AccessAttempt

    sign_in(client, "wrong")
    attempt = AccessAttempt.objects.get(username="clerk")
    assert attempt.failures_since_start == 1
    assert attempt.ip_address == "203.0.113.9"
    assert get_user_model().objects.get(username="clerk").is_active
