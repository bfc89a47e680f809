"""Page benchmark: public pages under gunicorn (2 workers) against the two floors, in one run.

Run it through `bench/run` (see its --help). For each page it reports median and p95 server
latency (from the Server-Timing header the bench middleware adds), requests per second seen
by the client, and queries per request, first with the page cache off (uncached), then on
(cached). The floors, measured in the same run: a bare Django view returning as many bytes as
the meeting page, and Wagtail's own plain page. Results go to bench/results.json and to a
section of docs/benchmarks.md per database.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import json
import multiprocessing
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
RESULTS = ROOT / "bench" / "results.json"
REPORT = ROOT / "docs" / "benchmarks.md"
TIMING = re.compile(r"app;dur=([\d.]+)")
WORKERS = 2
READY_PATH = "/__bench__/bytes/?n=10"


@dataclass
class Target:
    """One measured address."""

    name: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    kind: str = "page"  # page, floor, feed, search
    expect: int = 200


@dataclass
class Result:
    """What one target measured in one phase."""

    name: str
    path: str
    median_ms: float
    p95_ms: float
    rps: float
    queries: int
    ratio_to_django_floor: float | None
    ratio_to_wagtail_floor: float | None
    cached: bool
    database: str
    phase: str
    bytes: int
    client_median_ms: float


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small dataset, fewer requests")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", ""),
        help="defaults to a SQLite file under var/bench/",
    )
    parser.add_argument("--requests", type=int, default=0, help="requests per page")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client processes")
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 8150)))
    parser.add_argument("--no-generate", action="store_true", help="use the data as it is")
    return parser.parse_args()


def database_url(args: argparse.Namespace) -> str:
    if args.database_url:
        return args.database_url
    folder = ROOT / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    name = "scale-quick.sqlite3" if args.quick else "scale.sqlite3"
    return f"sqlite:///{folder / name}"


def server_env(url: str, page_cache: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DEBUG="0",
        DATABASE_URL=url,
        # As deployed (deploy/quorum.env.example): connections kept, not opened per request.
        DATABASE_CONN_MAX_AGE="60",
        QUORUM_BENCH="1",
        QUORUM_PAGE_CACHE="1" if page_cache else "0",
        CELERY_BROKER_URL="",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        QUORUM_FORM_RATE_LIMIT="1000000",
        LOG_LEVEL="WARNING",
    )
    return env


def manage(url: str, *argv: str) -> None:
    subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", *argv],
        cwd=ROOT,
        env=server_env(url, page_cache=False),
        check=True,
    )


def prepare(args: argparse.Namespace, url: str) -> None:
    """Migrate, generate the dataset when it is missing, and add the Wagtail floor page."""
    manage(url, "migrate", "--noinput", "--verbosity", "0")
    if not args.no_generate:
        generate = ["generate_scale_data", "--if-missing"]
        if args.quick:
            generate.append("--quick")
        manage(url, *generate)
    manage(url, "shell", "-c", PLAIN_PAGE_SETUP)


PLAIN_PAGE_SETUP = """
from wagtail.models import Page
from config.bench import PLAIN_PAGE_SLUG
from home.models import HomePage
home = HomePage.objects.get(depth=2)
if not Page.objects.filter(slug=PLAIN_PAGE_SLUG, depth=3).exists():
    home.add_child(instance=Page(title="A plain Wagtail page", slug=PLAIN_PAGE_SLUG))
"""


def shell_line(url: str, script: str) -> str:
    """The last line a `manage.py shell` script prints against the benchmark database."""
    out = subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=server_env(url, page_cache=False),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out.strip().splitlines()[-1]


def discover(url: str, script: str | None = None) -> list[Target]:
    """Pick the addresses to measure from the dataset itself (printed as JSON by a shell)."""
    return [Target(**row) for row in json.loads(shell_line(url, script or DISCOVER))]


DISCOVER = """
import json
from django.db.models import Count
from boards.models import BoardPage, MeetingPage
from papers.models import PaperPage
from risks.models import BusinessPlan, Risk
from actions.models import Action
meeting = (MeetingPage.objects.live().public().annotate(n=Count("agenda_items"))
           .filter(n__lte=50).order_by("-n", "-start").first())
board = (BoardPage.objects.live().public().annotate(n=Count("meetings"))
         .order_by("-n").first())
paper = PaperPage.objects.live().public().filter(exempt=False).order_by("-pk").first()
action_board = (Action.objects.values("board").annotate(n=Count("pk")).order_by("-n").first())
log_board = BoardPage.objects.get(pk=action_board["board"])
risk_board = Risk.objects.values("board").annotate(n=Count("pk")).order_by("-n").first()["board"]
plan_board = BusinessPlan.objects.values_list("board", flat=True).first()
rows = [
    dict(name="home", path="/"),
    dict(name="board page", path=board.url),
    dict(name=f"meeting page ({meeting.n} agenda items)", path=meeting.url),
    dict(name="paper page", path=paper.url),
    dict(name="action log (open, first page)", path=log_board.url + "actions/?status=open"),
    dict(name="risk register", path=f"/boards/{risk_board}/risks/"),
    dict(name="plan page", path=f"/boards/{plan_board}/plan/"),
    dict(name="search: early help", path="/search/?q=early+help", kind="search"),
    dict(name="search: safeguarding audit", path="/search/?q=safeguarding+audit", kind="search"),
    dict(name="search: domestic abuse 2019",
         path="/search/?q=domestic+abuse&date_from=01%2F01%2F2019", kind="search"),
    dict(name="all-meetings iCalendar feed", path="/calendar/meetings.ics", kind="feed"),
    dict(name="wagtail floor: plain page", path="/__bench__/plain/", kind="floor"),
]
print(json.dumps(rows))
"""


def start_server(url: str, port: int, page_cache: bool) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=server_env(url, page_cache),
        start_new_session=True,
    )
    # Measure only once both workers answer: a worker still booting would serve its first,
    # cold requests (and page-cache misses) in the middle of a measurement.
    workers: set[str] = set()
    deadline = time.monotonic() + 60
    with ThreadPoolExecutor(max_workers=8) as threads:
        while time.monotonic() < deadline:
            try:
                answers = list(threads.map(lambda _: request(port, READY_PATH), range(8)))
            except OSError:
                time.sleep(0.3)
                continue
            workers |= {headers.get("x-bench-worker", "") for status, headers, _ in answers}
            if len(workers - {""}) >= WORKERS:
                return process
            time.sleep(0.1)
    stop_server(process)
    raise RuntimeError("gunicorn did not start")


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def request(port: int, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
        response = connection.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        connection.close()


def _client(job: tuple[int, str, dict, int]) -> list[tuple[float, float, int, int, int]]:
    port, path, headers, count = job
    rows = []
    for _ in range(count):
        started = time.perf_counter()
        status, response_headers, body = request(port, path, headers)
        wall = (time.perf_counter() - started) * 1000
        match = TIMING.search(response_headers.get("server-timing", ""))
        server = float(match.group(1)) if match else wall
        queries = int(response_headers.get("x-bench-queries", "-1"))
        rows.append((server, wall, status, queries, len(body)))
    return rows


def measure(pool, port: int, target: Target, requests: int, clients: int) -> dict:
    # Warm every worker's caches (the page cache is per process): sequential requests tend to
    # reach one worker only, so the clients warm up concurrently, as they will measure.
    pool.map(_client, [(port, target.path, target.headers, 10)] * clients)
    per_client = max(1, requests // clients)
    started = time.perf_counter()
    chunks = pool.map(_client, [(port, target.path, target.headers, per_client)] * clients)
    elapsed = time.perf_counter() - started
    rows = [row for chunk in chunks for row in chunk]
    statuses = {row[2] for row in rows}
    if statuses != {target.expect}:
        raise RuntimeError(f"{target.name} {target.path}: statuses {sorted(statuses)}")
    server = sorted(row[0] for row in rows)
    return {
        "median_ms": round(statistics.median(server), 2),
        "p95_ms": round(server[max(0, int(len(server) * 0.95) - 1)], 2),
        "rps": round(len(rows) / elapsed, 1),
        "queries": max(row[3] for row in rows),
        "bytes": rows[-1][4],
        "client_median_ms": round(statistics.median(row[1] for row in rows), 2),
    }


def run_phase(
    url: str, args: argparse.Namespace, targets: list[Target], page_cache: bool, database: str
) -> list[Result]:
    phase = "cached" if page_cache else "uncached"
    requests = args.requests or (60 if args.quick else 300)
    server = start_server(url, args.port, page_cache)
    try:
        with multiprocessing.get_context("fork").Pool(args.clients) as pool:
            raw = {t.name: measure(pool, args.port, t, requests, args.clients) for t in targets}
            meeting = next(t for t in targets if t.name.startswith("meeting page"))
            size = raw[meeting.name]["bytes"]
            floor = Target("django floor: bare view", f"/__bench__/bytes/?n={size}", kind="floor")
            raw[floor.name] = measure(pool, args.port, floor, requests, args.clients)
            feed = next(t for t in targets if t.kind == "feed")
            _, headers, _ = request(args.port, feed.path)
            etag = headers.get("etag", "")
            not_modified = Target(
                "all-meetings feed, conditional GET (304)",
                feed.path,
                {"If-None-Match": etag},
                kind="feed",
                expect=304,
            )
            raw[not_modified.name] = measure(pool, args.port, not_modified, requests, args.clients)
    finally:
        stop_server(server)
    everything = [*targets, floor, not_modified]
    django_floor = raw[floor.name]["median_ms"]
    wagtail_floor = raw["wagtail floor: plain page"]["median_ms"]
    results = []
    for target in everything:
        row = raw[target.name]
        results.append(
            Result(
                name=target.name,
                path=target.path,
                ratio_to_django_floor=round(row["median_ms"] / django_floor, 2),
                ratio_to_wagtail_floor=round(row["median_ms"] / wagtail_floor, 2),
                cached=page_cache and row["queries"] == 0,
                database=database,
                phase=phase,
                **row,
            )
        )
    return results


def verdicts(results: list[Result], database: str) -> list[tuple[str, str, bool]]:
    """The issue's targets, each with the figure that decides it."""
    uncached = {r.name: r for r in results if r.phase == "uncached"}
    cached = {r.name: r for r in results if r.phase == "cached"}
    pages = [r for r in uncached.values() if r.name not in EXCLUDED_FROM_PAGES]
    out = []
    worst = max(pages, key=lambda r: r.ratio_to_wagtail_floor)
    out.append(
        (
            "uncached public pages within 3x of Wagtail's plain page (median)",
            f"worst: {worst.name} {worst.ratio_to_wagtail_floor}x",
            worst.ratio_to_wagtail_floor <= 3,
        )
    )
    meeting = next(r for r in uncached.values() if r.name.startswith("meeting page"))
    out.append(("meeting page p95 under 50 ms", f"{meeting.p95_ms} ms", meeting.p95_ms < 50))
    cached_pages = [r for r in cached.values() if r.name not in EXCLUDED_FROM_PAGES]
    no_queries = [r for r in cached_pages if r.queries == 0]
    out.append(
        (
            "cached anonymous pages run no query",
            f"{len(no_queries)} of {len(cached_pages)} pages at 0 queries",
            len(no_queries) == len(cached_pages),
        )
    )
    django_rps = cached["django floor: bare view"].rps
    slowest = min(cached_pages, key=lambda r: r.rps)
    out.append(
        (
            "cached pages at least 1,000 requests/s and within 2x of the bare Django view",
            f"slowest: {slowest.name} {slowest.rps} rps; Django floor {django_rps} rps",
            slowest.rps >= 1000 and slowest.rps * 2 >= django_rps,
        )
    )
    searches = [r for r in uncached.values() if r.name.startswith("search")]
    worst_search = max(searches, key=lambda r: r.p95_ms)
    out.append(
        (
            f"search p95 under 150 ms ({database})",
            f"{worst_search.name}: {worst_search.p95_ms} ms",
            worst_search.p95_ms < 150,
        )
    )
    feed = uncached["all-meetings iCalendar feed"]
    feed_ms = feed.median_ms
    out.append(("feed under 300 ms uncached (median)", f"{feed_ms} ms", feed_ms < 300))
    not_modified = uncached["all-meetings feed, conditional GET (304)"]
    out.append(
        (
            "feed 304 under 20 ms (median)",
            f"{not_modified.median_ms} ms",
            not_modified.median_ms < 20,
        )
    )
    return out


EXCLUDED_FROM_PAGES = {
    "django floor: bare view",
    "wagtail floor: plain page",
    "all-meetings iCalendar feed",
    "all-meetings feed, conditional GET (304)",
    "search: early help",
    "search: safeguarding audit",
    "search: domestic abuse 2019",
}


def dataset_counts(url: str) -> str:
    return shell_line(url, COUNTS)


COUNTS = """
from boards.models import BoardPage, MeetingPage, AgendaItem
from papers.models import PaperPage
from actions.models import Action
from risks.models import Risk
print(f"{BoardPage.objects.count():,} boards, {MeetingPage.objects.count():,} meetings, "
      f"{AgendaItem.objects.count():,} agenda items, {PaperPage.objects.count():,} papers, "
      f"{Action.objects.count():,} actions ({Action.history.count():,} history rows), "
      f"{Risk.objects.count():,} risks")
"""


def write_outputs(results: list[Result], database: str, counts: str, args) -> None:
    records = []
    if RESULTS.exists():
        records = [r for r in json.loads(RESULTS.read_text()) if r.get("database") != database]
    records.extend(asdict(r) for r in results)
    RESULTS.write_text(json.dumps(records, indent=2) + "\n")

    when = datetime.datetime.now(datetime.UTC).strftime("%d %B %Y %H:%M UTC")
    cpu = os.cpu_count()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [
        f"### {database}",
        "",
        f"Measured {when} by `bench/run{' --quick' if args.quick else ''}` on {platform.node()}"
        f" ({cpu} CPUs, load average {load}; Python {platform.python_version()}), gunicorn with 2"
        f" sync workers keeping their database connections, {args.clients} client processes on"
        f" the same machine. Dataset: {counts}.",
        "",
        "| page | phase | median ms | p95 ms | req/s | queries | x Django floor"
        " | x Wagtail floor |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.phase}{' (from cache)' if r.cached else ''} | {r.median_ms} |"
            f" {r.p95_ms} | {r.rps} | {r.queries} | {r.ratio_to_django_floor} |"
            f" {r.ratio_to_wagtail_floor} |"
        )
    lines += ["", "| target | figure | met |", "| --- | --- | --- |"]
    for name, figure, met in verdicts(results, database):
        lines.append(f"| {name} | {figure} | {'met' if met else '**not met**'} |")
    section = "\n".join(lines) + "\n"

    text = REPORT.read_text() if REPORT.exists() else "# Benchmarks\n"
    start, end = f"<!-- bench/run {database} -->", f"<!-- /bench/run {database} -->"
    block = f"{start}\n{section}{end}"
    if start in text:
        before, rest = text.split(start, 1)
        text = before + block + rest.split(end, 1)[1]
    else:
        heading = "## Pages under gunicorn (issue 9, `bench/run`)"
        if heading not in text:
            text = text.rstrip() + f"\n\n{heading}\n\n{PAGES_INTRO}\n"
        text = text.rstrip() + f"\n\n{block}\n"
    REPORT.write_text(text)


PAGES_INTRO = (
    "Server latency is the time the Django stack spent on the request (the bench middleware's"
    " Server-Timing header), so client and network overhead are excluded; requests per second"
    " are what the clients saw with 2 gunicorn workers on the same 2 CPUs as the clients. The"
    " floors are measured in the same run: a bare Django view returning as many bytes as the"
    " meeting page, and Wagtail serving a plain `Page` in the site's GOV.UK layout."
    " `bench/results.json` holds every figure."
)


def main() -> int:
    args = parse_args()
    url = database_url(args)
    database = "postgresql" if url.startswith("postgres") else "sqlite"
    print(f"Preparing {database} dataset ({url}) ...", flush=True)
    prepare(args, url)
    targets = discover(url)
    counts = dataset_counts(url)
    print(f"Dataset: {counts}", flush=True)
    results = []
    for page_cache in (False, True):
        print(f"Measuring, page cache {'on' if page_cache else 'off'} ...", flush=True)
        results += run_phase(url, args, targets, page_cache, database)
    write_outputs(results, database, counts, args)
    for r in results:
        print(
            f"{r.phase:9} {r.name:45} median {r.median_ms:8.2f} ms  p95 {r.p95_ms:8.2f} ms"
            f"  {r.rps:8.1f} req/s  {r.queries:3} queries"
        )
    for name, figure, met in verdicts(results, database):
        print(f"{'MET ' if met else 'MISS'} {name}: {figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
