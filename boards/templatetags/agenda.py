"""The agenda item rule in templates: `{{ item|item_title:entitled }}`, never `item.title`."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def item_title(item, entitled: bool) -> str:
    """An agenda item's title for this reader: exempt items unnamed unless they are entitled."""
    return item.title_for(bool(entitled))
