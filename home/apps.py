"""Home: the public front door, site templates and demo content."""

from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The site root and everything that spans apps."""

    name = "home"
    verbose_name = "Home"

    def ready(self) -> None:
        """Put boards and meetings into the site search; refresh the header and the page cache
        when pages change."""
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_unpublished

        from home import page_cache
        from home.context_processors import forget_site_chrome
        from home.models import AccessibilityStatementPage, HomePage
        from home.search import reindex_published_page
        from home.search_types import register_boards, register_papers_and_minutes

        register_boards()
        register_papers_and_minutes()
        page_published.connect(reindex_published_page, dispatch_uid="quorum-reindex-published")
        for model in (HomePage, AccessibilityStatementPage):
            page_published.connect(forget_site_chrome, sender=model)
            page_unpublished.connect(forget_site_chrome, sender=model)
            post_delete.connect(forget_site_chrome, sender=model)
        page_cache.connect_signals()
        # Redis back after an outage: drop what may have gone stale while it could not be told.
        from wagtail.models import Site

        from config.cache import cache_recovered

        cache_recovered.connect(page_cache.after_cache_outage, dispatch_uid="quorum-page-cache")
        cache_recovered.connect(forget_site_chrome, dispatch_uid="quorum-site-chrome")
        cache_recovered.connect(
            lambda **kwargs: Site.clear_site_root_paths_cache(),
            dispatch_uid="quorum-site-paths",
            weak=False,
        )
