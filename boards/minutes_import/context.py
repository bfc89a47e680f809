"""The meeting as the parser sees it: date, agenda, the people it may name, earlier actions."""

from __future__ import annotations

from django.utils import timezone

from boards.minutes_import.proposal import AgendaRef, BoardAction, MeetingContext, PersonRef
from boards.models import MeetingPage, Membership, Person


def meeting_context(meeting: MeetingPage) -> MeetingContext:
    """Everything the parser needs about one meeting, read in a fixed number of queries."""
    from actions.models import Action
    from actions.services import next_meeting_date

    board = meeting.board
    meeting_date = meeting.local_date()
    memberships = list(
        Membership.objects.filter(board=board).current(meeting_date).select_related("person")
    )
    roles: dict[int, set[str]] = {}
    titles: dict[int, set[str]] = {}
    for membership in memberships:
        roles.setdefault(membership.person_id, set()).add(membership.role)
        if membership.job_title:
            titles.setdefault(membership.person_id, set()).add(membership.job_title)
    people = [
        PersonRef(
            id=person.pk,
            name=person.name,
            honorific=person.honorific,
            initials=person.initials,
            job_titles=tuple(sorted({person.job_title, *titles.get(person.pk, set())} - {""})),
            roles=tuple(sorted(roles.get(person.pk, set()))),
            on_board=person.pk in roles,
        )
        for person in Person.objects.all()
    ]
    agenda = [
        AgendaRef(id=item.pk, number=item.number, title=item.title)
        for item in meeting.agenda_items.all()
    ]
    board_actions = [
        BoardAction(
            id=action.pk,
            reference=action.reference,
            description=action.description,
            status=action.status,
            due_date=action.due_date,
        )
        for action in Action.objects.filter(board=board).exclude(meeting=meeting)
    ]
    return MeetingContext(
        meeting_date=meeting_date,
        agenda=agenda,
        people=people,
        next_meeting_date=next_meeting_date(board, meeting.start or timezone.now()),
        board_actions=board_actions,
    )
