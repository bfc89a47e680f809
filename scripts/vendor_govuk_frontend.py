#!/usr/bin/env python3
"""Vendor the built GOV.UK Frontend into static/govuk/ so the site needs no Node at run time.

Usage: python scripts/vendor_govuk_frontend.py [VERSION]

Downloads the npm tarball of the pinned version, copies its built CSS, JS, fonts and images,
rewrites the stylesheet's root-relative asset URLs to relative ones (the files are served
under STATIC_URL, not at /assets/), and records the version in static/govuk/VERSION.

GDS Transport is licensed for GOV.UK services only; a partnership's site is not one, so the
stylesheet's font stack falls back to Arial, as the Design System advises for services that
are not on GOV.UK. Pass --gds-transport when the site is served on a gov.uk domain.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import shutil
import tarfile
import urllib.request
from pathlib import Path

VERSION = "6.6.0"
REGISTRY = "https://registry.npmjs.org/govuk-frontend/-/govuk-frontend-{version}.tgz"
DEST = Path(__file__).resolve().parent.parent / "static" / "govuk"
COPY = {
    "package/dist/govuk/govuk-frontend.min.css": "govuk-frontend.min.css",
    "package/dist/govuk/govuk-frontend.min.js": "govuk-frontend.min.js",
}
ASSET_DIRS = ("package/dist/govuk/assets/fonts/", "package/dist/govuk/assets/images/")


def fetch(version: str) -> bytes:
    """The npm tarball for a version of govuk-frontend."""
    with urllib.request.urlopen(REGISTRY.format(version=version), timeout=60) as response:
        return response.read()


def adapt_css(css: str, gds_transport: bool) -> str:
    """Serve assets relative to the stylesheet; use Arial unless the site is on GOV.UK."""
    css = css.replace("url(/assets/", "url(assets/")
    if not gds_transport:
        css = re.sub(r"@font-face\{font-family:GDS Transport;[^}]*\}", "", css)
        css = css.replace("GDS Transport,arial,sans-serif", "arial,sans-serif")
        css = css.replace("font-family:GDS Transport", "font-family:arial,sans-serif")
    return css


def vendor(version: str, gds_transport: bool = False) -> None:
    """Replace static/govuk/ with the built files of one govuk-frontend release."""
    tarball = fetch(version)
    if DEST.exists():
        shutil.rmtree(DEST)
    (DEST / "assets").mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        for member in archive.getmembers():
            if not member.isfile():
                continue
            data = archive.extractfile(member).read()
            if member.name in COPY:
                target = DEST / COPY[member.name]
                if target.suffix == ".css":
                    data = adapt_css(data.decode(), gds_transport).encode()
                # The source maps are not vendored; a dangling reference breaks collectstatic.
                data = re.sub(rb"\n?/[/*]# sourceMappingURL=\S+( \*/)?\s*$", b"\n", data)
                target.write_bytes(data)
            elif member.name.startswith(ASSET_DIRS):
                relative = member.name.removeprefix("package/dist/govuk/")
                target = DEST / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
    digest = hashlib.sha256(tarball).hexdigest()
    font = "GDS Transport" if gds_transport else "Arial (GDS Transport removed)"
    (DEST / "VERSION").write_text(f"govuk-frontend {version}\nsha256 {digest}\nfont {font}\n")
    print(f"Vendored govuk-frontend {version} into {DEST}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", nargs="?", default=VERSION)
    parser.add_argument("--gds-transport", action="store_true", help="keep the GOV.UK font")
    args = parser.parse_args()
    vendor(args.version, args.gds_transport)
