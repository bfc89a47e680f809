"""Public pages use the vendored, pinned GOV.UK Frontend; the admin stays Wagtail's."""

import re
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

GOVUK = Path(settings.BASE_DIR) / "static" / "govuk"


def test_vendored_files_match_the_pinned_version():
    script = (Path(settings.BASE_DIR) / "scripts" / "vendor_govuk_frontend.py").read_text()
    pinned = re.search(r'^VERSION = "([\d.]+)"', script, re.M).group(1)
    assert (GOVUK / "VERSION").read_text().splitlines()[0] == f"govuk-frontend {pinned}"
    css = (GOVUK / "govuk-frontend.min.css").read_text()
    assert f'--govuk-frontend-version:"{pinned}"' in css
    assert "url(/assets/" not in css  # assets resolve under STATIC_URL
    assert (GOVUK / "govuk-frontend.min.js").read_text().startswith(f'const version="{pinned}"')


def test_public_page_has_skip_link_header_breadcrumbs_and_footer(client, demo):
    html = client.get("/childrens-trust-board/").content.decode()
    assert '<a href="#main-content" class="govuk-skip-link"' in html
    assert 'id="main-content"' in html
    assert "/static/govuk/govuk-frontend.min.css" in html
    assert 'class="govuk-breadcrumbs' in html and ">Home</a>" in html
    assert 'class="govuk-footer"' in html
    assert "govuk-phase-banner" not in html  # phase-neutral


def test_admin_keeps_wagtails_own_styles(clerk_client):
    html = clerk_client.get("/admin/").content.decode()
    assert "govuk-frontend" not in html


def test_unknown_address_gets_a_govuk_not_found_page(client, demo):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and 'class="govuk-footer"' in html
