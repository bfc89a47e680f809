"""Who may see which pages: restricted subtrees as path prefixes, filtered in one pass.

Wagtail's `PageQuerySet.public()` loads every restricted page and adds one `LIKE` per
restriction to the query. With an exempt paper under a restriction of its own, a large
archive has hundreds: building and running that filter cost more than the rest of a page.
Here restrictions are path prefixes, filtered as one hashed set lookup per prefix length.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import BooleanField, CharField, Func, QuerySet, Value
from django.db.models.functions import Left
from django.http import HttpRequest
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet


def hidden_paths(request: HttpRequest, model: type[Page] | None = None) -> list[str]:
    """Tree paths under a view restriction this visitor does not pass (private boards, exempt).

    Worked out once a request; the public pass none, so theirs is every restricted subtree.
    Given a page type, only restrictions that can hide a page of that type are returned.
    """
    hidden = getattr(request, "_quorum_hidden", None)
    if hidden is None:
        user = getattr(request, "user", None)
        session = getattr(request, "session", None) or {}
        passed = session.get(PageViewRestriction.passed_view_restrictions_session_key)
        if (user is None or not user.is_authenticated) and not passed:
            hidden = _restrictions()
        else:
            restrictions = PageViewRestriction.objects.select_related("page").prefetch_related(
                "groups"
            )
            hidden = [
                (r.page.path, r.page.content_type_id, r.page.numchild)
                for r in restrictions
                if not r.accept_request(request)
            ]
        request._quorum_hidden = hidden
    return _outermost(_able_to_hide(hidden, model))


def restricted_paths(model: type[Page] | None = None) -> list[str]:
    """Every restricted subtree, as the public meets them (none passed), in one query.

    Given a page type, restrictions that cannot hide a page of that type are left out: a
    restriction hides its page and the pages below it, so one on a page without children (an
    exempt paper) hides only pages of its own type, and meeting and board lists skip it.
    """
    return _outermost(_able_to_hide(_restrictions(), model))


Restriction = tuple[str, int, int]  # the restricted page's tree path, type and child count


def _restrictions() -> list[Restriction]:
    """Each restricted page's tree path, page type and number of children."""
    return list(
        PageViewRestriction.objects.values_list(
            "page__path", "page__content_type", "page__numchild"
        )
    )


def _able_to_hide(restrictions: list[Restriction], model: type[Page] | None) -> list[str]:
    """The paths of the restrictions that can hide a page of `model` (any page if None)."""
    if model is None:
        return [path for path, _kind, _children in restrictions]
    own_kind: dict[int, bool] = {}
    for _path, kind, _children in restrictions:
        if kind not in own_kind:
            restricted = ContentType.objects.get_for_id(kind).model_class()
            own_kind[kind] = restricted is None or issubclass(restricted, model)
    return [path for path, kind, children in restrictions if children or own_kind[kind]]


def _outermost(paths: Iterable[str]) -> list[str]:
    """Drop paths inside another listed path: hiding the outer subtree hides them already."""
    kept: list[str] = []
    for path in sorted(set(paths)):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return kept


def outside(queryset: QuerySet, paths: list[str]) -> QuerySet:
    """Pages not under any of the paths, as one hashed set lookup per path length.

    Hundreds of `LIKE` prefixes (one per exempt paper) cost PostgreSQL a comparison each per
    row, and Django and psycopg time to build and send; here each path length is one array
    parameter that PostgreSQL hashes.
    """
    by_length: dict[int, list[str]] = {}
    for path in paths:
        by_length.setdefault(len(path), []).append(path)
    for length, group in sorted(by_length.items()):
        prefix = Left("path", length)
        if connection.vendor == "postgresql":
            from django.contrib.postgres.fields import ArrayField

            paths_array = Value(group, output_field=ArrayField(CharField()))
            queryset = queryset.filter(_NotAnyOf(prefix, paths_array))
        else:
            name = f"_path_prefix_{length}"
            queryset = queryset.alias(**{name: prefix}).exclude(**{f"{name}__in": group})
    return queryset


class _NotAnyOf(Func):
    """`NOT (value = ANY(array))`: one parameter however long the list, hashed by PostgreSQL."""

    template = "NOT (%(expressions)s))"
    arg_joiner = " = ANY("
    output_field = BooleanField()


class PublicPageQuerySet(PageQuerySet):
    """Page querysets whose `public()` filters restricted subtrees in one pass."""

    def public(self) -> PublicPageQuerySet:
        """Pages in no restricted subtree: what Wagtail's `public()` keeps, at a fixed cost."""
        return outside(self, restricted_paths(self.model))
