"""Benchmark instrumentation, switched on only with QUORUM_BENCH=1 (never in production).

Adds the server-side time and query count of each response as headers, so `bench/run` can
report server latency and queries per page, and serves the two floors the pages are
compared with: a bare Django view returning bytes, and Wagtail's own plain page.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path

PLAIN_PAGE_SLUG = "bench-plain-page"


class BenchTimingMiddleware:
    """Outermost middleware: time the whole stack and count its queries."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        queries = 0

        def count(execute, sql, params, many, context):
            nonlocal queries
            queries += 1
            return execute(sql, params, many, context)

        started = time.perf_counter()
        with connection.execute_wrapper(count):
            response = self.get_response(request)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
        elapsed = (time.perf_counter() - started) * 1000
        response["Server-Timing"] = f"app;dur={elapsed:.3f}"
        response["X-Bench-Queries"] = str(queries)
        response["X-Bench-Worker"] = str(os.getpid())
        return response


def bare_bytes(request: HttpRequest) -> HttpResponse:
    """The Django floor: a view that returns n bytes and touches nothing else."""
    size = min(int(request.GET.get("n", "1024") or 1024), 10_000_000)
    return HttpResponse(b"x" * size, content_type="text/html; charset=utf-8")


def plain_page(request: HttpRequest) -> HttpResponse:
    """The Wagtail floor: Wagtail's own serve() of a plain `Page` in the site's layout."""
    from wagtail.models import Page

    page = get_object_or_404(Page, slug=PLAIN_PAGE_SLUG, depth=3)
    return page.serve(request)


urlpatterns = [
    path("__bench__/bytes/", bare_bytes),
    path("__bench__/plain/", plain_page),
]
