"""Page routing in a fixed number of queries, however deep the board tree.

Wagtail finds a page one level at a time, two queries a level (the child, then its specific
row): a paper under a sub-group of a board costs eight before the page does any work. Here
every page on the requested path is read at once (one query, plus one per page type), and each
level still routes itself, so routable pages keep their sub-routes and liveness is checked
exactly where Wagtail checks it.
"""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page

# Deeper than any board tree, meeting, paper and sub-route; a longer address is not a page
# of ours, and Wagtail's own routing gives up on it at the first missing level.
MAX_PREFETCHED_LEVELS = 12


class PrefetchedRouteMixin:
    """Route to a child from the pages read for this request, not with a query per level."""

    def route(self, request: HttpRequest, path_components: list[str]):
        if path_components and len(path_components) <= MAX_PREFETCHED_LEVELS:
            child = pages_on_path(request, self, path_components).get(
                f"{self.url_path}{path_components[0]}/"
            )
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


def pages_on_path(request: HttpRequest, page: Page, path_components: list[str]) -> dict:
    """The specific pages below `page` on the requested path, by URL path; read once a request."""
    key = (page.url_path, tuple(path_components))
    memo = getattr(request, "_quorum_route_pages", None)
    if memo is None or not _within(memo[0], key):
        url_paths = [
            page.url_path + "".join(f"{c}/" for c in path_components[:n])
            for n in range(1, len(path_components) + 1)
        ]
        found = Page.objects.filter(
            url_path__in=url_paths,
            slug__in=set(path_components),
            depth__gt=page.depth,
            path__startswith=page.path,
        ).specific()
        memo = (key, {p.url_path: p for p in found})
        request._quorum_route_pages = memo
    return memo[1]


def _within(read: tuple[str, tuple[str, ...]], wanted: tuple[str, tuple[str, ...]]) -> bool:
    """Whether the pages read for one path cover routing the rest of it from a lower page."""
    read_url = read[0] + "".join(f"{c}/" for c in read[1])
    wanted_url = wanted[0] + "".join(f"{c}/" for c in wanted[1])
    return read_url == wanted_url and wanted[0].startswith(read[0])
