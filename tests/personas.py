"""Shared personas and a governance world holding public, unpublished, exempt and private content.

The seven personas are the people whose access the permission matrix checks: an anonymous
visitor, a member of another board, a member, an action (and risk) owner, the chair, the
clerk (a clerk on the board and in the "Board clerks" group) and a superuser. Protected
content carries unique marker words so a test can prove they never reach someone not entitled.
The admin matrix adds "otherchair": the chair of the other board, in the "Chairs" group (as
is the chair), so an admin user with no right to this board's exempt business.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import PersonFactory, add_member, london, make_action, make_board, make_user

PERSONAS = ("anonymous", "otherboard", "member", "owner", "chair", "clerk", "superuser")
BOARD_PEOPLE = frozenset({"member", "owner", "chair", "clerk", "superuser"})
EDITORS = frozenset({"clerk", "superuser"})

# Marker words: each protected thing and who may read it on the public site.
EXEMPT_PAPER = "Zanzibarquill"  # exempt paper's title and body
EXEMPT_MINUTE = "Wombatrecital"  # minute text of the exempt agenda item
EXEMPT_ACTION = "Narwhalredeploy"  # action raised on the exempt agenda item
DRAFT_MEETING = "Zebuneverpublished"  # a meeting never published
DRAFT_PAPER = "Quokkadraftpaper"  # a paper never published
PENDING_REVISION = "Yakpendingrevision"  # an unpublished revision of a live paper
PRIVATE_BOARD = "Kestrelprivate"  # a board behind a group view restriction, and its content
EXEMPT_ITEM_TITLE = "Ocelotplacements"  # the title of an exempt agenda item

MARKERS: dict[str, frozenset[str]] = {
    EXEMPT_PAPER: BOARD_PEOPLE,
    EXEMPT_MINUTE: BOARD_PEOPLE,
    EXEMPT_ACTION: BOARD_PEOPLE,
    DRAFT_MEETING: frozenset(),
    DRAFT_PAPER: frozenset(),
    PENDING_REVISION: frozenset(),
    PRIVATE_BOARD: BOARD_PEOPLE,
    EXEMPT_ITEM_TITLE: BOARD_PEOPLE,
}

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
    b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF"
)


@dataclass
class World:
    """Everything the matrix requests, by name."""

    users: dict
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name: str):
        try:
            return self.objects[name]
        except KeyError as error:
            raise AttributeError(name) from error


def login(client, world: World, persona: str) -> None:
    """Sign the test client in as a persona (anonymous stays signed out)."""
    client.logout()
    if persona != "anonymous":
        client.force_login(world.users[persona])


def _png() -> bytes:
    from tests.papers.builders import png_bytes

    return png_bytes()


def _image(title: str, name: str):
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    image = get_image_model()(title=title, file=ImageFile(io.BytesIO(_png()), name=name))
    image.save()
    return image


def _document(name: str, data: bytes, title: str):
    from tests.papers.builders import make_document

    return make_document(name, data, title)


def _paper(meeting, item, title: str, slug: str, *, publish: bool = True, **fields):
    from tests.papers.builders import make_paper

    return make_paper(
        meeting, item, title=title, slug=slug, publish=publish, live=publish, **fields
    )


def _meeting(board, start, *, publish=True, items=(), title=None, slug=None):
    from boards.models import AgendaItem, MeetingPage

    meeting = MeetingPage(
        title=title or f"{board.title} meeting {start:%Y-%m-%d}",
        slug=slug or f"meeting-{start:%Y%m%d}",
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    meeting.agenda_items = [
        AgendaItem(number=str(n + 1), title=t, exempt=ex, exempt_paragraph=1 if ex else None)
        for n, (t, ex) in enumerate(items)
    ]
    meeting.live = publish
    board.add_child(instance=meeting)
    if publish:
        meeting.save_revision().publish()
    else:
        meeting.save_revision()
    meeting.refresh_from_db()
    return meeting


def _minutes(meeting, texts: dict[str, str]):
    from boards.models import MinuteItem, MinutesPage

    minutes = MinutesPage(title=f"Minutes: {meeting.title}", slug="minutes")
    items = {item.number: item for item in meeting.agenda_items.all()}
    minutes.items = [
        MinuteItem(agenda_item=items[number], text=f"<p>{text}</p>")
        for number, text in texts.items()
    ]
    meeting.add_child(instance=minutes)
    minutes.save_revision().publish()
    return minutes


def _ready_pack(meeting, kind: str):
    from papers.models import MeetingPack

    pack, _ = MeetingPack.objects.get_or_create(meeting=meeting, kind=kind)
    pack.status = "ready"
    pack.built_at = timezone.now()
    pack.file.save(f"matrix-{meeting.pk}-{kind}.pdf", ContentFile(PDF), save=True)
    return pack


def build_world(home_page) -> World:
    """Two public boards, one private board, and their meetings, papers, actions and risks."""
    from actions.services import issue_link
    from boards.models import CalendarToken, Subscription
    from boards.subscriptions import CONFIRM_SALT, UNSUBSCRIBE_SALT, subscription_token
    from home.models import AccessibilityStatementPage
    from home.roles import ensure_clerks_group
    from papers.models import Conversion, MeetingPack, PaperImage
    from tests.risks.builders import make_plan, make_risk

    board = make_board(home_page, title="Matrix Board", short_name="MXB")
    other = make_board(home_page, title="Other Matrix Board", short_name="OMX")
    people = {
        name: PersonFactory(name=f"Matrix {name.title()}")
        for name in ("member", "owner", "chair", "clerk", "otherboard")
    }
    add_member(board, people["member"], "member")
    add_member(board, people["owner"], "member")
    add_member(board, people["chair"], "chair")
    add_member(board, people["clerk"], "clerk")
    add_member(other, people["otherboard"], "chair")
    users = {name: make_user(f"matrix-{name}", person) for name, person in people.items()}
    users["clerk"].groups.add(ensure_clerks_group(home_page))
    # Both chairs are in the standing "Chairs" group (admin access to sign off minutes); the
    # chair of the other board is the admin user who must not see this board's exempt files.
    chairs = Group.objects.get(name="Chairs")
    users["chair"].groups.add(chairs)
    users["otherchair"] = make_user("matrix-otherchair", PersonFactory(name="Matrix Otherchair"))
    add_member(other, users["otherchair"].person, "chair")
    users["otherchair"].groups.add(chairs)
    users["superuser"] = get_user_model().objects.create_superuser(
        "matrix-root", "root@example.org", "pw"
    )
    people["owner"].email = "owner@example.org"
    people["owner"].save()

    start = timezone.now().astimezone(datetime.UTC) + datetime.timedelta(days=40)
    start = london(start.year, start.month, start.day, 10, 0)
    meeting = _meeting(
        board, start, items=[("Open business", False), (f"{EXEMPT_ITEM_TITLE} (exempt)", True)]
    )
    open_item, exempt_item = list(meeting.agenda_items.order_by("sort_order", "pk"))
    draft_meeting = _meeting(
        board,
        start + datetime.timedelta(days=30),
        publish=False,
        title=f"{DRAFT_MEETING} meeting",
        slug="draft-meeting",
    )
    open_source = _document("open-report.pdf", PDF, "Open report original")
    open_paper = _paper(
        meeting, open_item, "Open report", "open-report", source_document=open_source
    )
    pending = open_paper.get_latest_revision_as_object()
    pending.body = f"<p>{PENDING_REVISION}</p>"
    pending.save_revision()
    exempt_source = _document("placements.pdf", PDF, f"{EXEMPT_PAPER} original")
    appendix = _document("appendix.pdf", PDF, f"{EXEMPT_PAPER} appendix")
    exempt_paper = _paper(
        meeting,
        exempt_item,
        f"{EXEMPT_PAPER} placements",
        "placements",
        exempt=True,
        source_document=exempt_source,
        body=f"<p>{EXEMPT_PAPER} names</p>",
    )
    exempt_paper.appendices.create(document=appendix, title="Appendix 1")
    exempt_paper.save_revision().publish()
    image = _image("Chart", "matrix-chart.png")
    PaperImage.objects.create(paper=exempt_paper, image=image, alt_text="Chart")
    open_image = _image("Open chart", "matrix-open-chart.png")
    PaperImage.objects.create(paper=open_paper, image=open_image, alt_text="Open chart")
    draft_paper = _paper(meeting, open_item, f"{DRAFT_PAPER} report", "draft-paper", publish=False)
    draft_image = _image("Draft chart", "matrix-draft-chart.png")
    PaperImage.objects.create(paper=draft_paper, image=draft_image, alt_text="Draft chart")
    conversion = Conversion.objects.create(
        paper=open_paper, document=open_source, file_hash="0" * 64, status="failed"
    )
    minutes = _minutes(meeting, {"1": "The board noted the report.", "2": EXEMPT_MINUTE})
    for kind in ("public", "members"):
        _ready_pack(meeting, kind)
    # Packs withdrawn after a recall, waiting for a rebuild (the public one's rebuild failed).
    withdrawn_meeting = _meeting(
        board, start + datetime.timedelta(days=7), items=[("Recall", False)], slug="recalled"
    )
    for kind, status in (("public", "failed"), ("members", "building")):
        MeetingPack.objects.create(
            meeting=withdrawn_meeting,
            kind=kind,
            status=status,
            built_at=timezone.now(),
            withdrawn_at=timezone.now(),
        )
    action = make_action(board, owner=people["owner"], description="Circulate the open report")
    exempt_action = make_action(board, description=f"{EXEMPT_ACTION} the post")
    exempt_action.agenda_item = exempt_item
    exempt_action.save()
    risk = make_risk(board, owner=people["owner"], title="Matrix open risk")
    plan = make_plan(board, priorities=1, indicators=1, values=1)

    private = make_board(home_page, title=f"{PRIVATE_BOARD} Panel", short_name="KPP")
    panel = Group.objects.create(name="Kestrel panel")
    for name in ("member", "owner", "chair", "clerk"):
        add_member(private, people[name], "chair" if name == "chair" else "member")
        users[name].groups.add(panel)
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([panel])
    private_meeting = _meeting(
        private, start, items=[(f"{PRIVATE_BOARD} item", False)], slug="private-meeting"
    )
    private_paper = _paper(
        private_meeting,
        private_meeting.agenda_items.get(),
        f"{PRIVATE_BOARD} paper",
        "private-paper",
        source_document=_document("private.pdf", PDF, f"{PRIVATE_BOARD} original"),
    )
    private_image = _image("Private chart", "matrix-private.png")
    PaperImage.objects.create(paper=private_paper, image=private_image, alt_text="Chart")
    private_pack = _ready_pack(private_meeting, "public")
    private_action = make_action(
        private, owner=people["owner"], description=f"{PRIVATE_BOARD} action"
    )
    private_risk = make_risk(private, owner=people["owner"], title=f"{PRIVATE_BOARD} risk")
    private_plan = make_plan(private, priorities=1, indicators=1, values=1)

    subscription = Subscription.objects.create(board=board, email="reader@example.org")
    calendar_token = CalendarToken.objects.create(person=people["member"])
    # Its own action, so the matrix's POST to `action` does not make the link stale; and a
    # link sent before the action last changed, which must be refused to everyone.
    link_action = make_action(board, owner=people["owner"], description="Send the open figures")
    stale_link_token = issue_link(link_action, people["owner"])
    link_action.save()
    link_token = issue_link(link_action, people["owner"])
    confirm_token = subscription_token(subscription, CONFIRM_SALT)
    unsubscribe_token = subscription_token(subscription, UNSUBSCRIBE_SALT)
    home = home_page
    statement = AccessibilityStatementPage.objects.live().get()

    names = dict(locals())
    objects = {
        key: names[key]
        for key in [
            "board",
            "other",
            "meeting",
            "draft_meeting",
            "open_paper",
            "exempt_paper",
            "draft_paper",
            "open_source",
            "exempt_source",
            "appendix",
            "image",
            "open_image",
            "draft_image",
            "conversion",
            "minutes",
            "action",
            "exempt_action",
            "risk",
            "plan",
            "private",
            "restriction",
            "private_meeting",
            "private_paper",
            "private_image",
            "private_pack",
            "withdrawn_meeting",
            "private_action",
            "private_risk",
            "private_plan",
            "subscription",
            "calendar_token",
            "link_token",
            "stale_link_token",
            "open_item",
            "exempt_item",
            "confirm_token",
            "unsubscribe_token",
            "home",
            "statement",
        ]
    }
    return World(users=users, objects=objects)


@pytest.fixture
def world(home_page) -> World:
    """The governance world the permission matrix reads (see build_world)."""
    return build_world(home_page)
