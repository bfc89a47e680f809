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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from home.visibility import hidden_paths, outside

MAX_RESULTS_PER_TYPE = 50
CANDIDATE_WINDOW = 50
RANKED_SCAN = 500
# What ordering the results needs of each page; the rest is loaded for the page on screen.
RANKING_FIELDS = ("title",)
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


@dataclass
class Result:
    """One search hit as the results page shows it (board, date, snippet: see `fill_in`)."""

    page: Page
    kind: str
    key: str
    score: float
    snippet: SafeString = field(default_factory=lambda: mark_safe(""))
    board: Page | None = None
    date: datetime.date | datetime.datetime | None = None


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
    """Every visible page matching the query and filters, best first, across the types.

    Results carry only each page's title (what the ordering needs); `fill_in()` loads what
    the results page shows (snippet, board, date) for the ten on screen only.
    """
    results: list[Result] = []
    words = search_words(filters.query)
    if not words:
        return results
    for key in filters.kinds or list(REGISTRY):
        searchable = REGISTRY[key]
        if not searchable.date_field and (filters.date_from or filters.date_to):
            continue  # undated types (boards) cannot match a date range
        queryset = _narrowed(searchable, filters, request)
        results.extend(
            Result(page=page, kind=searchable.label, key=key, score=score)
            for page, score in ranked(queryset, words, only=RANKING_FIELDS)
        )
    results.sort(key=lambda r: (-_title_bonus(r.page.title, filters.query), -r.score))
    return results


def results_capped(results: list[Result]) -> bool:
    """Whether a type reached its limit, so more pages match than the results show."""
    counts: dict[str, int] = {}
    for result in results:
        counts[result.key] = counts.get(result.key, 0) + 1
    return any(count >= MAX_RESULTS_PER_TYPE for count in counts.values())


def fill_in(results: Iterable[Result], query: str) -> None:
    """Load what the results on screen show: the full page, its board, date and a snippet."""
    shown = list(results)
    for key in {result.key for result in shown}:
        searchable = REGISTRY[key]
        group = [result for result in shown if result.key == key]
        pages = (
            searchable.model.objects.filter(pk__in=[result.page.pk for result in group])
            .select_related(*searchable.select_related)
            .prefetch_related(*searchable.prefetch_related)
            .in_bulk()
        )
        for result in group:
            page = pages.get(result.page.pk, result.page)
            result.page = page
            result.snippet = highlight(searchable.text(page), query)
            result.board = searchable.board_of(page)
            result.date = getattr(page, searchable.date_field) if searchable.date_field else None


def ranked(
    queryset: QuerySet, words: str, only: tuple[str, ...] | None = None
) -> list[tuple[Page, float]]:
    """The best matches among the queryset's pages, best first, at most the per-type limit.

    The queryset decides who sees what; ranking never widens it. PostgreSQL ranks a bounded
    window of candidates with Wagtail's backend; SQLite ranks with its FTS5 index directly.
    `only` names the fields to load (all when None).
    """
    pages = queryset.model.objects.all()
    if only is not None:
        pages = pages.only(*only)
    if connection.vendor == "postgresql":
        window = pages.filter(pk__in=_candidates(queryset, words))
        hits = window.search(words, operator="and").annotate_score("_score")
        return [(hit, float(hit._score or 0)) for hit in hits[:MAX_RESULTS_PER_TYPE]]
    scored = _ranked_sqlite(queryset, words)
    found = pages.in_bulk([pk for pk, _ in scored])
    return [(found[pk], score) for pk, score in scored if pk in found]


def _narrowed(searchable: SearchableType, filters: SearchFilters, request: HttpRequest) -> QuerySet:
    """The pages of one type this visitor may find, within the board and date filters."""
    queryset = outside(searchable.model.objects.live(), hidden_paths(request, searchable.model))
    queryset = searchable.restrict(queryset, request)
    if filters.board is not None:
        queryset = searchable.board_filter(queryset, filters.board)
    if searchable.date_field:
        queryset = _date_range(queryset, searchable.date_field, filters)
    return queryset


def _ranked_sqlite(queryset: QuerySet, words: str) -> list[tuple[int, float]]:
    """The best visible matches on SQLite, ranked by FTS5's bm25 in one pass.

    Wagtail's SQLite backend scores each match with a correlated subquery that runs the
    full-text match again, which grows with the square of the matches (56 s for a common
    phrase across 20,000 papers). Here the FTS5 index ranks every match once (title words
    weigh five times body words); the best are then checked against what this visitor may
    see, widening to all matches only when too many of the best are hidden.
    """
    from django.contrib.contenttypes.models import ContentType

    match = "{title body} : (" + " AND ".join(f'"{word}"' for word in words.split()) + ")"
    content_type = ContentType.objects.get_for_model(queryset.model).pk
    sql = (
        "SELECT CAST(entry.object_id AS INTEGER), bm25(wagtailsearch_indexentry_fts, 0, 1, 5) "
        "FROM wagtailsearch_indexentry_fts "
        "JOIN wagtailsearch_indexentry entry ON entry.id = wagtailsearch_indexentry_fts.rowid "
        "WHERE wagtailsearch_indexentry_fts MATCH %s AND entry.content_type_id = %s "
        "ORDER BY 2 LIMIT %s OFFSET %s"
    )

    def visible_among(rows: list[tuple[int, float]]) -> list[tuple[int, float]]:
        kept: list[tuple[int, float]] = []
        for start in range(0, len(rows), 900):  # under SQLite's limit on query parameters
            chunk = rows[start : start + 900]
            allowed = set(
                queryset.filter(pk__in=[pk for pk, _ in chunk]).values_list("pk", flat=True)
            )
            kept += [(pk, -score) for pk, score in chunk if pk in allowed]
        return kept

    def fetch(limit: int, offset: int) -> list[tuple[int, float]]:
        with connection.cursor() as cursor:
            cursor.execute(sql, [match, content_type, limit, offset])
            return cursor.fetchall()

    best = visible_among(first := fetch(RANKED_SCAN, 0))
    if len(best) < MAX_RESULTS_PER_TYPE and len(first) == RANKED_SCAN:
        best += visible_among(fetch(-1, RANKED_SCAN))  # LIMIT -1: all the rest
    return best[:MAX_RESULTS_PER_TYPE]


def _candidates(queryset: QuerySet, words: str) -> list[int]:
    """The matches PostgreSQL ranks: the newest title matches and the newest text matches.

    Ranking reads each match's whole text vector, so a common phrase ("early help" is in
    most papers) would cost a read of thousands of papers. The window keeps the work bounded
    whatever the archive's size: pages with every word in the title, then the newest pages
    with the words anywhere, at most `CANDIDATE_WINDOW` of each. Both lookups use GIN
    indexes (`home/migrations/0004_search_text_index.py`). Older matches are found by
    narrowing the date range or board.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.postgres.search import SearchQuery, SearchVectorField
    from django.db.models import F, IntegerField
    from django.db.models.expressions import CombinedExpression
    from django.db.models.functions import Cast
    from wagtail.search.models import IndexEntry

    query = SearchQuery(words, search_type="plain")
    entries = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(queryset.model)
    ).annotate(page_id=Cast("object_id", IntegerField()))
    text = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
    window = _newest(queryset, entries.filter(title=query))
    window += _newest(queryset, entries.alias(text=text).filter(text=query))
    return list(dict.fromkeys(window))


def _newest(queryset: QuerySet, matching: QuerySet) -> list[int]:
    """The newest visible pages among the matching index entries, at most the window."""
    newest = queryset.filter(pk__in=matching.values("page_id")).order_by("-pk")
    return list(newest.values_list("pk", flat=True)[:CANDIDATE_WINDOW])


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
