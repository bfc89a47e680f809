"""Point the Celery app at a chosen broker for one test, then put it back."""

from __future__ import annotations

import pytest

from config.celery import app

# Nothing listens on port 1: a broker that is down, without touching any real Redis.
DEAD_BROKER = "redis://127.0.0.1:1/0"


def _use_broker(url: str | None, eager: bool) -> None:
    from kombu import pools

    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None
    app.conf.broker_url = url
    app.conf.task_always_eager = eager


@pytest.fixture
def broker(settings):
    """Call broker(url) to publish to a real (or dead) broker instead of running eagerly."""
    saved = (app.conf.broker_url, app.conf.task_always_eager)

    def use(url: str) -> str:
        settings.CELERY_BROKER_URL = url
        _use_broker(url, eager=False)
        return url

    yield use
    _use_broker(*saved)


@pytest.fixture
def live_broker(redis_server) -> str:
    """The address of a live broker: database 0 of this run's own Redis, emptied first."""
    url = redis_server.url(0)
    redis_server.client(0).flushdb()  # ours alone: jobs left by an earlier test are not ours
    return url


@pytest.fixture
def dead_broker(broker) -> str:
    """The broker is down: nothing listens on its port."""
    return broker(DEAD_BROKER)


@pytest.fixture
def live_home(transactional_db):
    """The site root in a committed database (transactional tests flush it after each test)."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    home = HomePage.objects.filter(depth=2).first()
    if home is not None:
        return home
    Locale.objects.get_or_create(language_code="en-gb")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    home = HomePage(title="Quorum", slug="home")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home


@pytest.fixture
def shared_media(settings, tmp_path):
    """Files on disk where the workers (started with MEDIA_ROOT) read and write them too."""
    media = tmp_path / "media"
    media.mkdir()
    settings.MEDIA_ROOT = str(media)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return media
