"""Read settings from the environment, failing loudly on values that make no sense."""

import ipaddress
import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str | None:
    """Return a string setting, or the default when it is unset."""
    return os.environ.get(name, default)


def env_required(name: str) -> str:
    """Return a setting that production cannot run without."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in the environment for this configuration.")
    return value


def env_bool(name: str, default: bool = False) -> bool:
    """Return a boolean setting; anything but a recognised yes/no is an error."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false).")


def env_int(name: str, default: int) -> int:
    """Return an integer setting; a non-number is an error."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer.") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    """Return a comma-separated list setting, without blanks."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def check_trusted_proxies(entries: list[str]) -> None:
    """Refuse proxy entries that are not addresses or networks, or that trust everyone."""
    for entry in entries:
        try:
            network = ipaddress.ip_network(entry, strict=False)
        except ValueError as exc:
            raise ImproperlyConfigured(
                f"QUORUM_TRUSTED_PROXIES: {entry!r} is not an IP address or network."
            ) from exc
        if network.prefixlen == 0:
            raise ImproperlyConfigured(
                f"QUORUM_TRUSTED_PROXIES: {entry!r} would let any client forge its address."
            )
