"""Settings come from the environment and production refuses to start on missing secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_list

ROOT = Path(__file__).resolve().parents[2]


def load_settings(module: str, **env: str) -> subprocess.CompletedProcess:
    """Import a settings module in a fresh interpreter with only the given environment."""
    clean = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    clean.update(env)
    code = (
        f"import os; os.environ['DJANGO_SETTINGS_MODULE'] = {module!r}; "
        "from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE'], settings.CELERY_TASK_ALWAYS_EAGER)"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = load_settings("config.settings.production", ALLOWED_HOSTS="quorum.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = load_settings("config.settings.production", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_its_environment():
    result = load_settings(
        "config.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="quorum.example.org",
        QUORUM_BASE_URL="https://quorum.example.org",
        DATABASE_URL="postgres://quorum@db.example.org:5432/quorum",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.postgresql", "False"]


def test_with_nothing_set_the_site_uses_sqlite_and_eager_tasks():
    result = load_settings("config.settings.dev")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_a_bad_boolean_is_an_error_not_a_guess(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("DEBUG")


def test_lists_are_comma_separated(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", "a.example.org, b.example.org,")
    assert env_list("ALLOWED_HOSTS") == ["a.example.org", "b.example.org"]


def test_postgresql_planner_settings_go_with_each_connection_unless_behind_pgbouncer(monkeypatch):
    from config.settings.base import with_session_settings

    sent = with_session_settings({"ENGINE": "django.db.backends.postgresql"})
    assert sent["OPTIONS"]["options"] == (
        "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"
    )
    monkeypatch.setenv("PG_STARTUP_OPTIONS", "0")
    assert "OPTIONS" not in with_session_settings({"ENGINE": "django.db.backends.postgresql"})
    sqlite = with_session_settings({"ENGINE": "django.db.backends.sqlite3"})
    assert "OPTIONS" not in sqlite
