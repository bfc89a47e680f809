"""Every page carries a Content Security Policy; only the admin gets the inline allowances."""

import pytest

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, set[str]]:
    header = response["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = set(values)
    return parsed


def test_public_pages_forbid_inline_scripts_and_other_origins(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == {"'self'"}
    assert policy["script-src"] == {"'self'"}
    assert policy["style-src"] == {"'self'"}
    assert policy["object-src"] == {"'none'"}
    assert policy["frame-ancestors"] == {"'self'"}


def test_the_admin_gets_inline_allowances_only_there(clerk_client):
    response = clerk_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'self'" in policy["script-src"]
    assert policy["object-src"] == {"'none'"}


def test_health_and_error_pages_are_covered_too(client):
    assert "Content-Security-Policy" in client.get("/health")
    missing = client.get("/no-such-board/")
    assert missing.status_code == 404
    assert directives(missing)["script-src"] == {"'self'"}
