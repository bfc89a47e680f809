"""Where a page sits in the site: the trail shown above its heading."""

from wagtail.models import Page


def breadcrumbs(page: Page) -> list[Page]:
    """Ancestors from the home page down to the parent, in one query."""
    return list(page.get_ancestors().filter(depth__gte=2).order_by("depth"))
