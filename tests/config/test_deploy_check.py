"""Production settings pass Django's deployment checklist with zero warnings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k3y-" + "Zq8vT2mW9xL4pR7sN1bY6cH3jF5gD0aE" * 2,
    "ALLOWED_HOSTS": "quorum.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://quorum.example.org",
    "DATABASE_URL": "postgres://quorum@db.example.org:5432/quorum",
    "CELERY_BROKER_URL": "redis://redis.example.org:6379/0",
    "CACHE_URL": "redis://redis.example.org:6379/1",
    "QUORUM_BASE_URL": "https://quorum.example.org",
}


def run_manage(*args: str, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    env.update(PRODUCTION_ENV, **extra)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_no_issues_at_all():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_turning_hsts_off_is_caught_by_the_check():
    """The zero is earned: weakening a setting makes the same check complain."""
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", SECURE_HSTS_SECONDS="0")
    assert result.returncode != 0
    assert "security.W004" in result.stdout + result.stderr


def test_production_settings_carry_the_security_headers_and_limits():
    code = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS >= 31536000, "
        "'config.csp.QuorumCSPMiddleware' in s.MIDDLEWARE, "
        "'axes.middleware.AxesMiddleware' in s.MIDDLEWARE, s.STORAGES['staticfiles']['BACKEND'], "
        "s.CACHES['default']['BACKEND'])"
    )
    env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    env.update(PRODUCTION_ENV)
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "True",
        "True",
        "True",
        "True",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "config.cache.ResilientRedisCache",  # degrades to no cache while Redis is down
    ]


def without(name: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    env.update({k: v for k, v in PRODUCTION_ENV.items() if k != name})
    return env


def settings_fail(env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0, "production settings started"
    return result.stderr


def test_production_refuses_to_start_without_the_base_url():
    """Links in emails and feeds would otherwise name whatever host the Site record holds."""
    assert "QUORUM_BASE_URL" in settings_fail(without("QUORUM_BASE_URL"))


@pytest.mark.parametrize("value", ["quorum.example.org", "http://quorum.example.org", "https://"])
def test_production_refuses_a_base_url_that_is_not_an_https_address(value):
    assert "QUORUM_BASE_URL" in settings_fail(
        {**without("QUORUM_BASE_URL"), "QUORUM_BASE_URL": value}
    )


def test_production_refuses_the_old_proxy_count_setting():
    """A count trusted any peer; the trusted list replaces it, so say so rather than ignore it."""
    stderr = settings_fail({**without("QUORUM_PROXY_COUNT"), "QUORUM_PROXY_COUNT": "1"})
    assert "QUORUM_TRUSTED_PROXIES" in stderr


def test_production_derives_the_admin_base_url_and_trusts_only_loopback_by_default():
    code = (
        "from django.conf import settings as s; "
        "print(s.QUORUM_BASE_URL, s.WAGTAILADMIN_BASE_URL, ','.join(s.QUORUM_TRUSTED_PROXIES))"
    )
    env = without("")
    env["QUORUM_BASE_URL"] = "https://quorum.example.org/"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "https://quorum.example.org",
        "https://quorum.example.org",
        "127.0.0.1,::1",
    ]


def test_the_example_environment_file_starts_production():
    """What operators copy must satisfy every setting production insists on."""
    env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    for line in (ROOT / "deploy" / "quorum.env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            env[name] = value
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("value", ["nginx.internal", "0.0.0.0/0", "127.0.0.1,::/0"])
def test_production_refuses_trusted_proxies_that_are_not_addresses_or_trust_everyone(value):
    assert "QUORUM_TRUSTED_PROXIES" in settings_fail(
        {**without(""), "QUORUM_TRUSTED_PROXIES": value}
    )
