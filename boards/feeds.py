"""iCalendar feeds of board meetings that every calendar client reads the same way.

Building is split into pure functions: querysets in, plain rows out (`feed_meetings`), rows in,
`icalendar` components out (`meeting_event`, `build_calendar`). `render_calendar` serialises a
feed, reusing each meeting's serialised VEVENT while its content is unchanged, because the
icalendar library takes about a millisecond per event and the all-meetings feed holds thousands.
"""

from __future__ import annotations

import datetime
import hashlib
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Max, QuerySet, Subquery, Sum
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event, vDuration
from wagtail.models import Page, PageLogEntry, PageViewRestriction, Site

from boards.choices import MeetingStatus
from boards.models import AgendaItem, MeetingPage, Membership, Person
from boards.models.meeting import public_item_title
from core.links import absolute_url

# Fixed forever: a meeting's UID is uuid5(NAMESPACE, primary key), so it survives every edit,
# move and rename, and says nothing about the host, the user or the meeting's place in a list.
UID_NAMESPACE = uuid.UUID("5b0c6f0e-2f4e-4f7a-9d2c-6a1f0c3e7b21")
PRODID = "-//Quorum//Board meetings//EN"
REFRESH = datetime.timedelta(hours=6)
# Raise when the output format changes, so clients' cached validators stop matching.
FEED_FORMAT = 2  # 2: exempt items name their Schedule 12A paragraph


@dataclass(frozen=True)
class SiteRoot:
    """Where pages live on the public site, fetched once per feed instead of once per page.

    `root_url` is the configured QUORUM_BASE_URL, held here so cached calendar events built
    for one base address are never served under another.
    """

    root_url: str
    url_path: str

    def page_url(self, url_path: str) -> str:
        """The absolute address of a page from its stored url_path."""
        return absolute_url("/" + url_path[len(self.url_path) :])


def site_root(request: HttpRequest | None = None) -> SiteRoot:
    """The site serving this request (or the default site, for emails and tasks).

    Root paths come from Wagtail's cached site-root list, so this costs at most the one
    site lookup Wagtail itself makes per request. Addresses come from QUORUM_BASE_URL, never
    from the Site record's host name, which says "localhost" unless someone changed it.
    """
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.get(is_default_site=True)
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk:
            return SiteRoot(root_url=absolute_url("/").rstrip("/"), url_path=root.root_path)
    raise Site.DoesNotExist(f"Site {site.pk} has no root page.")


# What a feed needs of each meeting, read as plain rows: model instances cost too much at 5,000.
MEETING_COLUMNS = (
    "pk",
    "title",
    "start",
    "end",
    "time_to_be_confirmed",
    "venue",
    "online_link",
    "status",
    "status_note",
    "calendar_sequence",
    "last_published_at",
    "url_path",
    "board__title",
    "agenda_token",
)


@dataclass(frozen=True)
class FeedMeeting:
    """One meeting as a calendar shows it; exempt agenda items carry no title."""

    pk: int
    title: str
    start: datetime.datetime
    end: datetime.datetime | None
    time_to_be_confirmed: bool
    venue: str
    online_link: str
    status: str
    status_note: str
    sequence: int
    last_published_at: datetime.datetime | None
    url_path: str
    board_title: str
    agenda_token: str
    items: tuple[tuple[str, str], ...] = field(default=())


def feed_rows(queryset) -> list[tuple]:
    """The meetings of a feed as plain rows (MEETING_COLUMNS), in date order, in one query."""
    return list(queryset.order_by("start", "pk").values_list(*MEETING_COLUMNS))


def agenda_lines(queryset) -> dict[int, tuple[tuple[str, str], ...]]:
    """Agenda numbers and public titles per meeting (exempt items unnamed), in one query."""
    rows = (
        AgendaItem.objects.filter(meeting__in=queryset)
        .order_by("meeting_id", "sort_order", "pk")
        .values_list("meeting_id", "number", "title", "exempt", "exempt_paragraph")
    )
    items: dict[int, list[tuple[str, str]]] = {}
    for meeting_id, number, title, exempt, paragraph in rows:
        items.setdefault(meeting_id, []).append(
            (number, public_item_title(title, exempt, paragraph))
        )
    return {meeting_id: tuple(lines) for meeting_id, lines in items.items()}


def feed_meetings(queryset) -> list[FeedMeeting]:
    """Meetings and their agenda titles in two queries, whatever their number."""
    rows = feed_rows(queryset)
    items = agenda_lines(queryset.values("pk"))
    return [FeedMeeting(*row, items=items.get(row[0], ())) for row in rows]


def feed_links(path: str) -> dict[str, str]:
    """The https:// and webcal:// addresses of a feed, for pages to show."""
    https = absolute_url(path)
    return {"https": https, "webcal": "webcal://" + https.split("://", 1)[1]}


def is_restricted(page: Page) -> bool:
    """Whether the page or an ancestor is private: public feeds then leave it out (one query)."""
    steps = range(page.steplen, len(page.path) + 1, page.steplen)
    paths = [page.path[:end] for end in steps]
    return PageViewRestriction.objects.filter(page__path__in=paths).exists()


def board_calendar_links(board, request: HttpRequest) -> list[dict]:
    """The feeds a public board page offers: the board alone, and with its sub-boards."""
    if is_restricted(board):
        return []
    return [
        {
            "label": f"Meetings of {board.title}",
            "links": feed_links(reverse("boards:feed-board", args=[board.pk])),
        },
        {
            "label": f"Meetings of {board.title} and its sub-boards",
            "links": feed_links(reverse("boards:feed-board-tree", args=[board.pk])),
        },
    ]


def meeting_calendar_links(meeting, request: HttpRequest) -> dict:
    """A public meeting's "add to calendar" file and its board's feed."""
    if is_restricted(meeting):
        return {"ics": None, "feeds": []}
    board_feed = reverse("boards:feed-board", args=[meeting.board_id])
    return {
        "ics": absolute_url(reverse("boards:feed-meeting", args=[meeting.pk])),
        "feeds": [
            {
                "label": f"All meetings of {meeting.board.title}",
                "links": feed_links(board_feed),
            }
        ],
    }


# Which meetings each feed carries.


def public_meetings(root: SiteRoot):
    """Published meetings of published boards on this site, outside any private section."""
    return MeetingPage.objects.visible().filter(
        url_path__startswith=root.url_path, board__live=True
    )


def board_meetings(board, root: SiteRoot):
    """One board's public meetings."""
    return public_meetings(root).filter(board=board)


def board_tree_meetings(board, root: SiteRoot):
    """A board's public meetings and those of every board beneath it."""
    return public_meetings(root).filter(path__startswith=board.path)


def personal_meetings(person: Person):
    """Published meetings of every board the member sits on today, private boards included."""
    boards = Membership.objects.current().filter(person=person).values("board_id")
    return MeetingPage.objects.live().filter(board__in=boards, board__live=True)


def member_for_user(user) -> Person | None:
    """The person a login belongs to, if they sit on a board today."""
    if not user.is_authenticated:
        return None
    return (
        Person.objects.filter(user=user, memberships__in=Membership.objects.current())
        .distinct()
        .first()
    )


# Building the calendar.


def meeting_uid(pk: int) -> str:
    """Opaque and permanent: the same meeting keeps its UID through every change."""
    return str(uuid.uuid5(UID_NAMESPACE, str(pk)))


def summary(meeting: FeedMeeting) -> str:
    """The title names the board, and says plainly if the meeting is off or moved."""
    title = meeting.title
    if meeting.board_title and meeting.board_title.lower() not in title.lower():
        title = f"{meeting.board_title}: {title}"
    if meeting.status == MeetingStatus.CANCELLED:
        return f"Cancelled: {title}"
    if meeting.status == MeetingStatus.POSTPONED:
        return f"Postponed: {title}"
    return title


def description(meeting: FeedMeeting, url: str) -> str:
    """Status note, how to join, the agenda's item titles (exempt ones unnamed), the link."""
    lines: list[str] = []
    if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED):
        label = MeetingStatus(meeting.status).label
        lines.append(f"{label}. {meeting.status_note}".strip())
    if meeting.time_to_be_confirmed:
        lines.append("Start time to be confirmed.")
    if meeting.online_link:
        lines.append(f"Join online: {meeting.online_link}")
    if meeting.items:
        lines.append("Agenda:")
        lines.extend(f"{number}. {title}" for number, title in meeting.items)
    lines.append(f"Details and papers: {url}")
    return "\n".join(lines)


STATUS = {
    MeetingStatus.CANCELLED: "CANCELLED",
    MeetingStatus.POSTPONED: "TENTATIVE",
}


def meeting_event(meeting: FeedMeeting, root: SiteRoot) -> Event:
    """One VEVENT: UTC instants (or a whole UK day when the time is not fixed)."""
    url = root.page_url(meeting.url_path)
    changed = (meeting.last_published_at or timezone.now()).astimezone(datetime.UTC)
    event = Event()
    event.add("uid", meeting_uid(meeting.pk))
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("sequence", meeting.sequence)
    if meeting.time_to_be_confirmed:
        day = timezone.localtime(meeting.start).date()
        event.add("dtstart", day)
        event.add("dtend", day + datetime.timedelta(days=1))
    else:
        event.add("dtstart", meeting.start.astimezone(datetime.UTC))
        if meeting.end:
            event.add("dtend", meeting.end.astimezone(datetime.UTC))
    event.add("status", STATUS.get(meeting.status, "CONFIRMED"))
    if meeting.status == MeetingStatus.CANCELLED:
        event.add("transp", "TRANSPARENT")
    event.add("summary", summary(meeting))
    location = meeting.venue or ("Online" if meeting.online_link else "")
    if location:
        event.add("location", location)
    event.add("url", url)
    event.add("description", description(meeting, url))
    return event


def calendar_shell(name: str, about: str) -> Calendar:
    """The VCALENDAR wrapper: who made it, what it is called, how often to refresh."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("description", about)
    calendar.add("x-wr-caldesc", about)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar["x-published-ttl"] = vDuration(REFRESH)
    return calendar


def build_calendar(
    name: str, about: str, meetings: Iterable[FeedMeeting], root: SiteRoot
) -> Calendar:
    """A whole feed as an icalendar object."""
    calendar = calendar_shell(name, about)
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting, root))
    return calendar


class EventCache:
    """Serialised VEVENTs of this process, keyed by a meeting's whole feed row and the site.

    The row carries `agenda_token`, which changes whenever the meeting or any of its agenda
    items is saved, so a cached entry is only ever reused for unchanged content.
    """

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self.entries: dict[tuple, bytes] = {}

    def clear(self) -> None:
        self.entries.clear()

    def get(self, key: tuple) -> bytes | None:
        return self.entries.get(key)

    def put(self, key: tuple, value: bytes) -> None:
        if len(self.entries) >= self.size:
            self.entries.pop(next(iter(self.entries)))  # oldest first
        self.entries[key] = value


EVENTS = EventCache()
# Above this many meetings to build, fetch agendas with a subquery rather than a list of ids.
ID_LIST_LIMIT = 500


def render_calendar(name: str, about: str, queryset, root: SiteRoot) -> bytes:
    """A feed's bytes: exactly what build_calendar(...).to_ical() gives, built faster.

    One query for the meetings; agendas are read (one more query) only for meetings whose
    serialised VEVENT is not already cached for their current content.
    """
    rows = feed_rows(queryset)
    missing = [row for row in rows if EVENTS.get((row, root)) is None]
    if missing:
        ids = [row[0] for row in missing]
        scope = queryset.values("pk") if len(ids) > ID_LIST_LIMIT else ids
        items = agenda_lines(scope)
        for row in missing:
            meeting = FeedMeeting(*row, items=items.get(row[0], ()))
            EVENTS.put((row, root), meeting_event(meeting, root).to_ical())
    shell = calendar_shell(name, about).to_ical()
    end = b"END:VCALENDAR\r\n"
    events = b"".join(EVENTS.get((row, root)) or b"" for row in rows)
    return shell[: -len(end)] + events + end


# HTTP validators.


class ValidatorMemo:
    """Public feeds' validators per content version, so a 304 needs no aggregate query.

    The version (home.page_cache.content_version) changes after any committed change to
    pages, meetings, agenda items or view restrictions; entries also expire after
    QUORUM_PAGE_CACHE_SECONDS, which bounds staleness if the version could not be shared.
    """

    def __init__(self, size: int = 1_000) -> None:
        self.size = size
        self.entries: dict[tuple, tuple[float, tuple[str, datetime.datetime | None]]] = {}

    def get(self, key: tuple) -> tuple[str, datetime.datetime | None] | None:
        found = self.entries.get(key)
        if found is None or found[0] < time.monotonic():
            return None
        return found[1]

    def put(self, key: tuple, value: tuple[str, datetime.datetime | None]) -> None:
        if len(self.entries) >= self.size:
            self.entries.clear()
        lifetime = getattr(settings, "QUORUM_PAGE_CACHE_SECONDS", 300)
        self.entries[key] = (time.monotonic() + lifetime, value)


VALIDATORS = ValidatorMemo()


def public_feed_validators(
    feed: tuple, meetings: Callable[[], QuerySet], *extra: object
) -> tuple[str, datetime.datetime | None]:
    """A public feed's ETag and Last-Modified, computed once per content version."""
    from home.page_cache import content_version

    key = (feed, content_version(), *extra)
    found = VALIDATORS.get(key)
    if found is None:
        found = feed_validators(meetings(), *extra)
        VALIDATORS.put(key, found)
    return found


def feed_validators(queryset, *extra: object) -> tuple[str, datetime.datetime | None]:
    """An ETag and Last-Modified for a feed, from one aggregate query and no rendering.

    They change when a meeting in the feed is published, added or removed, when its board is
    republished, when an agenda item is written even outside the page (its meeting's
    `agenda_token` is renewed), or when anything is published, unpublished, moved or
    restricted in the admin (every such action writes Wagtail's audit log).
    """
    latest_log = PageLogEntry.objects.order_by("-timestamp").values("timestamp")[:1]
    meetings = queryset.order_by().aggregate(
        count=Count("pk"),
        ids=Sum("pk"),
        sequences=Sum("calendar_sequence"),
        meeting_changed=Max("last_published_at"),
        board_changed=Max("board__last_published_at"),
        logged=Max(Subquery(latest_log)),
    )
    # Every meeting's agenda token, so an agenda item written outside its page (which renews
    # the token) changes the ETag whichever process, on whatever clock, wrote it.
    tokens = queryset.order_by("pk").values_list("agenda_token", flat=True)
    meetings["agendas"] = hashlib.sha256("".join(tokens).encode()).hexdigest()
    stamps = [
        meetings[name] for name in ("meeting_changed", "board_changed", "logged") if meetings[name]
    ]
    last_modified = max(stamps) if stamps else None
    fingerprint = repr((FEED_FORMAT, sorted(meetings.items()), extra))
    etag = '"' + hashlib.sha256(fingerprint.encode()).hexdigest()[:32] + '"'
    return etag, last_modified
