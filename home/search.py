"""Site search: which page types are searchable, what the public may see, and result snippets.

Each capability registers its page type with `register()` (boards and meetings here; papers,
minutes and actions when they land), saying how to filter it by board and by date. Results
are drawn only from live pages outside any view restriction the visitor does not pass, so
exempt papers and private boards never surface for people not entitled to them.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page, PageViewRestriction

MAX_RESULTS_PER_TYPE = 200
SNIPPET_WORDS = 30
OPENING_PUNCTUATION = "(\"'\u2018\u201c"


@dataclass(frozen=True)
class SearchableType:
    """A page type the site search covers, with how to filter it and describe a result."""

    key: str
    label: str
    model: type[Page]
    board_filter: Callable[[QuerySet, Page], QuerySet]
    date_field: str | None = None
    text: Callable[[Page], str] = field(default=lambda page: "")
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple[str, ...] = ()
    board_of: Callable[[Page], Page | None] = field(default=lambda page: None)
    # Narrows what this visitor may find beyond page privacy, e.g. exempt papers.
    restrict: Callable[[QuerySet, HttpRequest], QuerySet] = field(default=lambda qs, request: qs)


REGISTRY: dict[str, SearchableType] = {}


def register(searchable: SearchableType) -> None:
    """Add a page type to the site search (called from each app's `ready()` or module)."""
    REGISTRY[searchable.key] = searchable


def type_choices() -> list[tuple[str, str]]:
    """The types a visitor can filter by, in registration order."""
    return [(key, item.label) for key, item in REGISTRY.items()]


def hidden_paths(request: HttpRequest) -> list[str]:
    """Tree paths under a view restriction this visitor does not pass (private boards, exempt)."""
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    return [r.page.path for r in restrictions if not r.accept_request(request)]


def visible(queryset: QuerySet, request: HttpRequest) -> QuerySet:
    """Only live pages this visitor is entitled to see."""
    queryset = queryset.live()
    paths = hidden_paths(request)
    if paths:
        hidden = Q()
        for path in paths:
            hidden |= Q(path__startswith=path)
        queryset = queryset.exclude(hidden)
    return queryset


@dataclass
class Result:
    """One search hit as the results page shows it."""

    page: Page
    kind: str
    score: float
    snippet: SafeString
    board: Page | None
    date: datetime.date | datetime.datetime | None


def search_words(query: str) -> str:
    """What the reader typed, as plain words: quotes and operators are not search syntax here."""
    return " ".join(re.findall(r"\w+", query))


def _terms(query: str) -> list[str]:
    return [term for term in re.findall(r"\w+", query.lower()) if len(term) > 1]


def highlight(text: str, query: str, words: int = SNIPPET_WORDS) -> SafeString:
    """A window of text around the first match, escaped, with every query word marked."""
    text = " ".join(html.unescape(strip_tags(re.sub(r"<[^>]+>", " ", text))).split())
    terms = _terms(query)
    if not text:
        return mark_safe("")
    tokens = text.split(" ")
    first = _first_match(tokens, terms)
    start = max(0, first - words // 3)
    window = tokens[start : start + words]
    snippet = escape(" ".join(window))
    if terms:
        alternatives = "|".join(re.escape(escape(term)) for term in terms)
        pattern = re.compile(rf"(?<![&#\w])({alternatives})\w*", re.IGNORECASE)
        snippet = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", snippet)
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + words < len(tokens) else ""
    return mark_safe(f"{prefix}{snippet}{suffix}")


def _first_match(tokens: list[str], terms: list[str]) -> int:
    """Where the words appear together (as a phrase), else where the first one appears."""

    def matches(token: str, term: str) -> bool:
        return token.lower().lstrip(OPENING_PUNCTUATION).startswith(term)

    if not terms:
        return 0
    for position in range(len(tokens) - len(terms) + 1):
        if all(matches(tokens[position + n], term) for n, term in enumerate(terms)):
            return position
    for position, token in enumerate(tokens):
        if any(matches(token, term) for term in terms):
            return position
    return 0


def _title_bonus(title: str, query: str) -> int:
    """Pages whose title holds every searched word come first: people search by name."""
    lowered = title.lower()
    return int(all(term in lowered for term in _terms(query)))


@dataclass
class SearchFilters:
    """What the visitor asked for, already validated by the search form."""

    query: str
    board: Page | None = None
    kinds: list[str] = field(default_factory=list)
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None


def search(filters: SearchFilters, request: HttpRequest) -> list[Result]:
    """Every visible page matching the query and filters, best first, across the types."""
    results: list[Result] = []
    words = search_words(filters.query)
    if not words:
        return results
    kinds = filters.kinds or list(REGISTRY)
    for key in kinds:
        searchable = REGISTRY[key]
        queryset = searchable.restrict(visible(searchable.model.objects.all(), request), request)
        if filters.board is not None:
            queryset = searchable.board_filter(queryset, filters.board)
        if searchable.date_field and (filters.date_from or filters.date_to):
            queryset = _date_range(queryset, searchable.date_field, filters)
        elif filters.date_from or filters.date_to:
            continue  # undated types (boards) cannot match a date range
        hits = list(
            queryset.search(words, operator="and").annotate_score("_score")[:MAX_RESULTS_PER_TYPE]
        )
        pks = [hit.pk for hit in hits]
        pages = {
            page.pk: page
            for page in searchable.model.objects.filter(pk__in=pks)
            .select_related(*searchable.select_related)
            .prefetch_related(*searchable.prefetch_related)
        }
        for hit in hits:
            page = pages.get(hit.pk)
            if page is None:
                continue
            results.append(
                Result(
                    page=page,
                    kind=searchable.label,
                    score=float(getattr(hit, "_score", 0) or 0),
                    snippet=highlight(searchable.text(page), filters.query),
                    board=searchable.board_of(page),
                    date=getattr(page, searchable.date_field) if searchable.date_field else None,
                )
            )
    results.sort(key=lambda r: (-_title_bonus(r.page.title, filters.query), -r.score))
    return results


def _date_range(queryset: QuerySet, date_field: str, filters: SearchFilters) -> QuerySet:
    """Pages dated within the range, whole UK days inclusive."""
    from django.utils import timezone

    def start_of(day: datetime.date) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))

    if filters.date_from:
        queryset = queryset.filter(**{f"{date_field}__gte": start_of(filters.date_from)})
    if filters.date_to:
        next_day = filters.date_to + datetime.timedelta(days=1)
        queryset = queryset.filter(**{f"{date_field}__lt": start_of(next_day)})
    return queryset


def reindex_published_page(instance: Page, **kwargs: Any) -> None:
    """Re-index a page once publishing has saved its inline rows (agenda items).

    The search index updates on `post_save`, which fires before a clustered page's child
    rows are written, so without this a new meeting's agenda is missing from search until
    its next save.
    """
    from wagtail.search import index

    index.insert_or_update_object(instance)
