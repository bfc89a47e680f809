"""Demo minutes and actions from the seed pack's July 2014 minutes and the Best Start plan."""

from __future__ import annotations

import datetime
import runpy
from pathlib import Path
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.html import escape

from actions.models import Action
from actions.services import ActionUpdate, raise_from_resolution, raise_on_board, update_action
from boards.models import AgendaItem, BoardPage, MeetingPage, MinutesPage, Person, Resolution

LONDON = ZoneInfo("Europe/London")
DATA = Path(__file__).with_name("demo_minutes.py")


def _when(day: str, hour: int = 12) -> datetime.datetime:
    return datetime.datetime.combine(
        datetime.date.fromisoformat(day), datetime.time(hour), tzinfo=LONDON
    )


def _html(text: str) -> str:
    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def demo_clerk():
    """The clerk who records the demo's updates (no password: sign-in is for real accounts)."""
    user, created = get_user_model().objects.get_or_create(
        username="demo.clerk", defaults={"first_name": "Board", "last_name": "Clerk (demo)"}
    )
    if created:
        user.set_unusable_password()
        user.save()
    from home.models import HomePage
    from home.roles import ensure_clerks_group

    user.groups.add(ensure_clerks_group(HomePage.objects.get(depth=2)))
    return user


@transaction.atomic
def load_actions_demo(people: dict[str, Person]) -> int:
    """Build the July 2014 minutes with their resolutions and actions; return actions added."""
    data = runpy.run_path(str(DATA))
    before = Action.objects.count()
    _july_minutes(data, people)
    _best_start_actions(data)
    return Action.objects.count() - before


def _july_minutes(data: dict, people: dict[str, Person]) -> None:
    minutes_data = data["MINUTES_2014_07_21"]
    board = BoardPage.objects.get(slug=minutes_data["board"])
    meeting = MeetingPage.objects.child_of(board).get(slug=minutes_data["meeting"])
    if MinutesPage.objects.filter(meeting=meeting).exists():
        return
    items = {item.number: item for item in meeting.agenda_items.all()}
    for extra in minutes_data.get("extra_items", []):
        if extra["number"] not in items:
            items[extra["number"]] = AgendaItem.objects.create(
                meeting=meeting, number=extra["number"], title=extra["title"], sort_order=-1
            )
    all_items = [*minutes_data.get("extra_items", []), *minutes_data["items"]]
    minutes = MinutesPage(title=f"Minutes: {meeting.title}", slug="minutes")
    minutes.items = [_minute_item(items[row["number"]], row["minute"]) for row in all_items]
    minutes.resolutions = [
        _resolution(items[row["number"]], res, people)
        for row in all_items
        for res in row["resolutions"]
    ]
    meeting.add_child(instance=minutes)
    clerk = demo_clerk()
    raised_on = _when(minutes_data["meeting"], 12)
    for resolution in Resolution.objects.filter(minutes=minutes, raise_action=True):
        raise_from_resolution(resolution, user=clerk, when=raised_on)
    minutes.save_revision(user=clerk, log_action=False).publish(
        user=clerk, log_action=False, skip_permission_checks=True
    )
    by_number = {
        a.resolution.number: a
        for a in Action.objects.filter(meeting=meeting).select_related("resolution")
    }
    for update in data["ACTION_UPDATES"]:
        action = by_number.get(update["resolution"])
        if action is None:
            continue
        due = None
        if update["status"] == "deferred":
            due = datetime.date(2015, 1, 20)  # the board's meeting after next (pack, L220)
        update_action(
            action,
            ActionUpdate(
                status=update["status"],
                note=update["note"],
                due_date=due,
                reason="Carried forward: not yet on an agenda (demo)"
                if update["status"] == "deferred"
                else "",
            ),
            user=clerk,
            when=_when(update["on"], 10),
        )


def _minute_item(item: AgendaItem, text: str):
    from boards.models import MinuteItem

    return MinuteItem(agenda_item=item, text=_html(text))


def _resolution(item: AgendaItem, row: dict, people: dict[str, Person]) -> Resolution:
    action = row.get("action")
    owner = people.get(action["owner"]) if action and action.get("owner") else None
    return Resolution(
        agenda_item=item,
        number=row["number"],
        kind=row["kind"],
        text=row["text"],
        raise_action=bool(action),
        action_owner=owner,
        action_due_next_meeting=bool(action and action.get("due") == "next_meeting"),
        action_due_date=datetime.date.fromisoformat(action["due"])
        if action and action.get("due", "")[:2] == "20"
        else None,
    )


def _best_start_actions(data: dict) -> None:
    board = BoardPage.objects.get(slug="best-start-partnership-board")
    if Action.objects.filter(board=board).exists():
        return
    clerk = demo_clerk()
    for row in data["BEST_START_ACTIONS"]:
        action = raise_on_board(
            board,
            row["description"],
            due_date=datetime.date.fromisoformat(row["due"]),
            user=clerk,
            reason=f"Raised from the Best Start Local Plan ({row['source']})",
            when=_when("2026-06-17", 12),
        )
        if row["status"] != "open":
            update_action(
                action,
                ActionUpdate(
                    status=row["status"],
                    note="Approved by the partnership (demo)"
                    if row["status"] == "completed"
                    else "Work under way (demo)",
                ),
                user=clerk,
                when=_when("2026-09-16", 12),
            )
