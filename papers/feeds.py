"""An RSS feed of newly published papers: open papers only, whoever asks."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed

from core.links import absolute_url
from papers.models import PaperPage


class LatestPapersFeed(Feed):
    """Subscribers hear about new papers; exempt ones are never in a feed, even for members."""

    feed_type = Rss201rev2Feed
    title = "Latest papers"
    description = "Reports published for the partnership's board meetings."

    # Absolute on QUORUM_BASE_URL, whatever host the request named.
    def link(self) -> str:
        return absolute_url("/")

    def feed_url(self) -> str:
        return absolute_url(reverse("papers:feed"))

    def items(self):
        return (
            PaperPage.objects.visible()
            .select_related("meeting")
            .order_by("-first_published_at")[:30]
        )

    def item_title(self, item: PaperPage) -> str:
        return item.title

    def item_description(self, item: PaperPage) -> str:
        return item.summary or (item.meeting.title if item.meeting else "")

    def item_link(self, item: PaperPage) -> str:
        return absolute_url(item.url)

    def item_pubdate(self, item: PaperPage):
        return item.first_published_at
