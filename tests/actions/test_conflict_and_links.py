"""Clashing edits are refused without losing either; emailed links work once, then say why not."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from actions.services import issue_link

pytestmark = pytest.mark.django_db


def test_second_editor_gets_a_conflict_and_keeps_their_input(client, cast):
    stale_version = cast.action.version
    client.force_login(cast.users["chair"])
    first = client.post(
        cast.action.get_absolute_url(),
        {"status": "in_progress", "note": "First", "version": stale_version},
    )
    assert first.status_code == 302
    client.force_login(cast.users["owner"])
    second = client.post(
        cast.action.get_absolute_url(),
        {"status": "completed", "note": "My careful note", "version": stale_version},
    )
    html = second.content.decode()
    assert second.status_code == 409
    assert "changed by someone else" in html
    assert "My careful note" in html
    cast.action.refresh_from_db()
    assert cast.action.status == "in_progress"


def link_url(token: str) -> str:
    return reverse("actions:link", args=[token])


def test_valid_link_updates_the_action_once(client, cast):
    token = issue_link(cast.action, cast.action.owner)
    page = client.get(link_url(token))
    assert page.status_code == 200
    assert "Review the MARAC process" in page.content.decode()
    done = client.post(
        link_url(token),
        {"status": "completed", "note": "Done", "version": cast.action.version},
    )
    assert done.status_code == 200
    cast.action.refresh_from_db()
    assert cast.action.status == "completed"
    again = client.get(link_url(token))
    assert again.status_code == 410
    assert "already used" in again.content.decode()


def test_expired_link_says_so(client, cast):
    token = issue_link(cast.action, cast.action.owner, days=14)
    with time_machine.travel(datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=15)):
        response = client.get(link_url(token))
    assert response.status_code == 410
    assert "expired" in response.content.decode()


def test_tampered_link_says_so(client, cast):
    token = issue_link(cast.action, cast.action.owner)
    response = client.get(link_url(token[:-3] + "abc"))
    assert response.status_code == 410
    assert "not valid" in response.content.decode()
