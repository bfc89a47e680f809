"""Stored files: renditions kept out of the old public folder, and one way of sending any file.

nginx serves no media folder by address: every file goes through a view that checks who may
have it. With QUORUM_SENDFILE on (production behind deploy/nginx.conf) the view answers with
`X-Accel-Redirect` to nginx's `internal` location, so nginx sends the bytes and Python never
reads them; with it off (development, tests, object storage) Django streams the file.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.http import FileResponse, HttpRequest, HttpResponse

# Wagtail writes renditions under images/, the folder earlier nginx configurations served to
# anyone. Quorum writes them here instead; papers/migrations moves the ones already written.
RENDITIONS_FOLDER = "renditions"
LEGACY_RENDITIONS_FOLDER = "images"


def accel_redirect_path(name: str) -> str:
    """The internal nginx address of a stored file (QUORUM_ACCEL_REDIRECT_PREFIX + its name)."""
    return settings.QUORUM_ACCEL_REDIRECT_PREFIX.rstrip("/") + "/" + quote(name.lstrip("/"))


def send_stored_file(
    request: HttpRequest,
    name: str,
    *,
    storage: Storage | None = None,
    content_type: str | None = None,
) -> HttpResponse:
    """The file after the caller's access check: handed to nginx, or streamed by Django."""
    content_type = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    storage = storage or storages["default"]
    if settings.QUORUM_SENDFILE:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = accel_redirect_path(name)
        return response
    return FileResponse(storage.open(name, "rb"), content_type=content_type)


def sendfile(request: HttpRequest, filename: str, **kwargs) -> HttpResponse:
    """SENDFILE_BACKEND for Wagtail's document view: the same switch for documents on disk."""
    from wagtail.utils import sendfile_streaming_backend

    if not settings.QUORUM_SENDFILE:
        return sendfile_streaming_backend.sendfile(request, filename, **kwargs)
    name = os.path.relpath(filename, settings.MEDIA_ROOT).replace(os.sep, "/")
    if name.startswith("../"):
        raise ValueError("Quorum only sends files from MEDIA_ROOT.")
    response = HttpResponse(content_type=kwargs.get("mimetype") or "application/octet-stream")
    response["X-Accel-Redirect"] = accel_redirect_path(name)
    return response


class RenditionStorage(Storage):
    """The default storage, with Wagtail's renditions named under renditions/, not images/.

    It looks the default storage up on every call, so it follows the settings (and the tests'
    changes to them) like every other file field does.
    """

    @property
    def target(self) -> Storage:
        return storages["default"]

    def generate_filename(self, filename: str) -> str:
        name = self.target.generate_filename(filename)
        folder, slash, rest = name.partition("/")
        if folder == LEGACY_RENDITIONS_FOLDER and slash:
            return f"{RENDITIONS_FOLDER}/{rest}"
        return name

    def open(self, name, mode="rb"):
        return self.target.open(name, mode)

    def save(self, name, content, max_length=None):
        return self.target.save(name, content, max_length=max_length)

    def get_valid_name(self, name):
        return self.target.get_valid_name(name)

    def get_alternative_name(self, file_root, file_ext):
        return self.target.get_alternative_name(file_root, file_ext)

    def get_available_name(self, name, max_length=None):
        return self.target.get_available_name(name, max_length=max_length)

    def path(self, name):
        return self.target.path(name)

    def delete(self, name):
        return self.target.delete(name)

    def exists(self, name):
        return self.target.exists(name)

    def listdir(self, path):
        return self.target.listdir(path)

    def size(self, name):
        return self.target.size(name)

    def url(self, name):
        return self.target.url(name)

    def get_accessed_time(self, name):
        return self.target.get_accessed_time(name)

    def get_created_time(self, name):
        return self.target.get_created_time(name)

    def get_modified_time(self, name):
        return self.target.get_modified_time(name)


def relocate_renditions(rendition_model, storage: Storage | None = None) -> dict[str, int]:
    """Move every rendition out of images/ into renditions/, renaming its row to match.

    Safe to run again (after restoring an older backup, or once the last old web process has
    stopped): rows already moved are left alone. Files left in images/ that no row names are
    unreachable copies, possibly of exempt papers' images, so they are deleted.
    """
    storage = storage or storages["default"]
    legacy = f"{LEGACY_RENDITIONS_FOLDER}/"
    counts = {"moved": 0, "missing": 0, "orphans_deleted": 0}
    renditions = rendition_model.objects.filter(file__startswith=legacy).select_related("image")
    for rendition in renditions.iterator():
        old = rendition.file.name
        if not storage.exists(old):
            # Wagtail makes the rendition again on demand, under renditions/.
            _forget_cached(rendition)
            rendition.delete()
            counts["missing"] += 1
            continue
        with storage.open(old, "rb") as handle:
            new = storage.save(f"{RENDITIONS_FOLDER}/{old[len(legacy) :]}", handle)
        rendition_model.objects.filter(pk=rendition.pk).update(file=new)
        storage.delete(old)
        _forget_cached(rendition)
        counts["moved"] += 1
    counts["orphans_deleted"] = _delete_tree(storage, LEGACY_RENDITIONS_FOLDER)
    return counts


def _forget_cached(rendition) -> None:
    """Wagtail keeps rendition rows in the cache; a kept one would still name images/."""
    from django.core.cache import InvalidCacheBackendError, caches

    try:
        cache = caches["renditions"]
    except InvalidCacheBackendError:
        cache = caches["default"]
    # Wagtail's key (AbstractRendition.construct_cache_key), rebuilt so migrations can use it.
    image = rendition.image
    key = "wagtail-rendition-" + "-".join(
        [str(image.id), image.file_hash, rendition.focal_point_key, rendition.filter_spec]
    )
    # A cache that is down holds nothing to forget.
    with contextlib.suppress(Exception):
        cache.delete(key)


def _delete_tree(storage: Storage, folder: str) -> int:
    """Delete every file under a folder of the storage; the number deleted."""
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return 0
    deleted = 0
    for name in files:
        storage.delete(f"{folder}/{name}")
        deleted += 1
    for sub in folders:
        deleted += _delete_tree(storage, f"{folder}/{sub}")
    return deleted
