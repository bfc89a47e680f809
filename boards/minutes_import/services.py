"""Proposing from a meeting's minutes document and applying what the clerk accepted."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.html import strip_tags
from wagtail.models import PageLogEntry

from boards.minutes_import.context import meeting_context
from boards.minutes_import.owners import norm
from boards.minutes_import.parse import parse_minutes
from boards.minutes_import.proposal import Proposal
from boards.models import Attendance, MeetingPage, MinuteItem, MinutesPage, Resolution

LOG_ACTION = "quorum.minutes_imported"


class ImportRefused(Exception):
    """The import cannot be applied, for a reason the clerk can act on."""


@dataclass
class ImportResult:
    """What confirming an import wrote, for the clerk's message and the audit log."""

    minutes: MinutesPage
    attendance: int = 0
    items: int = 0
    resolutions: int = 0
    actions: int = 0
    updates: int = 0
    skipped: list[str] = field(default_factory=list)

    def as_data(self) -> dict:
        return {
            "attendance": self.attendance,
            "items": self.items,
            "resolutions": self.resolutions,
            "actions": self.actions,
            "updates": self.updates,
        }


def minutes_for(meeting: MeetingPage) -> MinutesPage | None:
    """The meeting's minutes page, if the clerk has started one."""
    return MinutesPage.objects.child_of(meeting).first()


def draft_of(minutes: MinutesPage) -> MinutesPage:
    """The minutes as last saved (the latest revision), which may be ahead of what is live."""
    if minutes.latest_revision_id:
        return minutes.get_latest_revision_as_object()
    return minutes


def plain(text: str) -> str:
    """Minute text compared without markup, spacing or case."""
    return norm(html.unescape(strip_tags(text)))


def as_html(text: str) -> str:
    """Paragraphs of minute text as the rich-text field stores them."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def propose(meeting: MeetingPage, text: str) -> Proposal:
    """Propose the minutes' structure, marking what the meeting's minutes already hold."""
    proposal = parse_minutes(text, meeting_context(meeting))
    minutes = minutes_for(meeting)
    if minutes is not None:
        mark_recorded(proposal, draft_of(minutes))
    return proposal


def mark_recorded(proposal: Proposal, page: MinutesPage) -> None:
    """Re-importing proposes nothing twice: rows already in the minutes are flagged and unticked."""
    people = {row.person_id for row in page.attendance.all()}
    items = {(row.agenda_item_id, plain(row.text)) for row in page.items.all()}
    resolutions = {(row.agenda_item_id, norm(row.text)) for row in page.resolutions.all()}
    for row in proposal.attendance:
        row.already_recorded = row.person_id is not None and row.person_id in people
    for item in proposal.items:
        item.already_recorded = (item.agenda_item_id, plain(item.minute_text)) in items
        for resolution in item.resolutions:
            key = (item.agenda_item_id, norm(resolution.text))
            resolution.already_recorded = key in resolutions


def _next_number(item_number: str, used: set[str]) -> str:
    base = re.sub(r"\.0$", "", item_number.strip().rstrip(".")) or "0"
    n = 1
    while f"{base}.{n}" in used:
        n += 1
    return f"{base}.{n}"


@transaction.atomic
def apply_proposal(
    meeting: MeetingPage, proposal: Proposal, accepted: set[str], *, user, filename: str
) -> ImportResult:
    """Write the accepted rows into the meeting's minutes as a draft, and apply action updates."""
    from actions.models import Action
    from actions.services import ActionUpdate, update_action

    minutes = minutes_for(meeting)
    if minutes is not None and minutes.is_approved:
        raise ImportRefused(
            "These minutes were approved as a correct record and are locked. "
            "Record a correction instead of importing again."
        )
    page = draft_of(minutes) if minutes is not None else None
    creating = page is None
    if creating:
        page = MinutesPage(title=f"Minutes: {meeting.title}", slug="minutes", live=False)
    result = ImportResult(minutes=page)

    attendance = list(page.attendance.all())
    present = {row.person_id for row in attendance}
    for row in proposal.attendance:
        if row.key in accepted and row.person_id and row.person_id not in present:
            attendance.append(Attendance(person_id=row.person_id, status=row.status))
            present.add(row.person_id)
            result.attendance += 1

    items = list(page.items.all())
    by_item = {row.agenda_item_id: row for row in items}
    resolutions = list(page.resolutions.all())
    recorded = {(row.agenda_item_id, norm(row.text)) for row in resolutions}
    numbers = {row.number for row in resolutions}
    for item in proposal.items:
        if item.key in accepted and item.agenda_item_id and item.minute:
            text = as_html(item.minute_text)
            existing = by_item.get(item.agenda_item_id)
            if existing is None:
                existing = MinuteItem(agenda_item_id=item.agenda_item_id, text=text)
                items.append(existing)
                by_item[item.agenda_item_id] = existing
                result.items += 1
            elif plain(existing.text) != plain(text):
                existing.text = text
                result.items += 1
        for resolution in item.resolutions:
            if resolution.key not in accepted:
                continue
            key = (item.agenda_item_id, norm(resolution.text))
            if key in recorded:
                result.skipped.append(resolution.text)
                continue
            number = resolution.number
            if number in numbers:
                number = _next_number(item.number or number.split(".")[0], numbers)
            action = resolution.action
            raise_action = action is not None and action.key in accepted
            resolutions.append(
                Resolution(
                    agenda_item_id=item.agenda_item_id,
                    number=number,
                    kind=resolution.kind,
                    text=resolution.text,
                    raise_action=raise_action,
                    action_owner_id=action.owner_person_id if raise_action else None,
                    action_due_date=action.due.date
                    if raise_action and not action.due.next_meeting
                    else None,
                    action_due_next_meeting=raise_action and action.due.next_meeting,
                )
            )
            recorded.add(key)
            numbers.add(number)
            result.resolutions += 1
            result.actions += int(raise_action)

    page.attendance = attendance
    page.items = items
    page.resolutions = resolutions
    if creating:
        meeting.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    result.minutes = page

    reason = f"Imported from minutes {filename}"
    for update in proposal.updates:
        if update.key not in accepted or not update.action_id:
            continue
        action = Action.objects.get(pk=update.action_id)
        if action.status == update.status:
            continue
        note = update.note.strip() or f"Reported in the minutes of {meeting.title}"
        update_action(
            action,
            ActionUpdate(status=update.status, note=note, due_date=update.due_date, reason=reason),
            user=user,
            via="minutes import",
        )
        result.updates += 1

    PageLogEntry.objects.log_action(
        instance=page,
        action=LOG_ACTION,
        user=user,
        data={"filename": filename, **result.as_data()},
    )
    return result
