"""RSS and Atom feeds of what a board publishes, newest first, on Django's syndication framework.

Entries are "publications": today newly published meetings with their agendas. Papers and
minutes are separate apps still being built; each will add its own publications() source and
`publications_for` merges them by date, so the feeds' addresses and shape stay the same.
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from boards import feeds
from boards.models import BoardPage
from boards.views import visible_board
from core.links import absolute_url

ENTRIES = 50


@dataclass(frozen=True)
class Publication:
    """One thing published: what it is, where to read it, when it went out."""

    title: str
    path: str
    published: datetime.datetime
    updated: datetime.datetime
    summary: str
    guid: str


def meeting_publications(queryset, root: feeds.SiteRoot, limit: int) -> list[Publication]:
    """Newly published meetings (their agendas), exempt items unnamed."""
    recent = queryset.exclude(first_published_at__isnull=True).order_by("-first_published_at")
    published = dict(recent.values_list("pk", "first_published_at")[:limit])
    rows = feeds.feed_meetings(queryset.filter(pk__in=list(published)))
    entries = []
    for meeting in rows:
        url = root.page_url(meeting.url_path)
        entries.append(
            Publication(
                title=f"Agenda: {feeds.summary(meeting)}",
                path="/" + meeting.url_path[len(root.url_path) :],
                published=published[meeting.pk],
                updated=meeting.last_published_at or published[meeting.pk],
                summary=feeds.description(meeting, url),
                guid=f"urn:uuid:{feeds.meeting_uid(meeting.pk)}",
            )
        )
    return entries


def minutes_publications(queryset, root: feeds.SiteRoot, limit: int) -> list[Publication]:
    """Newly published minutes of those meetings, marked DRAFT until approved."""
    from boards.models import MinutesPage

    minutes = (
        MinutesPage.objects.live()
        .public()
        .filter(meeting__in=queryset.values("pk"))
        .select_related("meeting", "meeting__board")
        .order_by("-first_published_at")[:limit]
    )
    entries = []
    for page in minutes:
        meeting = page.meeting
        state = "approved" if page.is_approved else "DRAFT"
        entries.append(
            Publication(
                title=f"Minutes ({state}): {meeting.board.title}, {meeting.local_date():%d %B %Y}",
                path="/" + meeting.url_path[len(root.url_path) :] + "#minutes",
                published=page.first_published_at,
                updated=page.last_published_at or page.first_published_at,
                summary=f"The minutes of the meeting of {meeting.local_date():%d %B %Y}.",
                guid=f"urn:uuid:{uuid.uuid5(feeds.UID_NAMESPACE, f'minutes:{page.pk}')}",
            )
        )
    return entries


def publications_for(queryset, root: feeds.SiteRoot, limit: int = ENTRIES) -> list[Publication]:
    """Everything published under a set of meetings, newest first."""
    entries = meeting_publications(queryset, root, limit) + minutes_publications(
        queryset, root, limit
    )
    return sorted(entries, key=lambda entry: entry.published, reverse=True)[:limit]


@dataclass(frozen=True)
class Scope:
    """What a feed request covers: the site, or one board on it."""

    root: feeds.SiteRoot
    board: BoardPage | None = None


class SitePublicationsRss(Feed):
    """Newly published agendas across every public board."""

    title = "New agendas and papers"
    description = "Agendas of board meetings as they are published."

    feed_url_name = "boards:rss-all"

    def get_object(self, request: HttpRequest, *args, **kwargs) -> Scope:
        return Scope(root=feeds.site_root(request))

    # Every address in a feed is absolute on QUORUM_BASE_URL: Django would otherwise prefix
    # whatever host the request named.
    def link(self) -> str:
        return absolute_url("/")

    def feed_url(self) -> str:
        return absolute_url(reverse(self.feed_url_name))

    def items(self, obj: Scope) -> list[Publication]:
        return publications_for(feeds.public_meetings(obj.root), obj.root)

    def item_title(self, item: Publication) -> str:
        return item.title

    def item_description(self, item: Publication) -> str:
        return item.summary

    def item_link(self, item: Publication) -> str:
        return absolute_url(item.path)

    def item_guid(self, item: Publication) -> str:
        return item.guid

    item_guid_is_permalink = False

    def item_pubdate(self, item: Publication) -> datetime.datetime:
        return item.published

    def item_updateddate(self, item: Publication) -> datetime.datetime:
        return item.updated


class SitePublicationsAtom(SitePublicationsRss):
    """The same entries as Atom."""

    feed_type = Atom1Feed
    feed_url_name = "boards:atom-all"
    subtitle = SitePublicationsRss.description


class BoardPublicationsRss(SitePublicationsRss):
    """Newly published agendas of one public board."""

    def get_object(self, request: HttpRequest, board_id: int) -> Scope:
        root = feeds.site_root(request)
        return Scope(root=root, board=visible_board(root, board_id))

    def title(self, obj: Scope) -> str:
        return f"{obj.board.title}: new agendas and papers"

    def description(self, obj: Scope) -> str:
        return f"Agendas of meetings of {obj.board.title} as they are published."

    feed_url_name = "boards:rss-board"

    def link(self, obj: Scope) -> str:
        return obj.root.page_url(obj.board.url_path)

    def feed_url(self, obj: Scope) -> str:
        return absolute_url(reverse(self.feed_url_name, args=[obj.board.pk]))

    def items(self, obj: Scope) -> list[Publication]:
        return publications_for(feeds.board_meetings(obj.board, obj.root), obj.root)


class BoardPublicationsAtom(BoardPublicationsRss):
    """The same entries as Atom."""

    feed_type = Atom1Feed

    feed_url_name = "boards:atom-board"

    def subtitle(self, obj: Scope) -> str:
        return self.description(obj)
