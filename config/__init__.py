"""Quorum project configuration; loads Celery so shared tasks bind to this app."""

from .celery import app as celery_app

__all__ = ("celery_app",)
