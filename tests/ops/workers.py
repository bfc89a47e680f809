"""Start real Celery workers against this run's own Redis and the test database, and stop them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import redis
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def flush_broker(url: str) -> None:
    """Empty the broker the test started itself (tests.redis_server), never a shared Redis."""
    client = redis.Redis.from_url(url)
    if client.connection_pool.connection_kwargs.get("port") == 6379:
        raise RuntimeError("refusing to empty a Redis on the standard port: use redis_server")
    client.flushdb()


def database_url() -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgres://{s['USER']}{password}@{s['HOST']}:{s['PORT'] or 5432}/{s['NAME']}"


class Worker:
    """One `celery -A config worker` process on the queues production uses."""

    def __init__(self, name: str, log: Path, broker: str, extra_env: dict[str, str] | None = None):
        env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings.dev",
            DEBUG="0",
            DATABASE_URL=database_url(),
            CELERY_BROKER_URL=broker,
            # Production logs only failures; the tests read "received" and "succeeded" lines.
            CELERY_TRACE_LOG_LEVEL="INFO",
        )
        env.update(extra_env or {})
        self.log_path = log
        self.log = log.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "-Q",
                "default,conversion,packs",
                "-c",
                "1",
                "-n",
                f"{name}@%h",
                "--without-mingle",
                "--without-gossip",
                "-l",
                "INFO",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def output(self) -> str:
        if not self.log.closed:
            self.log.flush()
        return self.log_path.read_text()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "ready." in self.output():
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited:\n{self.output()}")
            time.sleep(0.3)
        raise TimeoutError(f"worker not ready:\n{self.output()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()

    def processes(self) -> list[tuple[int, int, str]]:
        """(pid, parent pid, command line) of every process of this worker, pandoc included."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            state, ppid, session = fields[0], int(fields[1]), int(fields[3])
            if session == self.process.pid and state != "Z":
                found.append((int(entry.name), ppid, cmdline))
        return found

    def running(self, program: str) -> bool:
        """Whether one of this worker's processes is running `program` right now."""
        return any(program in cmdline for _pid, _ppid, cmdline in self.processes())

    def pool_process(self) -> int:
        """The pid of the (only) pool process, the one that runs tasks."""
        children = [pid for pid, ppid, _ in self.processes() if ppid == self.process.pid]
        if len(children) != 1:
            raise RuntimeError(f"expected one pool process, found {children}")
        return children[0]

    def kill(self) -> None:
        """SIGKILL the whole worker at once, as a lost machine or the OOM killer would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.log.close()


def wait_for(condition: Callable[[], bool], timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise TimeoutError(f"timed out waiting for {what}")


def queue_drained(broker: str, queues=("default",)) -> bool:
    client = redis.Redis.from_url(broker)
    pending = sum(client.llen(q) for q in queues)
    unacked = client.hlen("unacked")
    return pending == 0 and unacked == 0
