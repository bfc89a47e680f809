"""A backup restores into a fresh database with every board, meeting, action and history row."""

import io
import sqlite3
import tarfile
import uuid

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from actions.models import Action, ProgressNote
from boards.models import AgendaItem, BoardPage, MeetingPage, MinutesPage, Resolution
from ops.backup import BackupError, create_backup, restore_backup


def admin_connection():
    s = connection.settings_dict
    return psycopg.connect(
        host=s["HOST"],
        port=s["PORT"] or 5432,
        user=s["USER"],
        password=s["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


@pytest.fixture
def fresh_database():
    """An empty database of this test's own (a new name every run), dropped at the end."""
    name = f"quorum_restore_{uuid.uuid4().hex[:12]}"
    with admin_connection() as admin:
        admin.execute(f"CREATE DATABASE {name}")  # fails rather than reuse someone's database
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s["PASSWORD"] else ""
    try:
        yield f"postgres://{s['USER']}{password}@{s['HOST']}:{s['PORT'] or 5432}/{name}"
    finally:
        with admin_connection() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


TRACKED = [
    BoardPage,
    MeetingPage,
    MinutesPage,
    AgendaItem,
    Resolution,
    Action,
    Action.history.model,
    ProgressNote,
    ProgressNote.history.model,
]


@pytest.mark.postgres
@pytest.mark.django_db
def test_restore_into_a_fresh_database_finds_every_row(demo, fresh_database, tmp_path, settings):
    from wagtail.models import Revision

    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "ctb-2014-07-21-minutes.pdf").write_bytes(b"%PDF-1.4 signed minutes")
    settings.MEDIA_ROOT = media
    expected = {model._meta.db_table: model.objects.count() for model in [*TRACKED, Revision]}
    assert expected[Action._meta.db_table] > 0, "the demo must hold actions to prove anything"
    assert expected[Action.history.model._meta.db_table] >= expected[Action._meta.db_table]
    references = set(Action.objects.values_list("reference", flat=True))

    archive = tmp_path / "quorum.tar.gz"
    out = io.StringIO()
    call_command("quorum_backup", output=str(archive), stdout=out)
    assert "1 media files" in out.getvalue()

    restored_media = tmp_path / "restored-media"
    call_command(
        "quorum_restore",
        str(archive),
        database_url=fresh_database,
        media_root=str(restored_media),
        yes=True,
        stdout=io.StringIO(),
    )
    with psycopg.connect(fresh_database) as restored:
        found = {
            table: restored.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in expected
        }
        restored_refs = {
            row[0] for row in restored.execute("SELECT reference FROM actions_action").fetchall()
        }
        reasons = restored.execute(
            "SELECT count(*) FROM actions_historicalaction WHERE history_change_reason <> ''"
        ).fetchone()[0]
    assert found == expected
    assert restored_refs == references
    assert reasons == Action.history.exclude(history_change_reason="").count()
    restored_file = restored_media / "documents" / "ctb-2014-07-21-minutes.pdf"
    assert restored_file.read_bytes() == b"%PDF-1.4 signed minutes"


def test_sqlite_databases_are_copied_whole(tmp_path):
    live = tmp_path / "live.sqlite3"
    with sqlite3.connect(live) as db:
        db.execute("CREATE TABLE actions_action (reference text)")
        db.executemany("INSERT INTO actions_action VALUES (?)", [("CTB/A1",), ("CTB/A2",)])
    archive = tmp_path / "backup.tar.gz"
    manifest = create_backup(
        {"ENGINE": "django.db.backends.sqlite3", "NAME": str(live)}, None, archive
    )
    assert manifest["database"] == "sqlite"
    target = tmp_path / "restored.sqlite3"
    restore_backup(archive, {"ENGINE": "django.db.backends.sqlite3", "NAME": str(target)}, None)
    with sqlite3.connect(target) as db:
        rows = db.execute("SELECT reference FROM actions_action ORDER BY 1").fetchall()
    assert rows == [("CTB/A1",), ("CTB/A2",)]


def test_restore_needs_confirmation(tmp_path):
    archive = tmp_path / "x.tar.gz"
    archive.write_bytes(b"")
    with pytest.raises(CommandError, match="--yes"):
        call_command("quorum_restore", str(archive))


def test_an_archive_that_is_not_a_backup_is_refused(tmp_path):
    archive = tmp_path / "other.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("notes.txt")
        tar.addfile(info, io.BytesIO(b""))
    with pytest.raises(BackupError, match="no manifest"):
        restore_backup(archive, {"ENGINE": "django.db.backends.sqlite3", "NAME": "x"}, None)


def test_an_archive_escaping_its_folder_is_refused(tmp_path):
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("../../etc/quorum-owned")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"bad"))
    with pytest.raises(tarfile.OutsideDestinationError):
        restore_backup(archive, {"ENGINE": "django.db.backends.sqlite3", "NAME": "x"}, None)
    assert not (tmp_path.parent.parent / "etc" / "quorum-owned").exists()


def test_an_in_memory_database_cannot_be_backed_up(tmp_path):
    with pytest.raises(BackupError, match="in-memory"):
        create_backup(
            {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}, None, tmp_path / "a"
        )
