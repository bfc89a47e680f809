"""Risks due for review become an item on a meeting's draft agenda, for the clerk to publish."""

from __future__ import annotations

import re

from boards.models import AgendaItem, MeetingPage
from risks.services import risk_review_agenda_item

REVIEW_TITLE = "Risks due for review"


def _next_number(items: list[AgendaItem]) -> str:
    """The number after the highest numbered item, so the new item goes last."""
    numbers = [int(m.group()) for item in items if (m := re.match(r"\d+", item.number or ""))]
    return str(max(numbers, default=0) + 1)


def add_risk_review_item(meeting: MeetingPage, user) -> AgendaItem | None:
    """Add or refresh the review item in a new draft revision; never publishes on its own."""
    fields = risk_review_agenda_item(meeting.board, meeting.local_date())
    if fields is None:
        return None
    draft = meeting.get_latest_revision_as_object()
    items = list(draft.agenda_items.all())
    item = next((i for i in items if i.title == REVIEW_TITLE), None)
    if item is None:
        item = AgendaItem(number=_next_number(items), **fields)
        items.append(item)
    else:
        item.purpose = fields["purpose"]
        item.description = fields["description"]
    for position, agenda_item in enumerate(items):
        agenda_item.sort_order = position
    draft.agenda_items = items
    draft.save_revision(user=user, log_action=True)
    return item
