"""deploy/nginx.conf read as nginx reads it: which location answers a path, and how."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

NGINX_CONF = Path(__file__).resolve().parents[1] / "deploy" / "nginx.conf"
LOCATION = re.compile(r"location\s+(=|\^~|~\*|~)?\s*(\S+)\s*\{([^{}]*)\}")


@dataclass
class Location:
    """One location block of the TLS server."""

    modifier: str
    path: str
    body: str

    @property
    def internal(self) -> bool:
        return bool(re.search(r"^\s*internal;", self.body, re.M))

    @property
    def serves_disk(self) -> bool:
        """nginx answers from files itself (alias or root), without asking Django."""
        return bool(re.search(r"^\s*(alias|root)\s", self.body, re.M))

    @property
    def proxied(self) -> bool:
        return "proxy_pass" in self.body

    def directive(self, name: str) -> str | None:
        match = re.search(rf"^\s*{name}\s+([^;]+);", self.body, re.M)
        return match.group(1).strip() if match else None


def locations(text: str | None = None) -> list[Location]:
    """The location blocks of the HTTPS server block, comments removed."""
    text = NGINX_CONF.read_text() if text is None else text
    text = re.sub(r"#[^\n]*", "", text)
    server = text[text.index("listen 443") :]
    return [Location(m.group(1) or "", m.group(2), m.group(3)) for m in LOCATION.finditer(server)]


def location_for(path: str, blocks: list[Location] | None = None) -> Location:
    """The location nginx picks for a request path (exact, then longest prefix, then regex)."""
    blocks = locations() if blocks is None else blocks
    for block in blocks:
        if block.modifier == "=" and block.path == path:
            return block
    prefixes = [b for b in blocks if b.modifier in ("", "^~") and path.startswith(b.path)]
    longest = max(prefixes, key=lambda b: len(b.path), default=None)
    if longest is None or longest.modifier != "^~":
        for block in blocks:
            flags = re.I if block.modifier == "~*" else 0
            if block.modifier in ("~", "~*") and re.search(block.path, path, flags):
                return block
    if longest is None:
        raise LookupError(f"no location for {path}")
    return longest


def reachable_from_disk(path: str) -> bool:
    """A client asking for this path gets a file straight from disk, no Django check."""
    block = location_for(path)
    return block.serves_disk and not block.internal
