"""Personas around one board's action: chair, vice-chair, owner, member, clerk, outsiders."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.factories import PersonFactory, add_member, make_action, make_board, make_user


@dataclass
class Cast:
    board: object
    other_board: object
    action: object
    users: dict


@pytest.fixture
def cast(home_page) -> Cast:
    board = make_board(home_page, title="Domestic Abuse Committee", short_name="DAC")
    other = make_board(home_page, title="e-Safety Committee", short_name="ESC")
    people = {
        name: PersonFactory(name=name.title())
        for name in ("chair", "vice", "owner", "member", "clerkperson", "otherchair")
    }
    add_member(board, people["chair"], "chair")
    add_member(board, people["vice"], "vice_chair")
    add_member(board, people["owner"], "member")
    add_member(board, people["member"], "member")
    add_member(board, people["clerkperson"], "clerk")
    add_member(other, people["otherchair"], "chair")
    users = {name: make_user(name, person) for name, person in people.items()}
    people["owner"].email = "owner@example.org"
    people["owner"].save()
    people["chair"].email = "chair@example.org"
    people["chair"].save()
    action = make_action(board, owner=people["owner"], description="Review the MARAC process")
    return Cast(board=board, other_board=other, action=action, users=users)
