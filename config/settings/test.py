"""Test settings: in-memory SQLite, or the real PostgreSQL when QUORUM_TEST_POSTGRES=1."""

import os
import tempfile
from pathlib import Path

import dj_database_url

from config.env import env_bool, env_str

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_BROKER_URL = ""
CELERY_TASK_ALWAYS_EAGER = True
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
STORAGES = {
    "default": {"BACKEND": "tests.storage.InMemoryRemoteStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

QUORUM_TEST_POSTGRES = env_bool("QUORUM_TEST_POSTGRES", False)
if QUORUM_TEST_POSTGRES:
    DATABASES = {
        "default": with_session_settings(  # noqa: F405
            dj_database_url.parse(
                env_str("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test") or ""
            )
        )
    }
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise RuntimeError("QUORUM_TEST_POSTGRES=1 needs a postgres:// DATABASE_URL.")
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

# Static files are not collected in tests; WhiteNoise would only warn about the missing folder.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise.")]  # noqa: F405

# The page cache is off except in the tests about it (they switch it on with the settings
# fixture): other tests roll the database back without signals and assert query counts on
# repeated requests, so a page kept from an earlier test or request would mislead them.
QUORUM_PAGE_CACHE = False
QUORUM_PAGE_CACHE_GENERATION_FILE = env_str(
    "QUORUM_PAGE_CACHE_GENERATION_FILE",
    str(Path(tempfile.gettempdir()) / f"quorum-test-page-cache-{os.getpid()}"),
)

# Login and form rate limits stay switched on in tests, high enough that only the tests
# about them (which lower the limits) ever reach them.
AXES_FAILURE_LIMIT = 1000
QUORUM_LOGIN_CLIENT_FAILURE_LIMIT = 1000
QUORUM_FORM_RATE_LIMIT = 1000
QUORUM_EMAIL_CLIENT_LIMIT = 1000
QUORUM_EMAIL_ADDRESS_LIMIT = 1000

# Links in emails and feeds: a fixed public address, never the test client's host.
QUORUM_BASE_URL = WAGTAILADMIN_BASE_URL = "https://quorum.example.org"

# Django streams files in tests; the tests about X-Accel-Redirect switch it on.
QUORUM_SENDFILE = False
