"""Benchmark: the all-meetings iCalendar feed with 5,000 published meetings.

Run with `.venv/bin/python bench/feeds.py` from the project root. It builds a throwaway SQLite
database in a temporary folder (never your own), creates 10 boards with 500 meetings each and
8 agenda items per meeting (one exempt), then times GET /calendar/meetings.ics through the full
Django stack (middleware included):

- cold: the first request after a restart (every VEVENT serialised by icalendar);
- uncached: a full 200 response with no HTTP cache, serialised VEVENTs reused from memory;
- after an edit: a full 200 response after one meeting was republished (one VEVENT rebuilt);
- 304: a conditional GET with the current ETag.

Prints a Markdown table to paste into docs/benchmarks.md.
"""

from __future__ import annotations

import datetime
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# BENCH_DB=/tmp/x.sqlite3 keeps (and on later runs reuses) the database; default: a fresh one.
DB_FILE = os.environ.get("BENCH_DB") or f"{tempfile.mkdtemp(prefix='quorum-bench-')}/bench.sqlite3"
REUSE = Path(DB_FILE).exists()
os.environ["DATABASE_URL"] = f"sqlite:///{DB_FILE}"
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
os.environ["DEBUG"] = "false"
os.environ.setdefault("CELERY_BROKER_URL", "")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

BOARDS = 10
MEETINGS_PER_BOARD = 500
ITEMS_PER_MEETING = 8
RUNS = 15


def build() -> None:
    """Create the boards, meetings and agendas as published pages, as fast as Wagtail allows."""
    from boards.models import AgendaItem, BoardPage, MeetingPage
    from home.models import HomePage

    call_command("migrate", verbosity=0)
    home = HomePage.objects.get(depth=2)
    now = timezone.now()
    start = datetime.datetime(2016, 1, 4, 10, 0, tzinfo=datetime.UTC)
    for b in range(BOARDS):
        board = BoardPage(title=f"Bench Board {b}", slug=f"bench-board-{b}", live=True)
        home.add_child(instance=board)
        with transaction.atomic():
            for m in range(MEETINGS_PER_BOARD):
                when = start + datetime.timedelta(days=7 * m, hours=b)
                meeting = MeetingPage(
                    title=f"Bench Board {b}, meeting {m}",
                    slug=f"meeting-{m}",
                    start=when,
                    end=when + datetime.timedelta(hours=2),
                    venue="Committee Room 1, Wallasey Town Hall",
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
                board.add_child(instance=meeting)
                AgendaItem.objects.bulk_create(
                    AgendaItem(
                        meeting=meeting,
                        number=str(n + 1),
                        title=f"Agenda item {n + 1}: report on the partnership's priorities",
                        exempt=n == ITEMS_PER_MEETING - 1,
                        exempt_paragraph=3 if n == ITEMS_PER_MEETING - 1 else None,
                        sort_order=n,
                    )
                    for n in range(ITEMS_PER_MEETING)
                )
        print(f"  board {b + 1}/{BOARDS} built", file=sys.stderr)


def timed(client: Client, **headers) -> tuple[float, int, int, int, float]:
    """Wall-clock ms, status, body length, query count and CPU ms of one feed request.

    CPU time (SQLite runs in-process, so it includes the database work) is reported beside
    wall-clock time because a shared machine's wall clock includes waiting for a CPU.
    """
    with CaptureQueriesContext(connection) as queries:
        began, cpu_began = time.perf_counter(), time.process_time()
        response = client.get("/calendar/meetings.ics", **headers)
        elapsed = (time.perf_counter() - began) * 1000
        cpu = (time.process_time() - cpu_began) * 1000
    return elapsed, response.status_code, len(response.content), len(queries), cpu


def main() -> None:
    from boards.feeds import EVENTS
    from boards.models import MeetingPage

    if not REUSE:
        print(f"Building {BOARDS * MEETINGS_PER_BOARD} meetings in {DB_FILE} ...", file=sys.stderr)
        build()
    client = Client(HTTP_HOST="localhost")
    EVENTS.clear()
    cold = timed(client)
    assert cold[1] == 200
    body = client.get("/calendar/meetings.ics").content
    assert body.count(b"BEGIN:VEVENT") == BOARDS * MEETINGS_PER_BOARD

    full = [timed(client) for _ in range(RUNS)]
    edits = []
    for n in range(5):
        meeting = MeetingPage.objects.order_by("pk")[n]
        meeting.venue = f"Birkenhead Town Hall, room {n}"
        meeting.last_published_at = timezone.now()
        meeting.save()
        edits.append(timed(client))
    etag = client.get("/calendar/meetings.ics")["ETag"]
    not_modified = [timed(client, HTTP_IF_NONE_MATCH=etag) for _ in range(RUNS)]
    assert all(r[1] == 304 for r in not_modified)

    def row(label: str, results: list[tuple[float, int, int, int, float]]) -> str:
        times = [r[0] for r in results]
        cpu = statistics.median(r[4] for r in results)
        return (
            f"| {label} | {results[0][1]} | {statistics.median(times):.0f} ms | "
            f"{max(times):.0f} ms | {cpu:.0f} ms | {results[0][3]} | "
            f"{results[0][2] / 1024:.0f} KiB |"
        )

    print(
        f"\nMachine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, SQLite {connection.Database.sqlite_version}"
    )
    print(f"Date: {datetime.date.today():%d %B %Y}\n")
    print(f"Load average before the runs: {os.getloadavg()[0]:.1f}\n")
    print("| request | status | median wall | worst wall | median CPU | queries | body |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print(row("cold (first after restart)", [cold]))
    print(row("uncached 200 (events reused)", full))
    print(row("200 after one meeting edited", edits))
    print(row("304 (matching ETag)", not_modified))


if __name__ == "__main__":
    main()
