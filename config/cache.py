"""A Redis cache that degrades to no cache while Redis is down, instead of failing requests.

Everything Quorum keeps in the cache can be rebuilt from the database (whole public pages, the
page-cache generation, the header's name, Wagtail's site paths, form rate-limit counters), so
an unreachable Redis must cost speed, never a page. `ResilientRedisCache` is Django's
`RedisCache` with every call guarded: a connection error or timeout makes the call behave as
Django's `DummyCache` would (a miss; writes dropped; `add` succeeds; `incr` finds no key).

A short circuit breaker keeps requests from each waiting for a connect timeout: after a
failure the process stops trying for `RETRY_SECONDS` (5), then lets one call through to see
whether Redis is back. A warning is logged when the cache goes down and then at most once a
`WARN_EVERY_SECONDS` (60) while it stays down; an info line when it is back. On recovery the
`cache_recovered` signal fires, so what could not be invalidated during the outage (the page
cache's generation) is invalidated then. `/health` reports the cache as degraded.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from django.dispatch import Signal
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# What an unreachable, restarting or overloaded Redis looks like to a client.
OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)

# Sent (by the process that notices) when the cache answers again after an outage.
cache_recovered = Signal()


def redis_cache(url: str, *, connect_timeout: float = 0.5, timeout: float = 1.0) -> dict:
    """The CACHES entry for Redis at `url`: degrades to no cache, short socket timeouts."""
    return {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": url,
        "KEY_PREFIX": "quorum",
        "OPTIONS": {
            # A Redis that does not answer (a dead host drops packets) costs one request this
            # long at most per RETRY_SECONDS, instead of the operating system's minutes.
            "socket_connect_timeout": connect_timeout,
            "socket_timeout": timeout,
        },
    }


class _Breaker:
    """Shared by every thread's cache object for one Redis address in this process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.down_since: float | None = None
        self.retry_at = 0.0
        self.warned_at = 0.0
        self.last_error = ""


_breakers: dict[str, _Breaker] = {}
_breakers_lock = threading.Lock()


def _breaker_for(location: str) -> _Breaker:
    with _breakers_lock:
        return _breakers.setdefault(location, _Breaker())


class ResilientRedisCache(RedisCache):
    """Django's RedisCache that acts as no cache while Redis cannot be reached."""

    RETRY_SECONDS = 5.0
    WARN_EVERY_SECONDS = 60.0

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._location = server
        self._breaker = _breaker_for(server)
        self.retry_seconds = float(params.get("RETRY_SECONDS", self.RETRY_SECONDS))

    # The circuit breaker.

    @property
    def available(self) -> bool:
        """False while this process treats Redis as down (until its next retry)."""
        return self._breaker.down_since is None

    def _guard(self, call: Callable[[], Any], fallback: Callable[[], Any]) -> Any:
        breaker = self._breaker
        if breaker.down_since is not None and time.monotonic() < breaker.retry_at:
            return fallback()
        try:
            result = call()
        except OUTAGE_ERRORS as exc:
            self._failed(exc)
            return fallback()
        if breaker.down_since is not None:
            self._recovered()
        return result

    def _failed(self, exc: BaseException) -> None:
        breaker = self._breaker
        now = time.monotonic()
        with breaker.lock:
            first = breaker.down_since is None
            if first:
                breaker.down_since = now
            breaker.retry_at = now + self.retry_seconds
            breaker.last_error = type(exc).__name__
            warn = first or now - breaker.warned_at >= self.WARN_EVERY_SECONDS
            if warn:
                breaker.warned_at = now
            down_for = now - breaker.down_since
        if warn:
            logger.warning(
                "Cache unavailable (%s): serving without a cache, %s for %.0f s; retrying "
                "every %.0f s",
                type(exc).__name__,
                "down" if first else "still down",
                down_for,
                self.retry_seconds,
            )

    def _recovered(self) -> None:
        breaker = self._breaker
        with breaker.lock:
            if breaker.down_since is None:
                return  # another thread saw it first
            down_for = time.monotonic() - breaker.down_since
            breaker.down_since = None
            breaker.retry_at = 0.0
        logger.info("Cache reachable again after %.0f s without it", down_for)
        for receiver, response in cache_recovered.send_robust(sender=type(self), cache=self):
            if isinstance(response, Exception):
                logger.error("Cache recovery step %r failed: %r", receiver, response)

    def ping(self) -> bool:
        """Ask Redis directly, past the breaker (the health check); raises when it is down."""
        try:
            result = bool(self._cache.get_client(write=True).ping())
        except OUTAGE_ERRORS as exc:
            self._failed(exc)
            raise
        if self._breaker.down_since is not None:
            self._recovered()
        return result

    # Django's cache API, each call guarded; the fallbacks are DummyCache's answers.

    def add(self, key: str, value: Any, timeout: Any = DEFAULT_TIMEOUT, version=None) -> bool:
        up = super()
        return self._guard(lambda: up.add(key, value, timeout, version), lambda: True)

    def get(self, key: str, default: Any = None, version=None) -> Any:
        up = super()
        return self._guard(lambda: up.get(key, default, version), lambda: default)

    def set(self, key: str, value: Any, timeout: Any = DEFAULT_TIMEOUT, version=None) -> None:
        up = super()
        self._guard(lambda: up.set(key, value, timeout, version), lambda: None)

    def touch(self, key: str, timeout: Any = DEFAULT_TIMEOUT, version=None) -> bool:
        up = super()
        return self._guard(lambda: up.touch(key, timeout, version), lambda: False)

    def delete(self, key: str, version=None) -> bool:
        up = super()
        return self._guard(lambda: up.delete(key, version), lambda: False)

    def get_many(self, keys: Iterable[str], version=None) -> dict[str, Any]:
        up, keys = super(), list(keys)
        return self._guard(lambda: up.get_many(keys, version), dict)

    def has_key(self, key: str, version=None) -> bool:
        up = super()
        return self._guard(lambda: up.has_key(key, version), lambda: False)

    def incr(self, key: str, delta: int = 1, version=None) -> int:
        up = super()

        def missing() -> int:
            raise ValueError(f"Key '{key}' not found (cache unavailable)")

        return self._guard(lambda: up.incr(key, delta, version), missing)

    def set_many(self, data: dict[str, Any], timeout: Any = DEFAULT_TIMEOUT, version=None) -> list:
        up = super()
        return self._guard(lambda: up.set_many(data, timeout, version), list)

    def delete_many(self, keys: Iterable[str], version=None) -> None:
        up, keys = super(), list(keys)
        self._guard(lambda: up.delete_many(keys, version), lambda: None)

    def clear(self) -> None:
        up = super()
        self._guard(lambda: up.clear(), lambda: None)


def cache_health(alias: str = "default") -> str:
    """The cache's kind after a round trip to it; raises when a shared cache is unreachable."""
    backend = caches[alias]
    if isinstance(backend, ResilientRedisCache):
        backend.ping()
        return "redis"
    if isinstance(backend, RedisCache):
        backend._cache.get_client(write=True).ping()
        return "redis"
    return type(backend).__name__
