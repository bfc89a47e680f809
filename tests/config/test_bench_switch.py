"""The benchmark's timing headers and floor views exist only when a benchmark asks for them."""

import pytest

from tests.config.test_settings import load_settings

pytestmark = pytest.mark.django_db


def test_floor_views_and_timing_headers_are_off_by_default(client, demo):
    assert client.get("/__bench__/bytes/?n=10").status_code == 404
    response = client.get("/")
    assert "Server-Timing" not in response.headers
    assert "X-Bench-Queries" not in response.headers


def test_production_refuses_benchmark_instrumentation():
    result = load_settings(
        "config.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="quorum.example.org",
        DATABASE_URL="postgres://u@127.0.0.1/q",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/0",
        QUORUM_BENCH="1",
    )
    assert result.returncode != 0
    assert "QUORUM_BENCH" in result.stderr
