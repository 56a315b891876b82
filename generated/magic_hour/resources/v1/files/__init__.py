"""`client.v1.files`: resource group."""

from __future__ import annotations

import functools
import typing

from ...._base_client import AsyncCore, SyncCore

if typing.TYPE_CHECKING:
    from .upload_urls import AsyncUploadUrlsResource, UploadUrlsResource


class FilesResource:
    """Methods of `client.v1.files`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @functools.cached_property
    def upload_urls(self) -> UploadUrlsResource:
        from .upload_urls import UploadUrlsResource

        return UploadUrlsResource(self._core)


class AsyncFilesResource:
    """Async methods of `client.v1.files`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @functools.cached_property
    def upload_urls(self) -> AsyncUploadUrlsResource:
        from .upload_urls import AsyncUploadUrlsResource

        return AsyncUploadUrlsResource(self._core)
