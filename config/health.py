"""/health: can this web process reach its database, its task broker, its file storage and its
cache? Broker and cache are optional: without the cache pages are slower but correct, and
without the broker every job a write starts is kept as a delayed job, so either unreachable is
reported as *degraded* (status 200): a load balancer must not take every node out with Redis."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

BROKER_TIMEOUT = 2.0


def check_database() -> str:
    """A round trip to the database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


def check_broker() -> str:
    """A ping to the Celery broker, or 'eager' when tasks run in the web process."""
    url = settings.CELERY_BROKER_URL
    if not url:
        return "eager"
    if url.startswith(("redis://", "rediss://", "unix://")):
        import redis

        client = redis.Redis.from_url(
            url, socket_connect_timeout=BROKER_TIMEOUT, socket_timeout=BROKER_TIMEOUT
        )
        try:
            client.ping()
        finally:
            client.close()
        return "redis"
    from kombu import Connection

    with Connection(url, connect_timeout=BROKER_TIMEOUT) as conn:
        conn.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT)
    return "broker"


def check_storage() -> str:
    """Write, read back and delete a small file where papers and documents are kept."""
    name = default_storage.save(f"health/{uuid.uuid4().hex}.txt", ContentFile(b"quorum-health"))
    try:
        with default_storage.open(name) as handle:
            if handle.read() != b"quorum-health":
                raise OSError("storage returned different content")
    finally:
        default_storage.delete(name)
    return type(default_storage._wrapped).__name__


def check_cache() -> str:
    """A round trip to the shared cache (Redis), or the name of the per-process cache."""
    from config.cache import cache_health

    return cache_health()


CHECKS: dict[str, Callable[[], str]] = {
    "database": check_database,
    "storage": check_storage,
}
# Checks whose failure delays or slows the site but loses nothing: reported, never a 503.
OPTIONAL_CHECKS: dict[str, Callable[[], str]] = {
    "broker": check_broker,
    "cache": check_cache,
}


def run_checks() -> dict[str, dict]:
    """Each check's outcome; a failure names the kind of error, never its secrets."""
    results: dict[str, dict] = {}
    for name, check in {**CHECKS, **OPTIONAL_CHECKS}.items():
        started = time.monotonic()
        try:
            detail = check()
        except Exception as exc:
            logger.warning("Health check %s failed: %r", name, exc)
            results[name] = {"ok": False, "error": type(exc).__name__}
            if name in OPTIONAL_CHECKS:
                results[name]["degraded"] = True
        else:
            results[name] = {"ok": True, "detail": detail}
        results[name]["ms"] = round((time.monotonic() - started) * 1000, 1)
    return results


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """200 when every required check passes (status "degraded" naming an optional one that
    did not); 503 naming the required checks that failed, for the load balancer."""
    checks = run_checks()
    failed = [name for name in CHECKS if not checks[name]["ok"]]
    degraded = [name for name in OPTIONAL_CHECKS if not checks[name]["ok"]]
    status = "fail" if failed else "degraded" if degraded else "ok"
    return JsonResponse(
        {"status": status, "failed": failed, "degraded": degraded, "checks": checks},
        status=503 if failed else 200,
    )
