"""Minutes documents to text: a guarded pandoc run (to swap for the shared papers conversion)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import zipfile
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024
MAX_ZIP_ENTRIES = 2000
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200
TIMEOUT_SECONDS = 30
FORMATS = {".docx": "docx", ".odt": "odt"}


class ConversionError(Exception):
    """A minutes file Quorum cannot read, with the reason in words a clerk can act on."""


def _name(uploaded_file) -> str:
    return Path(getattr(uploaded_file, "name", "") or "").name


def _check_zip(path: str) -> None:
    """Word and OpenDocument files are zip archives: refuse corrupt ones and zip bombs."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise ConversionError("The file holds too many parts to be a minutes document.")
            total = sum(entry.file_size for entry in entries)
            packed = sum(entry.compress_size for entry in entries) or 1
            if total > MAX_UNZIPPED_BYTES or total / packed > MAX_RATIO:
                raise ConversionError("The file expands to far more than a minutes document would.")
    except zipfile.BadZipFile as exc:
        raise ConversionError(
            "The file is damaged or is not really a Word (.docx) or OpenDocument (.odt) file. "
            "Open it in Word, save it again as .docx, and upload that."
        ) from exc


def document_to_text(uploaded_file) -> str:
    """Convert an uploaded .docx or .odt to GitHub-flavoured markdown text, or say why not."""
    import pypandoc

    name = _name(uploaded_file)
    suffix = Path(name).suffix.lower()
    if suffix not in FORMATS:
        raise ConversionError(
            f"“{name or 'The file'}” is not a .docx or .odt file. Save the minutes from Word as "
            ".docx (or paste the text instead)."
        )
    size = getattr(uploaded_file, "size", None)
    if size is not None and size > MAX_BYTES:
        raise ConversionError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    with tempfile.TemporaryDirectory(prefix="quorum-minutes-") as folder:
        path = os.path.join(folder, f"minutes{suffix}")
        written = 0
        with open(path, "wb") as out:
            chunks = (
                uploaded_file.chunks()
                if hasattr(uploaded_file, "chunks")
                else [uploaded_file.read()]
            )
            for chunk in chunks:
                written += len(chunk)
                if written > MAX_BYTES:
                    raise ConversionError(
                        f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB."
                    )
                out.write(chunk)
        if written == 0:
            raise ConversionError("The file is empty.")
        _check_zip(path)
        command = [
            pypandoc.get_pandoc_path(),
            "--sandbox",
            "--from",
            FORMATS[suffix],
            "--to",
            "gfm",
            "--wrap=none",
            path,
        ]
        try:
            result = subprocess.run(
                command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False, cwd=folder
            )
        except subprocess.TimeoutExpired as exc:
            raise ConversionError(
                "Reading the file took too long. Try saving it again from Word, or paste the text."
            ) from exc
    if result.returncode != 0:
        raise ConversionError(
            "The file could not be read as minutes. Open it in Word, save it again as .docx, "
            "and upload that (or paste the text)."
        )
    text = result.stdout.decode("utf-8", errors="replace")
    if not text.strip():
        raise ConversionError("The file has no text in it.")
    return text
