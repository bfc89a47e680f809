"""One archive holding the database and the media files, and the way back from it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.utils import timezone

FORMAT_VERSION = 1


class BackupError(Exception):
    """A backup or restore that could not be completed, in words an operator can act on."""


def _pg_env(db: dict) -> dict[str, str]:
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return env


def _pg_args(db: dict) -> list[str]:
    args = []
    if db.get("HOST"):
        args += ["-h", str(db["HOST"])]
    if db.get("PORT"):
        args += ["-p", str(db["PORT"])]
    if db.get("USER"):
        args += ["-U", str(db["USER"])]
    return args


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:2000]}")


def dump_database(db: dict, target: Path) -> str:
    """pg_dump (custom format) for PostgreSQL; a consistent file copy for SQLite."""
    engine = db["ENGINE"]
    if engine == "django.db.backends.postgresql":
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                *_pg_args(db),
                "-f",
                str(target),
                str(db["NAME"]),
            ],
            _pg_env(db),
        )
        return "postgresql"
    if engine == "django.db.backends.sqlite3":
        name = str(db["NAME"])
        if name == ":memory:" or name.startswith("file:"):
            raise BackupError("An in-memory SQLite database cannot be backed up.")
        source = sqlite3.connect(name)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # SQLite's online backup: consistent even while in use
        finally:
            copy.close()
            source.close()
        return "sqlite"
    raise BackupError(f"Backing up {engine} is not supported.")


def restore_database(db: dict, source: Path, vendor: str) -> None:
    """Load a dump into the given database, replacing what is there."""
    engine = db["ENGINE"]
    if vendor == "postgresql":
        if engine != "django.db.backends.postgresql":
            raise BackupError("This archive holds a PostgreSQL dump; restore it into PostgreSQL.")
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                *_pg_args(db),
                "-d",
                str(db["NAME"]),
                str(source),
            ],
            _pg_env(db),
        )
        return
    if vendor == "sqlite":
        if engine != "django.db.backends.sqlite3":
            raise BackupError("This archive holds a SQLite database; restore it into SQLite.")
        shutil.copyfile(source, db["NAME"])
        return
    raise BackupError(f"Unknown database kind in archive: {vendor}")


def create_backup(db: dict, media_root: Path | None, output: Path) -> dict:
    """Write database and media into one .tar.gz with a manifest; returns the manifest."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vendor = dump_database(db, work / "database.dump")
        media_files = 0
        if media_root and Path(media_root).is_dir():
            media_files = sum(1 for p in Path(media_root).rglob("*") if p.is_file())
        manifest = {
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "database": vendor,
            "media_files": media_files,
        }
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2))
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(work / "manifest.json", arcname="manifest.json")
            archive.add(work / "database.dump", arcname="database.dump")
            if media_files:
                archive.add(media_root, arcname="media")
        partial.replace(output)  # never leave a half-written archive under the real name
    return manifest


def restore_backup(archive_path: Path, db: dict, media_root: Path | None) -> dict:
    """Restore database and media from an archive made by create_backup."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with tarfile.open(archive_path, "r:gz") as archive:
            archive.extractall(work, filter="data")  # refuses absolute paths and links out
        manifest_path = work / "manifest.json"
        if not manifest_path.exists():
            raise BackupError("Not a Quorum backup: the archive has no manifest.json.")
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"Unsupported backup format {manifest.get('format')!r}.")
        restore_database(db, work / "database.dump", manifest["database"])
        if media_root and (work / "media").is_dir():
            shutil.copytree(work / "media", media_root, dirs_exist_ok=True)
    return manifest
