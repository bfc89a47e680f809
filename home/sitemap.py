"""Wagtail's sitemap with every address on QUORUM_BASE_URL, like feeds and emails."""

from __future__ import annotations

from wagtail.contrib.sitemaps import Sitemap

from core.links import absolute_url


class BaseUrlSitemap(Sitemap):
    """Pages' sitemap entries, addressed from the configured base rather than the Site record."""

    def _urls(self, page, protocol, domain) -> list[dict]:
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = absolute_url(url["location"])
        return urls
