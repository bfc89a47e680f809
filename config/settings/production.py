"""Production: every secret and host from the environment; refuses to start without them."""

from urllib.parse import urlsplit

from config.env import (
    check_trusted_proxies,
    env_bool,
    env_int,
    env_list,
    env_required,
    env_str,
)

from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names in production.")

if QUORUM_BENCH:  # noqa: F405
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("QUORUM_BENCH exposes timing headers and test views: not here.")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Behind nginx on the same host (deploy/nginx.conf): only it may name the client in
# X-Forwarded-For. List other proxies' addresses or networks if nginx runs elsewhere.
QUORUM_TRUSTED_PROXIES = env_list("QUORUM_TRUSTED_PROXIES", ["127.0.0.1", "::1"])
check_trusted_proxies(QUORUM_TRUSTED_PROXIES)
if env_str("QUORUM_PROXY_COUNT") is not None:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        "QUORUM_PROXY_COUNT is no longer read: it trusted X-Forwarded-For from any peer. "
        "Remove it and list your proxies in QUORUM_TRUSTED_PROXIES (default 127.0.0.1,::1)."
    )

# Every link in emails, feeds and calendars starts with this; the Site record is not used.
QUORUM_BASE_URL = env_required("QUORUM_BASE_URL").rstrip("/")
_base = urlsplit(QUORUM_BASE_URL)
if _base.scheme != "https" or not _base.hostname or _base.path or _base.query or _base.fragment:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"QUORUM_BASE_URL={QUORUM_BASE_URL!r} must be the site's https:// address, "
        "for example https://quorum.example.org"
    )
WAGTAILADMIN_BASE_URL = QUORUM_BASE_URL

# Several web processes share the page cache and rate-limit counters through Redis when given.
# While Redis is down the cache acts as no cache (config/cache.py): pages slow down, never fail.
CACHE_URL = env_str("CACHE_URL", "")
if CACHE_URL:
    from config.cache import redis_cache

    CACHES = {"default": redis_cache(CACHE_URL)}

# Media on S3-compatible storage (pip install -e '.[s3]'): private objects, signed expiring URLs,
# so documents stay behind Wagtail's permission-checking view.
if env_str("MEDIA_STORAGE", "local") == "s3":
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_required("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": env_int("AWS_QUERYSTRING_EXPIRE", 300),
            "file_overwrite": False,
        },
    }
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Behind deploy/nginx.conf, files are handed to nginx's internal location after the access check.
QUORUM_SENDFILE = env_bool("QUORUM_SENDFILE", env_str("MEDIA_STORAGE", "local") != "s3")
# The load balancer's health check may come over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/?$"]
