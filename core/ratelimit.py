"""Rate limits on public forms, so a script cannot hammer update links, forms or inboxes.

Counters live in the default cache (Redis in production, shared by every web process). The
client's address is read the same way here and by the login lockout (AXES_CLIENT_IP_CALLABLE):
X-Forwarded-For counts only when the request came from a proxy named in QUORUM_TRUSTED_PROXIES.
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import logging
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@functools.cache
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    """The trusted proxies as networks; a bare address is a network of one."""
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def trusted_networks() -> tuple[Network, ...]:
    """QUORUM_TRUSTED_PROXIES parsed once per distinct value."""
    return _networks(tuple(getattr(settings, "QUORUM_TRUSTED_PROXIES", ()) or ()))


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def _is_trusted(address, networks: Iterable[Network]) -> bool:
    return address is not None and any(address in network for network in networks)


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: the peer, or the right-most untrusted hop our proxies forwarded.

    A client can put anything in X-Forwarded-For, so the header is read only when the peer is
    a trusted proxy, and walked from the right (the hops our own proxies appended) past every
    trusted proxy to the first address we did not add ourselves.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    networks = trusted_networks()
    if remote is None or not networks or not _is_trusted(_address(remote), networks):
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([hop for hop in hops if hop]):
        address = _address(hop)
        if address is None:
            return remote  # a hop we cannot read: trust nothing further left
        if not _is_trusted(address, networks):
            return str(address)
    return remote


def hit(scope: str, key: str, limit: int, window: int = WINDOW_SECONDS) -> bool:
    """Count one submission; False once the limit for this window is passed."""
    cache_key = f"quorum:rate:{scope}:{window}:{key}"
    if cache.add(cache_key, 1, window):
        return limit >= 1
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, window)
        return limit >= 1
    return count <= limit


def normalise_address(email: str) -> str:
    """One key per mailbox however it is typed: surrounding space and letter case ignored."""
    return email.strip().lower()


def _address_key(email: str) -> str:
    # Hashed: the cache holds no email addresses, and keys stay short whatever is typed.
    return hashlib.sha256(normalise_address(email).encode()).hexdigest()


def may_send_email(scope: str, request: HttpRequest, email: str) -> bool:
    """Count one email about to go to this address from this client; False once over a limit.

    Keyed by client (QUORUM_EMAIL_CLIENT_LIMIT), so one client cannot write to many
    addresses, and by target address (QUORUM_EMAIL_ADDRESS_LIMIT), so many clients cannot
    flood one inbox. A client already over its limit does not use up the address's allowance.
    """
    window = settings.QUORUM_EMAIL_RATE_WINDOW
    client = client_ip(request) or "unknown"
    allowed = hit(f"{scope}:client", client, settings.QUORUM_EMAIL_CLIENT_LIMIT, window) and hit(
        f"{scope}:address", _address_key(email), settings.QUORUM_EMAIL_ADDRESS_LIMIT, window
    )
    if not allowed:
        logger.warning("Email rate limit on %s for client %s", scope, client)
    return allowed


def too_many_attempts(
    request: HttpRequest, window: int = WINDOW_SECONDS, *, emails: bool = False
) -> HttpResponse:
    """The 429 page a limited request gets, with Retry-After; `emails` words it for mail forms."""
    context = {"minutes": max(window // 60, 1), "emails": emails}
    response = TemplateResponse(request, "home/rate_limited.html", context, status=429)
    response["Retry-After"] = str(window)
    return response


def rate_limited(scope: str) -> Callable:
    """Refuse POSTs beyond QUORUM_FORM_RATE_LIMIT per minute per client with a 429 page."""

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method == "POST":
                limit = settings.QUORUM_FORM_RATE_LIMIT
                if not hit(scope, client_ip(request) or "unknown", limit):
                    logger.warning("Rate limit on %s for %s", scope, client_ip(request))
                    return too_many_attempts(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
