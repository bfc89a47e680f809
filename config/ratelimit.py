"""Rate limits on public forms, so a script cannot hammer update links or action forms."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: REMOTE_ADDR, or the one our own proxies put in X-Forwarded-For."""
    proxies = getattr(settings, "QUORUM_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR") or None


def hit(scope: str, key: str, limit: int) -> bool:
    """Count one submission; False once the limit for this window is passed."""
    cache_key = f"quorum:rate:{scope}:{key}"
    if cache.add(cache_key, 1, WINDOW_SECONDS):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, WINDOW_SECONDS)
        return True
    return count <= limit


def rate_limited(scope: str) -> Callable:
    """Refuse POSTs beyond QUORUM_FORM_RATE_LIMIT per minute per client with a 429 page."""

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method == "POST":
                limit = settings.QUORUM_FORM_RATE_LIMIT
                if not hit(scope, client_ip(request) or "unknown", limit):
                    logger.warning("Rate limit on %s for %s", scope, client_ip(request))
                    response = TemplateResponse(
                        request,
                        "home/rate_limited.html",
                        {"minutes": WINDOW_SECONDS // 60},
                        status=429,
                    )
                    response["Retry-After"] = str(WINDOW_SECONDS)
                    return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
