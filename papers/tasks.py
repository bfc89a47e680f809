"""Background jobs for papers: conversion of uploads and compilation of meeting packs."""

from __future__ import annotations

from celery import Task, shared_task
from django.db import OperationalError

# A job is acknowledged only once it has finished, and handed back to the broker if its worker
# dies mid-run (SIGKILL, out of memory, lost machine), so another worker does it. Both tasks are
# idempotent, so a second delivery finishes the work once and never doubles it.
# (The settings also say so for every task, and prefetch one job per worker process.)
DELIVERY = {"acks_late": True, "reject_on_worker_lost": True}


class RecordFailure(Task):
    """When retries run out, the clerk sees why in plain words instead of a silent failure."""

    def on_failure(self, exc, task_id, args, kwargs, einfo) -> None:
        from papers.services import fail_conversion

        if args:
            fail_conversion(
                args[0],
                "The conversion could not finish after several attempts "
                f"({exc.__class__.__name__}). The original file is kept; press Retry.",
            )


@shared_task(
    **DELIVERY,
    base=RecordFailure,
    autoretry_for=(OSError, OperationalError),
    retry_backoff=True,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=5,
)
def convert_paper(conversion_id: int) -> str:
    """Convert one uploaded report into its paper's body (safe to run twice)."""
    from papers.services import run_conversion

    return run_conversion(conversion_id).status


class RecordPackFailure(Task):
    """A pack that cannot be built says why to the clerk; the last good file stays."""

    def on_failure(self, exc, task_id, args, kwargs, einfo) -> None:
        from papers.services import fail_pack

        if args:
            fail_pack(args[0], f"The pack could not be compiled ({exc.__class__.__name__}: {exc}).")


@shared_task(
    **DELIVERY,
    base=RecordPackFailure,
    autoretry_for=(OSError, OperationalError),
    retry_backoff=True,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=3,
)
def build_meeting_pack(pack_id: int, token: str | None = None) -> str:
    """Compile one meeting pack, unless superseded by a newer request or already current."""
    from papers.services import run_pack_build

    return run_pack_build(pack_id, token)
