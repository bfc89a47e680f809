"""The suite runs on the database it says it runs on: PostgreSQL is never silently skipped."""

import pytest
from django.conf import settings
from django.db import connection

pytestmark = pytest.mark.django_db


def test_the_database_is_the_one_the_flag_asks_for():
    expected = "postgresql" if settings.QUORUM_TEST_POSTGRES else "sqlite"
    assert connection.vendor == expected
