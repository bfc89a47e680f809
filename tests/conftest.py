"""Shared fixtures: the site root, the people who use Quorum, and the demo partnership."""

from __future__ import annotations

import datetime
import io

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command

from home.models import HomePage

# Shared personas (anonymous to superuser) and the world they read: tests/personas.py.
pytest_plugins = ["tests.personas"]


# The suite's calendar: fixtures say "due 1 December" or "meets 7 December 2026" and mean
# "in the future" or "overdue" relative to this day, so every test reads the same on any day
# the suite runs. The clock still ticks; tests about time travel on from here.
SUITE_TODAY = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture(scope="session", autouse=True)
def suite_calendar():
    """Run the whole suite on one fixed day, so 'overdue' and 'upcoming' never drift."""
    with time_machine.travel(SUITE_TODAY, tick=True):
        yield


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """This run's own Redis on a free port (started on first use): brokers and caches in tests
    live here, never in a Redis another run or the machine's services use."""
    from tests.redis_server import RedisServer

    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


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
def django_db_setup(suite_calendar, django_db_setup, django_db_blocker) -> None:
    """Build the seed partnership once per run; each test rolls back its own changes."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
        _keep_demo_snapshot()


# Transactional tests (live server, real workers) commit, so Django flushes the database after
# each. With serialized rollback the flush leaves it empty and the next such test restores the
# demo partnership from the snapshot, so tests after them still see the seed data.
TRANSACTIONAL_DB = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _keep_demo_snapshot() -> None:
    """Keep the demo as serialized data for serialized rollback.

    Django looks for the snapshot on the connection object. Creating the test database left
    one of the bare migrated database on the connection that created it, and a test can get a
    new connection object (Playwright's event loop runs in the test thread), so the demo
    snapshot goes on the connection class and replaces Django's on every open connection.
    """
    from django.db import connections

    default = connections["default"]
    snapshot = default.creation.serialize_db_to_string()
    type(default)._test_serialized_contents = snapshot
    for conn in connections.all():
        conn._test_serialized_contents = snapshot


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
