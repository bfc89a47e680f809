"""/health tells a load balancer whether this process can reach its database, broker and storage."""

import pytest
from django.core.files.storage import default_storage
from django.db import connection

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: a dead broker without touching any real Redis.
CLOSED_PORT_BROKER = "redis://127.0.0.1:1/0"


def test_all_checks_pass_with_eager_tasks(client):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["failed"] == []
    assert body["checks"]["database"] == {
        "ok": True,
        "detail": connection.vendor,
        "ms": body["checks"]["database"]["ms"],
    }
    assert body["checks"]["broker"]["detail"] == "eager"
    assert body["checks"]["storage"]["ok"] is True
    assert "no-cache" in response["Cache-Control"]


def test_the_trailing_slash_form_answers_too(client):
    assert client.get("/health/").status_code == 200


def test_a_dead_broker_is_degraded_not_down(client, settings):
    """Jobs wait as delayed jobs, so the node keeps serving: 200, naming the broker."""
    settings.CELERY_BROKER_URL = CLOSED_PORT_BROKER
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["failed"] == []
    assert body["degraded"] == ["broker"]
    assert body["checks"]["broker"]["ok"] is False
    assert body["checks"]["broker"]["error"] == "ConnectionError"
    assert body["checks"]["database"]["ok"] is True
    # The error names the kind of failure, never the broker's address.
    assert "127.0.0.1" not in response.content.decode()


def test_failing_storage_gives_503_naming_storage(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError("read-only file system")

    monkeypatch.setattr(default_storage, "save", refuse)
    response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["failed"] == ["storage"]
    assert response.json()["checks"]["storage"]["error"] == "PermissionError"


def test_the_storage_check_leaves_no_file_behind(client):
    client.get("/health")
    _dirs, files = default_storage.listdir("health")
    assert files == []


def test_a_broken_database_gives_503_naming_the_database(client, monkeypatch):
    from django.db import OperationalError

    from config import health

    class DownDatabase:
        vendor = "postgresql"

        def cursor(self):
            raise OperationalError("could not connect to server")

    monkeypatch.setattr(health, "connection", DownDatabase())
    response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["failed"] == ["database"]
    assert response.json()["checks"]["database"]["error"] == "OperationalError"


def test_only_get_is_answered(client):
    assert client.post("/health").status_code == 405


@pytest.mark.postgres
def test_a_live_redis_broker_passes(client, settings, redis_server):
    settings.CELERY_BROKER_URL = redis_server.url(0)
    response = client.get("/health")
    assert response.status_code == 200, response.content
    assert response.json()["checks"]["broker"]["detail"] == "redis"
