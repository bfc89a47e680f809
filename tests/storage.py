"""Test file storage: in memory, and like the S3 storage production may use, with no local paths."""

from __future__ import annotations

import os

from django.core.files.storage import InMemoryStorage
from django.core.files.storage.memory import InMemoryDirNode

# One tree per test process. Django builds a new storage object whenever a test changes
# STORAGES or MEDIA_ROOT; the demo's documents, loaded once per run, must outlive that.
_SHARED_ROOT = InMemoryDirNode()


class InMemoryRemoteStorage(InMemoryStorage):
    """Files live in memory; like a remote store it hands out no filesystem path.

    Django's InMemoryStorage answers `path()` with a path under MEDIA_ROOT where nothing
    exists, so Wagtail's document view tried to send that file and answered 404. Without a
    path, Wagtail streams the stored bytes, as it does from S3.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._root = _SHARED_ROOT
        self._resolve(self.base_location, create_if_missing=True, leaf_cls=InMemoryDirNode)

    def path(self, name: str) -> str:
        raise NotImplementedError("In-memory files have no filesystem path.")

    def _relative_path(self, name: str) -> str:
        # The in-memory tree is keyed by the path the parent class would have given.
        return os.path.relpath(InMemoryStorage.path(self, name), self.location)
