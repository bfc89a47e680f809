"""The deployment files say what docs/deploy.md promises: no media from disk, one beat."""

import re
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_nginx_caps_uploads_and_sets_the_client_address():
    conf = (DEPLOY / "nginx.conf").read_text()
    assert re.search(r"client_max_body_size \d+m;", conf)
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in conf


def test_nginx_serves_no_media_folder_by_address():
    """Only static files come from disk directly; media only through Django's access check."""
    from tests.nginx import location_for, locations, reachable_from_disk

    from_disk = [b.path for b in locations() if b.serves_disk and not b.internal]
    assert from_disk == ["/static/"]
    for path in (
        "/media/images/paper-12-1.original.png",  # where Wagtail used to write renditions
        "/media/renditions/paper-12-1.max-165x165.png",
        "/media/original_images/paper-12-1.png",
        "/media/documents/placements.pdf",
        "/media/packs/meeting-members.pdf",
        "/documents/4/placements.pdf",
        "/papers/images/7/",
    ):
        assert not reachable_from_disk(path), path
        assert location_for(path).proxied, path


def test_the_internal_location_is_where_django_sends_files():
    """X-Accel-Redirect targets exist, are internal, and map to the media folder."""
    from django.conf import settings

    from tests.nginx import location_for

    target = location_for(settings.QUORUM_ACCEL_REDIRECT_PREFIX + "renditions/x.png")
    assert target.internal
    assert target.path == settings.QUORUM_ACCEL_REDIRECT_PREFIX
    assert target.directive("alias") == "/srv/quorum/var/media/"


def test_there_is_exactly_one_beat_and_workers_serve_every_queue():
    units = {p.name: p.read_text() for p in (DEPLOY / "systemd").iterdir()}
    beats = [name for name, text in units.items() if " beat" in text and "ExecStart" in text]
    assert beats == ["quorum-beat.service"]
    assert "default,conversion,packs" in units["quorum-worker@.service"]
    procfile = (DEPLOY / "Procfile").read_text().splitlines()
    assert [line.split(":")[0] for line in procfile] == ["release", "web", "worker", "beat"]
    assert sum("celery -A config beat" in line for line in procfile) == 1


def test_the_worker_queues_match_the_routes():
    from django.conf import settings

    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}
    assert routed | {settings.CELERY_TASK_DEFAULT_QUEUE} == {"default", "conversion", "packs"}


def test_the_web_entry_point_freezes_what_lives_as_long_as_the_worker():
    """A full garbage collection must not walk Django's and Wagtail's startup objects."""
    import gc
    import importlib

    import config.wsgi

    gc.unfreeze()
    try:
        importlib.reload(config.wsgi)
        assert gc.get_freeze_count() > 100_000
    finally:
        gc.unfreeze()


def test_gunicorn_listens_only_on_loopback_or_a_socket():
    """Reached directly, gunicorn would let anyone forge X-Forwarded-For: only nginx may call it."""
    binds = []
    for line in (DEPLOY / "Procfile").read_text().splitlines():
        if "gunicorn" in line:
            binds += re.findall(r"--bind[ =](\S+)", line)
    for text in (p.read_text() for p in (DEPLOY / "systemd").iterdir()):
        if "gunicorn" in text:
            binds += re.findall(r"--bind[ =](\S+)", text)
    assert len(binds) >= 2
    for bind in binds:
        assert bind.startswith(("127.0.0.1:", "[::1]:", "unix:")), bind
    upstream = re.search(
        r"upstream quorum_web \{(.*?)\}", (DEPLOY / "nginx.conf").read_text(), re.S
    )
    servers = re.findall(r"^\s*server (\S+)", upstream.group(1), re.M)
    assert servers and all(s.startswith(("127.0.0.1:", "unix:")) for s in servers)
