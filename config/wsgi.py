"""WSGI entry point for gunicorn; production settings unless told otherwise."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()


def freeze_startup_objects() -> None:
    """Keep what lives as long as the worker out of the garbage collector's full passes.

    Django, Wagtail, every model, view and URL pattern are loaded once and never freed; a full
    collection walked all 200,000 of them (130 ms on a 2-core host) in the middle of whichever
    request triggered it. Loading the URL patterns first brings the views in too.
    """
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports every view module)
    gc.freeze()


freeze_startup_objects()
