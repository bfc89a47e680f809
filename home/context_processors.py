"""What every public page's header and footer show: the partnership's name and its statement."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

CACHE_KEY = "quorum:site-chrome"
CACHE_SECONDS = 300


def _chrome(request: HttpRequest) -> dict[str, str]:
    """The header name and footer link, cached so page views do not pay a query for them."""
    from home.models import AccessibilityStatementPage, HomePage

    site_key = request.get_host()  # the host picks the Wagtail site; no query on a hit
    cached = cache.get(CACHE_KEY) or {}
    if site_key in cached:
        return cached[site_key]
    site = Site.find_for_request(request)
    names = (
        HomePage.objects.filter(pk=site.root_page_id).values_list("partnership_name", flat=True)
        if site
        else []
    )
    statement = AccessibilityStatementPage.objects.live().order_by("path").first()
    cached[site_key] = {
        "name": next(iter(names), "") or settings.WAGTAIL_SITE_NAME,
        "statement_url": (statement.get_url(request) or "") if statement else "",
    }
    cache.set(CACHE_KEY, cached, CACHE_SECONDS)
    return cached[site_key]


def forget_site_chrome(**kwargs: Any) -> None:
    """Drop the cached header and footer when the home page or statement changes."""
    cache.delete(CACHE_KEY)


def site_chrome(request: HttpRequest) -> dict[str, Any]:
    """Lazy values for the header and footer, so pages that do not show them pay nothing."""
    chrome = SimpleLazyObject(lambda: _chrome(request))
    return {
        "partnership_name": SimpleLazyObject(lambda: chrome["name"]),
        "accessibility_statement_url": SimpleLazyObject(lambda: chrome["statement_url"]),
    }
