"""Small display helpers for register and plan pages; no queries."""

from decimal import Decimal

from django import template
from django.utils.http import urlencode

register = template.Library()

SORT_LABELS = {
    "reference": "reference",
    "title": "title",
    "category": "category",
    "owner": "owner",
    "inherent": "inherent score (highest first)",
    "current": "current score (highest first)",
    "target": "target score (highest first)",
    "review": "review date (soonest first)",
}


@register.filter
def sort_label(key: str) -> str:
    """The sort order in words, for the table caption."""
    return SORT_LABELS.get(key, key)


@register.simple_tag(takes_context=True)
def sort_query(context, key: str) -> str:
    """The current filters with a new sort column."""
    params = context["request"].GET.copy()
    params["sort"] = key
    return urlencode(sorted(params.items()))


@register.filter
def plain_number(value) -> str:
    """A reported figure as people write it: 46.5, not 46.50; 63, not 63.00."""
    if value is None or value == "":
        return ""
    text = format(Decimal(value).normalize(), "f")
    return text
