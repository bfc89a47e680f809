"""Start real Celery workers against Redis db 7 and the test database, and stop them again."""

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
BROKER = "redis://127.0.0.1:6379/7"


def flush_broker() -> None:
    """Only our own Redis database, never another helper's."""
    redis.Redis.from_url(BROKER).flushdb()


def database_url() -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgres://{s['USER']}{password}@{s['HOST']}:{s['PORT'] or 5432}/{s['NAME']}"


class Worker:
    """One `celery -A config worker` process on the queues production uses."""

    def __init__(self, name: str, log: Path):
        env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings.dev",
            DEBUG="0",
            DATABASE_URL=database_url(),
            CELERY_BROKER_URL=BROKER,
            # Production logs only failures; the tests read "received" and "succeeded" lines.
            CELERY_TRACE_LOG_LEVEL="INFO",
        )
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


def wait_for(condition: Callable[[], bool], timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise TimeoutError(f"timed out waiting for {what}")


def queue_drained(queues=("default",)) -> bool:
    client = redis.Redis.from_url(BROKER)
    pending = sum(client.llen(q) for q in queues)
    unacked = client.hlen("unacked")
    return pending == 0 and unacked == 0
