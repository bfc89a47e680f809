"""Builders for boards, people and meetings, shared by every test."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import factory
from wagtail.models import Page

from boards.models import AgendaItem, BoardPage, MeetingPage, Membership, Organisation, Person

LONDON = ZoneInfo("Europe/London")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Partner Organisation {n}")
    kind = "council"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Member {n}")
    organisation = factory.SubFactory(OrganisationFactory)


def london(*args: int) -> datetime.datetime:
    """A UK wall-clock time as an aware datetime."""
    return datetime.datetime(*args, tzinfo=LONDON)


def make_board(parent: Page, title: str = "Test Board", **fields) -> BoardPage:
    """Publish a board under a parent page."""
    fields.setdefault("slug", title.lower().replace(" ", "-"))
    board = BoardPage(title=title, **fields)
    parent.add_child(instance=board)
    board.save_revision().publish()
    return board


def make_meeting(
    board: BoardPage,
    start: datetime.datetime,
    items: int = 0,
    *,
    publish: bool = True,
    **fields,
) -> MeetingPage:
    """A meeting under a board with a number of plain agenda items."""
    fields.setdefault("end", start + datetime.timedelta(hours=3))
    fields.setdefault("title", f"{board.title}, {start:%Y-%m-%d %H:%M}")
    fields.setdefault("slug", f"meeting-{start:%Y%m%d%H%M}")
    meeting = MeetingPage(start=start, **fields)
    meeting.agenda_items = [
        AgendaItem(
            number=str(n + 1),
            title=f"Item {n + 1}",
            presenters=f"Presenter {n + 1}",
            start_time=None,
            sort_order=n,
        )
        for n in range(items)
    ]
    meeting.live = publish
    board.add_child(instance=meeting)
    return meeting


def add_member(board: BoardPage, person: Person, role: str = "member", **fields) -> Membership:
    """Seat a person on a board."""
    return Membership.objects.create(board=board, person=person, role=role, **fields)


def make_user(username: str, person: Person | None = None, **fields):
    """A login, optionally tied to a person on the boards."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw", **fields)
    if person is not None:
        person.user = user
        person.save()
    return user


def make_action(board: BoardPage, owner: Person | None = None, **fields):
    """An action on a board, raised directly, with its first history row."""
    from actions.services import raise_on_board

    fields.setdefault("due_date", datetime.date(2026, 12, 1))
    return raise_on_board(
        board, fields.pop("description", "Circulate the report"), owner=owner, **fields
    )
