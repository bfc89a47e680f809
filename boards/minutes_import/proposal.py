"""What an import proposes: plain dataclasses the clerk reviews before anything is saved."""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field

# At or above this, a proposal is pre-ticked; below it, it is shown as a suggestion.
CONFIDENT = 0.8


@dataclass
class PersonRef:
    """Someone the minutes may name: a board member, an attendee or a presenter."""

    id: int
    name: str
    honorific: str = ""
    initials: str = ""
    job_titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    on_board: bool = True


@dataclass
class AgendaRef:
    """An agenda item of the meeting the minutes record."""

    id: int | None
    number: str
    title: str


@dataclass
class BoardAction:
    """An earlier action of the board, which a matters-arising table may report on."""

    id: int
    reference: str
    description: str
    status: str
    due_date: datetime.date | None = None


@dataclass
class MeetingContext:
    """What the parser knows about the meeting: its date, agenda, people and earlier actions."""

    meeting_date: datetime.date
    agenda: list[AgendaRef] = field(default_factory=list)
    people: list[PersonRef] = field(default_factory=list)
    next_meeting_date: datetime.date | None = None
    board_actions: list[BoardAction] = field(default_factory=list)


@dataclass
class Due:
    """A due date as read from the minutes; a phrase that cannot be dated is kept as a note."""

    date: datetime.date | None = None
    next_meeting: bool = False
    note: str = ""
    phrase: str = ""


@dataclass
class AttendanceProposal:
    key: str
    name: str
    status: str
    person_id: int | None
    confidence: float
    source: str
    initials: str = ""
    already_recorded: bool = False

    @property
    def preticked(self) -> bool:
        return (
            self.confidence >= CONFIDENT
            and self.person_id is not None
            and not (self.already_recorded)
        )


@dataclass
class ActionProposal:
    key: str
    text: str
    owner_text: str
    owner_person_id: int | None
    due: Due
    confidence: float
    source: str
    how: str = ""

    @property
    def preticked(self) -> bool:
        return self.confidence >= CONFIDENT


@dataclass
class ResolutionProposal:
    key: str
    number: str
    text: str
    kind: str
    confidence: float
    source: str
    action: ActionProposal | None = None
    standalone: bool = False
    already_recorded: bool = False

    @property
    def preticked(self) -> bool:
        return self.confidence >= CONFIDENT and not self.already_recorded


@dataclass
class ItemProposal:
    key: str
    number: str
    title: str
    agenda_item_id: int | None
    matched_by: str
    confidence: float
    source: str
    minute: list[str] = field(default_factory=list)
    resolutions: list[ResolutionProposal] = field(default_factory=list)
    already_recorded: bool = False

    @property
    def minute_text(self) -> str:
        return "\n\n".join(self.minute)

    @property
    def preticked(self) -> bool:
        return (
            self.confidence >= CONFIDENT
            and self.agenda_item_id is not None
            and bool(self.minute)
            and not self.already_recorded
        )

    @property
    def actions(self) -> list[ActionProposal]:
        return [r.action for r in self.resolutions if r.action is not None]


@dataclass
class UpdateProposal:
    """A matters-arising row reporting on an existing action."""

    key: str
    action_id: int | None
    reference: str
    description: str
    status: str
    note: str
    confidence: float
    source: str
    due_date: datetime.date | None = None
    already_recorded: bool = False

    @property
    def preticked(self) -> bool:
        confident = self.confidence >= CONFIDENT and self.action_id is not None
        return confident and not self.already_recorded


@dataclass
class Proposal:
    """Everything proposed from one minutes document."""

    attendance: list[AttendanceProposal] = field(default_factory=list)
    items: list[ItemProposal] = field(default_factory=list)
    updates: list[UpdateProposal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def names(self, status: str) -> list[str]:
        return [row.name for row in self.attendance if row.status == status]

    def all_actions(self) -> list[ActionProposal]:
        return [action for item in self.items for action in item.actions]

    def to_dict(self) -> dict:
        """A JSON-safe dict (dates as ISO strings) from which the proposal can be rebuilt."""
        return _jsonable(dataclasses.asdict(self))

    @classmethod
    def from_dict(cls, data: dict) -> Proposal:
        def due(d):
            return Due(
                date=datetime.date.fromisoformat(d["date"]) if d.get("date") else None,
                next_meeting=d.get("next_meeting", False),
                note=d.get("note", ""),
                phrase=d.get("phrase", ""),
            )

        def action(a):
            return None if a is None else ActionProposal(**{**a, "due": due(a["due"])})

        def resolution(r):
            return ResolutionProposal(**{**r, "action": action(r.get("action"))})

        def item(i):
            return ItemProposal(**{**i, "resolutions": [resolution(r) for r in i["resolutions"]]})

        def update(u):
            when = u.get("due_date")
            return UpdateProposal(
                **{**u, "due_date": datetime.date.fromisoformat(when) if when else None}
            )

        return cls(
            attendance=[AttendanceProposal(**a) for a in data.get("attendance", [])],
            items=[item(i) for i in data.get("items", [])],
            updates=[update(u) for u in data.get("updates", [])],
            warnings=list(data.get("warnings", [])),
        )

    def summary(self) -> dict:
        """The proposal in the shape scripts check: names, items, resolutions and actions."""
        from boards.choices import AttendanceStatus

        return {
            "present": self.names(AttendanceStatus.PRESENT),
            "apologies": self.names(AttendanceStatus.APOLOGIES),
            "in_attendance": self.names(AttendanceStatus.IN_ATTENDANCE),
            "items": [
                {
                    "number": item.number,
                    "title": item.title,
                    "agenda_item_id": item.agenda_item_id,
                    "resolutions": [
                        {"number": r.number, "text": r.text, "kind": r.kind}
                        for r in item.resolutions
                        if not r.standalone
                    ],
                    "actions": [
                        {
                            "text": a.text,
                            "owner": a.owner_text,
                            "owner_person_id": a.owner_person_id,
                            "due": a.due.date.isoformat() if a.due.date else None,
                            "due_note": a.due.note,
                            "status": "proposed" if a.preticked else "suggested",
                            "source": a.source,
                        }
                        for a in item.actions
                    ],
                }
                for item in self.items
            ],
            "updates": [
                {
                    "reference": u.reference,
                    "action_id": u.action_id,
                    "status": u.status,
                    "note": u.note,
                    "source": u.source,
                }
                for u in self.updates
            ],
            "warnings": self.warnings,
        }


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value
