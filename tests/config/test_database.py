"""The suite runs on the database it says it runs on: PostgreSQL is never silently skipped."""

import pytest
from django.conf import settings
from django.db import connection

pytestmark = pytest.mark.django_db


def test_the_database_is_the_one_the_flag_asks_for():
    expected = "postgresql" if settings.QUORUM_TEST_POSTGRES else "sqlite"
    assert connection.vendor == expected


@pytest.mark.postgres
def test_postgresql_connections_carry_the_planner_settings():
    """SSD-priced random reads and no parallel workers for a web request's small queries."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        random_page_cost = cursor.fetchone()[0]
        cursor.execute("SHOW max_parallel_workers_per_gather")
        parallel_workers = cursor.fetchone()[0]
    assert (random_page_cost, parallel_workers) == ("1.1", "0")
