"""The Content Security Policy: strict on public pages, loosened only for the admin."""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase

# Wagtail's and Django's admin still render a few inline scripts and styles (date pickers,
# inline panels) and show Gravatar avatars; the public site needs none of that.
ADMIN_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_ALLOWANCES = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["https://www.gravatar.com"],
}


class QuorumCSPMiddleware(CSPMiddleware):
    """django-csp with the admin allowances added for admin paths only."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIXES):
            parts.update = {**ADMIN_ALLOWANCES, **(parts.update or {})}
        return parts
