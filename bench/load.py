"""A bounded load test: mixed public reads plus action updates, stops by itself, loopback only.

Usage: python bench/load.py --base-url http://127.0.0.1:8107 --duration 600 --concurrency 8 \
           --username bench --password bench-pass --watch-pids 123,456
Prints requests, errors, p50/p95/p99 latency, and the RSS of each watched process over time.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import random
import re
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HREF = re.compile(r'href="(/[^"#?]*)"')
VERSION = re.compile(r'name="version" value="(\d+)"')


def opener() -> tuple[urllib.request.OpenerDirector, http.cookiejar.CookieJar]:
    jar = http.cookiejar.CookieJar()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect), jar


def fetch(op, url: str, data: dict | None = None, headers: dict | None = None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers=headers or {})
    started = time.monotonic()
    try:
        with op.open(request, timeout=30) as response:
            payload = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        payload, status = error.read(), error.code
    return status, payload.decode("utf-8", "replace"), time.monotonic() - started


def crawl(base: str) -> list[str]:
    """Public URLs a visitor reaches from the home page in two clicks."""
    op, _ = opener()
    seen, frontier = {"/"}, ["/"]
    for _depth in range(2):
        nxt = []
        for path in frontier:
            status, html, _ = fetch(op, base + path)
            if status != 200:
                continue
            for link in HREF.findall(html):
                if link.startswith(("/admin", "/django-admin", "/static", "/documents")):
                    continue
                if link not in seen:
                    seen.add(link)
                    nxt.append(link)
        frontier = nxt
    return sorted(seen)


def login(base: str, username: str, password: str):
    op, jar = opener()
    fetch(op, base + "/admin/login/")
    token = next(c.value for c in jar if c.name == "csrftoken")
    status, _, _ = fetch(
        op,
        base + "/admin/login/",
        {"username": username, "password": password, "csrfmiddlewaretoken": token},
        {"Referer": base + "/admin/login/"},
    )
    if status != 302:
        raise SystemExit(f"login failed with {status}")
    return op, jar


def rss_kb(pid: int) -> int:
    """Resident memory of a process and its children (gunicorn/celery pools), in kB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        status = Path(f"/proc/{p}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", default="http://127.0.0.1:8107")
    parser.add_argument("--duration", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--update-share", type=float, default=0.1)
    parser.add_argument("--username", default="bench")
    parser.add_argument("--password", default="bench-pass")
    parser.add_argument("--watch-pids", default="")
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    base = args.base_url.rstrip("/")
    if urllib.parse.urlparse(base).hostname not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit("loopback only")
    urls = crawl(base)
    action_urls = [u for u in urls if re.fullmatch(r"/actions/\d+/", u)]
    print(f"{len(urls)} public URLs, {len(action_urls)} action pages")
    deadline = time.monotonic() + args.duration
    lock = threading.Lock()
    latencies: list[float] = []
    outcomes: dict[str, int] = {}
    pids = [int(p) for p in args.watch_pids.split(",") if p]
    memory: list[dict] = []

    def record(kind: str, status: int, seconds: float) -> None:
        with lock:
            latencies.append(seconds)
            key = f"{kind} {status}"
            outcomes[key] = outcomes.get(key, 0) + 1

    def visitor(n: int) -> None:
        rng = random.Random(n)
        op, _ = opener()
        updater = login(base, args.username, args.password) if action_urls else None
        while time.monotonic() < deadline:
            if updater and rng.random() < args.update_share:
                uop, jar = updater
                url = base + rng.choice(action_urls)
                status, html, seconds = fetch(uop, url)
                record("GET action", status, seconds)
                match = VERSION.search(html)
                if not match:
                    continue
                token = next(c.value for c in jar if c.name == "csrftoken")
                status, _, seconds = fetch(
                    uop,
                    url,
                    {
                        "status": rng.choice(["open", "in_progress"]),
                        "note": f"Load test note {n}",
                        "version": match.group(1),
                        "csrfmiddlewaretoken": token,
                    },
                    {"Referer": url},
                )
                record("POST update", status, seconds)
            else:
                status, _, seconds = fetch(op, base + rng.choice(urls))
                record("GET public", status, seconds)

    def watcher() -> None:
        start = time.monotonic()
        while time.monotonic() < deadline:
            memory.append(
                {"t": round(time.monotonic() - start), **{str(p): rss_kb(p) for p in pids}}
            )
            time.sleep(10)

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(args.concurrency)]
    threads.append(threading.Thread(target=watcher))
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000, 1)

    errors = sum(v for k, v in outcomes.items() if int(k.split()[-1]) >= 500)
    result = {
        "duration_s": round(elapsed),
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "errors_5xx": errors,
        "outcomes": outcomes,
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "mean_ms": round(statistics.mean(latencies) * 1000, 1),
        "memory_kb": memory,
    }
    print(json.dumps(result, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
