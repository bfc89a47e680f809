"""Shared fixtures: the site root, the people who use Quorum, and the demo partnership."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from home.models import HomePage


@pytest.fixture
def home_page(db) -> HomePage:
    """The site root the migrations create."""
    return HomePage.objects.get(depth=2)


@pytest.fixture
def clerk(db):
    """A board administrator with full admin rights."""
    return get_user_model().objects.create_superuser("clerk", "clerk@example.org", "pw")


@pytest.fixture
def clerk_client(client, clerk):
    """A browser session signed in as the clerk."""
    client.force_login(clerk)
    return client


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker) -> None:
    """Build the seed partnership once per run; each test rolls back its own changes."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
        _serialize_demo_for_browser_tests()


DEMO_SNAPSHOT: dict[str, str] = {}


def _serialize_demo_for_browser_tests() -> None:
    """Keep the demo as serialized data: browser tests restore it after their flushes."""
    from django.db import connection

    DEMO_SNAPSHOT["default"] = connection.creation.serialize_db_to_string()


@pytest.fixture
def demo(db) -> None:
    """Marks a test that reads the demonstration partnership (loaded once per run)."""


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items) -> None:
    """Tests marked `postgres` need the real PostgreSQL, Redis and workers: deselected, not
    skipped, from the SQLite pass (`make test-sqlite` also says -m "not postgres"). On
    PostgreSQL they run last, because their flushes would empty caches other tests rely on."""
    from django.conf import settings

    if settings.QUORUM_TEST_POSTGRES:
        items.sort(key=lambda item: item.get_closest_marker("postgres") is not None)
        return
    deselected = [item for item in items if item.get_closest_marker("postgres")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("postgres")]
