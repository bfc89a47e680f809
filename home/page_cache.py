"""Anonymous page cache: the public gets whole pages from memory, and never yesterday's papers.

A visitor with no session, no login and no token gets the page as the anonymous public sees it;
that response is kept in the default cache and replayed to the next such visitor without
touching sessions, users or the database. Everything else (signed-in people, previews, the
admin, token addresses, restricted or exempt material) passes straight through.

Invalidation is global and cannot miss a dependent page: every cached response is filed under
a *generation*, and any change to published content (a page published, unpublished, moved or
re-restricted; any saved or deleted row of the boards, papers, actions or risks apps or of
Wagtail's pages, documents, images and view restrictions) starts a new generation after the
transaction commits. The trade-off: one paper's publication empties the cache for the whole
site, which is cheap because publications are rare and pages rebuild on the next visit.
Time alone (a meeting becoming past, an action becoming overdue at midnight) changes nothing
in the database, so entries also expire after `QUORUM_PAGE_CACHE_SECONDS`.

Where the generation lives: in the cache itself when that is shared (Redis in production);
in a small file (`QUORUM_PAGE_CACHE_GENERATION_FILE`) when the cache is per-process memory, so
every worker on the machine sees a publication made in another.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import setting_changed
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseBase

logger = logging.getLogger(__name__)

GENERATION_KEY = "quorum:page-cache:generation"
HIT, STORED = "hit", "miss"

# Addresses never cached: the admin and previews, documents (Wagtail checks their privacy on
# every download), meeting packs (a recall must stop them at once; they revalidate by ETag),
# calendar feeds (their own ETag/304 and the personal token feeds), token links, subscription
# forms, the health check and the benchmark floors.
SKIP_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    # Files are checked on every request; an X-Accel-Redirect answer is no page to keep.
    "/media/",
    "/papers/images/",
    "/papers/packs/",
    "/calendar/",
    "/actions/update/",
    "/subscribe/confirm/",
    "/unsubscribe/",
    "/risks/",
    "/health",
    "/__bench__/",
)

# A request carrying one of these belongs to someone: a session (signed in, or a password
# restriction passed) or a flash message waiting to be shown.
PERSONAL_COOKIES = ("messages",)

# Apps whose rows public pages show. Any change to one of their models starts a new generation.
WATCHED_APPS = frozenset(
    {
        "home",
        "boards",
        "papers",
        "actions",
        "risks",
        "wagtailcore",
        "wagtailimages",
        "wagtaildocs",
        "taggit",
    }
)
# Bookkeeping no public page shows; renditions are even written while an anonymous page renders.
IGNORED_MODELS = frozenset(
    {
        "wagtailimages.rendition",
        "boards.deliverylog",
        "boards.calendartoken",
        "actions.reminderlog",
        "wagtailcore.pagesubscription",
    }
)

_UNCACHEABLE_DIRECTIVES = frozenset({"private", "no-store", "no-cache"})

# Changes made on this process's database connection and not yet committed: part of the key,
# so the process that made them (a test, a shell) sees them at once; reset when the commit
# starts a new shared generation.
_uncommitted = 0


def enabled() -> bool:
    """The page cache is on unless QUORUM_PAGE_CACHE says otherwise (off in most tests)."""
    return getattr(settings, "QUORUM_PAGE_CACHE", False)


@functools.cache
def _generation_file() -> str | None:
    """The shared file when the cache is per process (memory), None when the cache is shared."""
    if not isinstance(caches["default"], (LocMemCache, DummyCache)):  # `cache` is a proxy
        return None
    configured = getattr(settings, "QUORUM_PAGE_CACHE_GENERATION_FILE", None)
    return str(configured or Path(settings.BASE_DIR) / "var" / "page-cache-generation")


@receiver(setting_changed)
def _forget_generation_file(*, setting: str, **kwargs: Any) -> None:
    if setting in {"CACHES", "QUORUM_PAGE_CACHE_GENERATION_FILE"}:
        _generation_file.cache_clear()


def _write_generation_file(path: str, value: str) -> None:
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".page-cache-")
    with os.fdopen(handle, "w") as out:
        out.write(value)
    os.replace(temporary, path)  # readers see the old value or the new one, never a mix


def generation() -> str:
    """The current shared generation; a missing one is replaced by a new, never a past, value."""
    path = _generation_file()
    if path is not None:
        try:
            handle = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            value = secrets.token_hex(8)
            _write_generation_file(path, value)
            return value
        try:
            return os.read(handle, 64).decode()
        finally:
            os.close(handle)
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        value = cache.get(GENERATION_KEY) or secrets.token_hex(8)
    return value


def content_version() -> str:
    """Changes whenever anything public pages or feeds show changes, committed or, on this
    connection, not yet committed: a key for anything derived from published content."""
    return f"{generation()}:{_uncommitted}"


def new_generation() -> None:
    """Start a new generation: every page cached so far is unreachable from now on."""
    global _uncommitted
    value = secrets.token_hex(8)
    path = _generation_file()
    try:
        if path is not None:
            _write_generation_file(path, value)
        else:
            cache.set(GENERATION_KEY, value, timeout=None)
    except OSError:
        logger.exception("Could not start a new page-cache generation; clearing this process's")
        cache.clear()
    _uncommitted = 0


def after_cache_outage(**_signal_kwargs: Any) -> None:
    """The shared cache is back: publications made while it was down could not start a new
    generation, and Redis may come back holding pages from before them, so start one now."""
    new_generation()


def purge(**_signal_kwargs: Any) -> None:
    """Published content changed: drop every cached page once the change is committed."""
    global _uncommitted
    _uncommitted += 1
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        new_generation()
        return
    if not any(callback is new_generation for _ids, callback, _robust in connection.run_on_commit):
        transaction.on_commit(new_generation, robust=True)


def purge_on_model_change(sender: type, **kwargs: Any) -> None:
    """A row that public pages may show was saved or deleted (signal handler)."""
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label not in WATCHED_APPS:
        return
    if meta.label_lower in IGNORED_MODELS:
        return
    purge()


def connect_signals() -> None:
    """Purge on publish, unpublish, move, privacy change and any watched model's change."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(purge_on_model_change, dispatch_uid=f"quorum-page-cache-{id(signal)}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge, dispatch_uid=f"quorum-page-cache-{id(signal)}")


def _lookup_allowed(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(SKIP_PREFIXES):
        return False
    if getattr(request, "is_dummy", False):  # Wagtail's preview: same address, draft content
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if "HTTP_COOKIE" in request.META:
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies:
            return False
        if any(name in cookies for name in PERSONAL_COOKIES):
            return False
    return True


def cache_key(request: HttpRequest, current: str) -> str:
    """The address as the public sees it: scheme, host, path and the sorted query string."""
    query = request.META.get("QUERY_STRING", "")
    if query:
        query = urlencode(sorted(parse_qsl(query, True)))
    # The raw Host header: a host Django refuses never gets a 200 stored under it.
    host = request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", "")
    address = f"{request.scheme}://{host}{request.path}?{query}"
    digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
    return f"quorum:page:{current}:{_uncommitted}:{digest}"


def storable(request: HttpRequest, response: HttpResponseBase) -> bool:
    """Only a complete public 200 that sets no cookie and asks no one to keep it private."""
    if request.method != "GET" or response.status_code != 200:
        return False
    if response.streaming or response.cookies or getattr(request, "is_preview", False):
        return False
    control = response.get("Cache-Control", "").lower()
    directives = {part.split("=")[0].strip() for part in control.split(",")}
    if directives & _UNCACHEABLE_DIRECTIVES:
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if vary - {"cookie"}:  # only the session cookie, which these requests do not carry
        return False
    user = getattr(request, "user", None)  # no query: the request carries no session
    return not (user is not None and user.is_authenticated)


class PageCacheMiddleware:
    """Serve anonymous visitors from the cache before sessions, users or the database."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not enabled() or not _lookup_allowed(request):
            return self.get_response(request)
        key = cache_key(request, generation())
        entry = cache.get(key)
        if entry is not None:
            status, headers, content = entry
            response = HttpResponse(content, status=status, headers=headers)
            response["X-Page-Cache"] = HIT
            return response
        response = self.get_response(request)
        if storable(request, response):
            timeout = getattr(settings, "QUORUM_PAGE_CACHE_SECONDS", 300)
            entry = (response.status_code, dict(response.items()), response.content)
            cache.set(key, entry, timeout)
            response["X-Page-Cache"] = STORED
        return response
