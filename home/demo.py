"""Build the demonstration partnership from the seed board pack, creating only what is missing."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from types import ModuleType
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils.text import slugify

from boards import demo_data
from boards.models import AgendaItem, BoardPage, MeetingPage, Membership, Organisation, Person
from home.models import HomePage
from papers.demo import load_papers_demo
from risks.demo import load_risks_demo

LONDON = ZoneInfo("Europe/London")


@dataclass
class DemoSummary:
    """What a run of the loader created; a second run creates nothing."""

    created: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str) -> None:
        """Count one created record of a kind."""
        self.created[kind] = self.created.get(kind, 0) + 1

    def __str__(self) -> str:
        if not self.created:
            return "Demo content already present: nothing to add."
        parts = ", ".join(f"{count} {kind}" for kind, count in sorted(self.created.items()))
        return f"Demo content added: {parts}."


def _aware(value: str) -> datetime.datetime:
    """A seed's local date-time (or bare date, at midnight) as a UK-time aware instant."""
    return datetime.datetime.fromisoformat(value).replace(tzinfo=LONDON)


def _has_time(value: str) -> bool:
    return "T" in value


def _time(value: str) -> datetime.time | None:
    return datetime.time.fromisoformat(value.replace(".", ":")) if value else None


def _publish(page) -> None:
    """Publish through a revision so the admin editor and the live page agree."""
    page.save_revision(log_action=False).publish(log_action=False)


@transaction.atomic
def load_demo(data: ModuleType = demo_data) -> DemoSummary:
    """Create the seed partnership's organisations, people, boards and meetings if missing."""
    summary = DemoSummary()
    home = HomePage.objects.get(depth=2)
    if not home.partnership_name:
        home.partnership_name = "Children's partnership boards"
        home.introduction = (
            "Agendas, papers and minutes of the Wirral Children's Trust Board, its "
            "executive, safeguarding board, committees and groups, and the Best Start "
            "Partnership Board."
        )
        _publish(home)

    organisations: dict[str, Organisation] = {}
    for row in data.ORGANISATIONS:
        org, created = Organisation.objects.get_or_create(
            name=row["name"], defaults={"kind": row.get("kind", "other")}
        )
        organisations[org.name] = org
        if created:
            summary.add("organisations")

    people: dict[str, Person] = {}
    for row in data.PEOPLE:
        person, created = Person.objects.get_or_create(
            name=row["name"],
            honorific=row.get("honorific", ""),
            defaults={
                "initials": row.get("initials", ""),
                "job_title": row.get("job_title", ""),
                "organisation": organisations.get(row.get("organisation", "")),
            },
        )
        people[row["key"]] = person
        if created:
            summary.add("people")

    memberships_by_board: dict[str, list[dict]] = {}
    for row in data.MEMBERSHIPS:
        memberships_by_board.setdefault(row["board"], []).append(row)

    boards: dict[str, BoardPage] = {}
    for row in data.BOARDS:
        parent = boards[row["parent"]] if row.get("parent") else home
        board = BoardPage.objects.child_of(parent).filter(slug=row["slug"]).first()
        if board is None:
            board = BoardPage(
                title=row["title"],
                slug=row["slug"],
                short_name=row.get("short_name", ""),
                kind=row.get("kind", "partnership"),
                purpose=row.get("purpose", ""),
                terms_of_reference=_paragraphs(row.get("terms_of_reference", "")),
                quorum=row.get("quorum"),
                meeting_frequency=row.get("meeting_frequency", ""),
                status=row.get("status", "active"),
            )
            board.memberships = [
                Membership(
                    person=people[m["person"]],
                    role=m.get("role", "member"),
                    organisation=organisations.get(m.get("organisation", "")),
                    job_title=m.get("job_title", ""),
                    start_date=datetime.date.fromisoformat(m["start"]) if m.get("start") else None,
                    sort_order=position,
                )
                for position, m in enumerate(memberships_by_board.get(row["slug"], []))
            ]
            parent.add_child(instance=board)
            _publish(board)
            summary.add("boards")
        boards[row["slug"]] = board

    for row in data.MEETINGS:
        board = boards[row["board"]]
        start = _aware(row["start"])
        slug = start.strftime("%Y-%m-%d")
        if MeetingPage.objects.child_of(board).filter(slug=slug).exists():
            continue
        time_known = _has_time(row["start"])
        meeting = MeetingPage(
            title=f"{board.title}, {start:%-d %B %Y}",
            slug=slug,
            start=start,
            time_to_be_confirmed=not time_known,
            end=_aware(row["end"]) if row.get("end") else None,
            venue=row.get("venue", ""),
            status=row.get("status", "scheduled"),
        )
        meeting.agenda_items = [
            AgendaItem(
                number=item["number"],
                start_time=_time(item.get("start_time", "")),
                title=item["title"],
                presenters=item.get("presenters", ""),
                purpose=item.get("purpose", "information"),
                description=item.get("description", ""),
                exempt=bool(item.get("exempt")),
                exempt_paragraph=item.get("exempt_paragraph"),
                sort_order=position,
            )
            for position, item in enumerate(row.get("agenda", []))
        ]
        board.add_child(instance=meeting)
        _publish(meeting)
        summary.add("meetings")

    from actions.demo import load_actions_demo

    for _ in range(load_actions_demo(people)):
        summary.add("actions")
    load_risks_demo(summary)
    _accessibility_statement(home, summary)
    summary.created.update({"papers": n} if (n := load_papers_demo()) else {})
    return summary


def _paragraphs(text: str) -> str:
    """Plain seed text as rich-text paragraphs."""
    from django.utils.html import escape

    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def unique_slug(text: str) -> str:
    """A URL slug for seed titles."""
    return slugify(text)[:50]


def _accessibility_statement(home: HomePage, summary: DemoSummary) -> None:
    """The site's accessibility statement in GOV.UK's model form, if there is none yet."""
    from home.models import AccessibilityStatementPage, NonAccessibleItem

    if AccessibilityStatementPage.objects.exists():
        return
    statement = AccessibilityStatementPage(
        title="Accessibility statement",
        slug="accessibility",
        website_name="the Children's partnership boards website",
        organisation_name="Wirral Council on behalf of the Children's partnership boards",
        usability=(
            "<p>That means you should be able to:</p><ul>"
            "<li>change colours, contrast levels and fonts using browser or device settings</li>"
            "<li>zoom in up to 400% without the text spilling off the screen</li>"
            "<li>navigate most of the website using a keyboard or speech recognition "
            "software</li>"
            "<li>listen to most of the website using a screen reader (including the most "
            "recent versions of JAWS, NVDA and VoiceOver)</li></ul>"
            "<p>We've also made the website text as simple as possible to understand.</p>"
        ),
        known_issues=(
            "<p>We know some parts of this website are not fully accessible:</p><ul>"
            "<li>some older board papers are PDF documents that are not fully accessible "
            "to screen reader software</li></ul>"
        ),
        contact_email="boards@example.org",
        contact_phone="0151 496 0000",
        response_days=10,
        compliance_status="partial",
        improvements=(
            "<p>Papers are converted from Word to web pages when they are published, so "
            "new papers can be read without opening a document.</p>"
        ),
        prepared_on=datetime.date(2026, 11, 23),
        reviewed_on=datetime.date(2026, 11, 23),
        tested_on=datetime.date(2026, 11, 23),
        tested_by="the Quorum project team",
        test_method=(
            "<p>Every public page type (home, board, meeting, search, this statement) is "
            "tested automatically with axe-core in Chromium against WCAG 2.2 AA, on a desktop "
            "screen and at 320 pixels wide, and a keyboard-only journey is tested from the "
            "home page to a meeting.</p>"
        ),
    )
    statement.non_accessible_items = [
        NonAccessibleItem(
            reason="non_compliance",
            description=(
                "Some papers published before 2026 are scanned PDF documents without "
                "text, so screen reader users cannot read them."
            ),
            criterion="1.1.1 (non-text content)",
            fix_by=datetime.date(2027, 3, 31),
            sort_order=0,
        ),
        NonAccessibleItem(
            reason="out_of_scope",
            description=(
                "PDFs and other documents published before 23 September 2018 that are not "
                "essential to providing our services, such as the 2014 board packs."
            ),
            sort_order=1,
        ),
    ]
    home.add_child(instance=statement)
    _publish(statement)
    summary.add("accessibility statements")
