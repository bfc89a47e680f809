"""Page cache benchmark: public pages under gunicorn (2 workers), page cache off then on.

Uses the demo partnership (or any database given) rather than the scale dataset, and the same
machinery as `bench/pages.py`: server latency from the Server-Timing header, requests per second
seen by the clients, queries per request, and the bare Django floor (a view returning as many
bytes as the meeting page) measured in the same run.

    .venv/bin/python bench/page_cache.py [--database-url sqlite:///...] [--requests 2000]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pages import (  # noqa: E402
    Target,
    discover,
    measure,
    start_server,
    stop_server,
)

DISCOVER = """
import json
from django.db.models import Count
from boards.models import BoardPage, MeetingPage
meeting = (MeetingPage.objects.live().public().annotate(n=Count("agenda_items"))
           .order_by("-n", "-start").first())
board = BoardPage.objects.live().public().annotate(n=Count("meetings")).order_by("-n").first()
print(json.dumps([
    dict(name="home", path="/"),
    dict(name="board page", path=board.url),
    dict(name=f"meeting page ({meeting.n} agenda items)", path=meeting.url),
    dict(name="action log", path=board.url + "actions/"),
]))
"""


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = f"sqlite:///{ROOT / 'var' / 'bench' / 'demo.sqlite3'}"
    parser.add_argument("--database-url", default=default, help="migrated, with the demo loaded")
    parser.add_argument("--requests", type=int, default=2000, help="requests per page, cached")
    parser.add_argument("--uncached-requests", type=int, default=100, help="the same, uncached")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client processes")
    parser.add_argument("--port", type=int, default=8151)
    return parser.parse_args()


def run_phase(url: str, args: argparse.Namespace, targets: list[Target], cached: bool) -> dict:
    count = args.requests if cached else args.uncached_requests
    server = start_server(url, args.port, cached)
    try:
        with multiprocessing.get_context("fork").Pool(args.clients) as pool:
            raw = {t.name: measure(pool, args.port, t, count, args.clients) for t in targets}
            size = next(v["bytes"] for k, v in raw.items() if k.startswith("meeting page"))
            floor = Target("django floor: bare view", f"/__bench__/bytes/?n={size}", kind="floor")
            raw[floor.name] = measure(pool, args.port, floor, count, args.clients)
    finally:
        stop_server(server)
    return raw


def main() -> int:
    args = parse_args()
    targets = discover(args.database_url, DISCOVER)
    rows = []
    for cached in (False, True):
        phase = "cached" if cached else "uncached"
        print(f"Measuring, page cache {'on' if cached else 'off'} ...", flush=True)
        for name, row in run_phase(args.database_url, args, targets, cached).items():
            rows.append((name, phase, row))
    floors = {phase: row for name, phase, row in rows if name.startswith("django floor")}
    print("| page | phase | median ms | p95 ms | req/s | queries | req/s vs Django floor |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, phase, row in rows:
        ratio = row["rps"] / floors[phase]["rps"]
        print(
            f"| {name} | {phase} | {row['median_ms']} | {row['p95_ms']} | {row['rps']} |"
            f" {row['queries']} | {ratio:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
