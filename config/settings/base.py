"""Settings shared by every way of running Quorum; each value can come from the environment."""

from pathlib import Path

import dj_database_url

from config.env import check_trusted_proxies, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "home",
    "boards",
    "papers",
    "actions",
    "risks",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "simple_history",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# A SQLite file when DATABASE_URL is unset: the embedded default needs no services.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
# Planner settings sent when each PostgreSQL connection opens, added to any options
# DATABASE_URL gives. Behind PgBouncer (which refuses startup options) set
# PG_STARTUP_OPTIONS=0 and use ALTER DATABASE ... SET instead (docs/deploy.md).
PG_SESSION_SETTINGS = {
    # Random reads cost about what sequential ones do on SSDs; PostgreSQL's default (4.0)
    # assumes spinning disks and picks full scans over index lookups for small page sets
    # (search candidates: 36 ms instead of 1 ms).
    "random_page_cost": env_str("PG_RANDOM_PAGE_COST", "1.1"),
    # A web request's queries read a few thousand rows at most: starting parallel workers
    # for them cost 6-10 ms on a 2-core host (the action log's counts: 15 ms against 6 ms)
    # and takes the CPU other requests need.
    "max_parallel_workers_per_gather": env_str("PG_PARALLEL_WORKERS", "0"),
}


def with_session_settings(database: dict) -> dict:
    """A PostgreSQL database's settings with the planner settings sent at connection."""
    startup = [f"-c {name}={value}" for name, value in PG_SESSION_SETTINGS.items() if value]
    postgres = database["ENGINE"] == "django.db.backends.postgresql"
    if postgres and startup and env_bool("PG_STARTUP_OPTIONS", True):
        options = database.setdefault("OPTIONS", {})
        options["options"] = " ".join([options.get("options", ""), *startup]).strip()
    return database


with_session_settings(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Email: console in development unless EMAIL_HOST is given.
EMAIL_HOST = env_str("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Quorum <quorum@localhost>")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)

# Celery: with no broker configured, tasks run eagerly in the web process.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE

WAGTAIL_SITE_NAME = env_str("QUORUM_SITE_NAME", "Quorum")
# The one absolute address every emailed, fed and signed link starts with (core.links.absolute_url);
# Wagtail's admin emails use the same. Production requires it (settings/production.py).
QUORUM_BASE_URL = (
    env_str("QUORUM_BASE_URL", "")
    or env_str("WAGTAILADMIN_BASE_URL", "")
    or "http://127.0.0.1:8000"
).rstrip("/")
WAGTAILADMIN_BASE_URL = QUORUM_BASE_URL
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_I18N_ENABLED = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Wagtail's search and reference-index tasks log every run; keep the console readable.
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
        # One line per task run is useful on a worker, noise when tasks run eagerly.
        "celery.app.trace": {"level": env_str("CELERY_TRACE_LOG_LEVEL", "WARNING")},
    },
}

# Celery beat: the morning reminder run (one beat process in production).
from celery.schedules import crontab  # noqa: E402

CELERY_BEAT_SCHEDULE = {
    "action-reminders": {
        "task": "actions.tasks.send_reminders",
        "schedule": crontab(hour=7, minute=0),
    },
}

# The partnership's name and accessibility statement in every public page's header and footer.
TEMPLATES[0]["OPTIONS"]["context_processors"].append("home.context_processors.site_chrome")
# Security (issue 10): a Content Security Policy on every response, and login rate limiting.
INSTALLED_APPS += ["csp", "axes"]
MIDDLEWARE += ["config.csp.QuorumCSPMiddleware", "axes.middleware.AxesMiddleware"]

# Issue 9: anonymous visitors get whole pages from the default cache (home/page_cache.py),
# looked up before sessions and users, dropped on any change to what public pages show.
QUORUM_PAGE_CACHE = env_bool("QUORUM_PAGE_CACHE", True)
QUORUM_PAGE_CACHE_SECONDS = env_int("QUORUM_PAGE_CACHE_SECONDS", 300)
# Where processes sharing a per-process cache learn of a publication (unused with Redis).
QUORUM_PAGE_CACHE_GENERATION_FILE = env_str(
    "QUORUM_PAGE_CACHE_GENERATION_FILE", str(BASE_DIR / "var" / "page-cache-generation")
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "home.page_cache.PageCacheMiddleware",
)

# Benchmarks only (bench/run): server timing and query-count headers, and the floor views.
QUORUM_BENCH = env_bool("QUORUM_BENCH", False)
if QUORUM_BENCH:
    MIDDLEWARE.insert(0, "config.bench.BenchTimingMiddleware")
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Lock a username from one address out for an hour after repeated failed logins, and the
# address itself (for every name) after more failures across names (config/lockout.py).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "config.lockout.ClientAndNameLockoutHandler"
QUORUM_LOGIN_CLIENT_FAILURE_LIMIT = env_int("QUORUM_LOGIN_CLIENT_FAILURE_LIMIT", 20)
# The client's address: X-Forwarded-For is read only from these proxies (addresses or
# networks), right-most untrusted hop first. Empty: the peer's address, never the header.
QUORUM_TRUSTED_PROXIES = env_list("QUORUM_TRUSTED_PROXIES", [])
check_trusted_proxies(QUORUM_TRUSTED_PROXIES)
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_ip"
AXES_LOCKOUT_TEMPLATE = "home/locked_out.html"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Public forms (action updates, emailed links): submissions per client address per minute.
QUORUM_FORM_RATE_LIMIT = env_int("QUORUM_FORM_RATE_LIMIT", 20)
# Word/OpenDocument files longer than this are refused before conversion (upload a PDF instead);
# pandoc runs with this much heap, and the address-space limit is 256 MB above it.
QUORUM_PAPER_MAX_PAGES = env_int("QUORUM_PAPER_MAX_PAGES", 300)
QUORUM_CONVERSION_MEMORY_MB = env_int("QUORUM_CONVERSION_MEMORY_MB", 1024)
# History reasons are text, not varchar(100): a person's reason is kept in their own words,
# whole, with "(name via emailed link)" added, and never fails the save on PostgreSQL.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True
# Forms that send email (subscribe, password reset): emails per client address and per target
# address within the window (seconds); beyond either, nothing is sent.
QUORUM_EMAIL_CLIENT_LIMIT = env_int("QUORUM_EMAIL_CLIENT_LIMIT", 10)
QUORUM_EMAIL_ADDRESS_LIMIT = env_int("QUORUM_EMAIL_ADDRESS_LIMIT", 3)
QUORUM_EMAIL_RATE_WINDOW = env_int("QUORUM_EMAIL_RATE_WINDOW", 3600)
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "home.password_reset.RateLimitedPasswordResetForm"

# Operations (issue 10): delayed jobs kept while the broker is down, backups.
INSTALLED_APPS += ["ops"]
# Publishing gives up quickly when the broker is down; the job is kept and sent later.
QUORUM_PUBLISH_RETRY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2}
# A job whose worker vanished (SIGKILL, lost machine) goes back on the queue this long after it
# was handed out. It must exceed the longest countdown (pack debounce 60 s, retry backoff up to
# 600 s) plus the longest run, or Redis would hand a waiting job to a second worker too.
QUORUM_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 3600)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 3,
    "visibility_timeout": QUORUM_VISIBILITY_TIMEOUT,
    # Each worker looks for abandoned jobs every 10 s (sooner when the timeout is short).
    "unacked_restore_interval": max(1, min(10, QUORUM_VISIBILITY_TIMEOUT // 20)),
    "unacked_restore_throttle": 1,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 3
# Separate queues so slow conversions and pack builds never hold up reminders.
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "papers.tasks.*convert*": {"queue": "conversion"},
    "papers.tasks.*pack*": {"queue": "packs"},
}
CELERY_BEAT_SCHEDULE["resend-delayed-jobs"] = {
    "task": "ops.tasks.resend_delayed_jobs",
    "schedule": 300.0,
}

# Media: nginx serves no media folder by address. Every file goes through a view that checks
# who may have it; with QUORUM_SENDFILE on, the view answers with X-Accel-Redirect to nginx's
# `internal` location at QUORUM_ACCEL_REDIRECT_PREFIX (deploy/nginx.conf), otherwise Django
# streams the file itself (development, tests, object storage).
QUORUM_SENDFILE = env_bool("QUORUM_SENDFILE", False)
QUORUM_ACCEL_REDIRECT_PREFIX = env_str("QUORUM_ACCEL_REDIRECT_PREFIX", "/_protected_media/")
SENDFILE_BACKEND = "core.storage"
# Wagtail's renditions go under renditions/, never the images/ folder older nginx setups served.
WAGTAILIMAGES_RENDITION_STORAGE = "core.storage.RenditionStorage"
