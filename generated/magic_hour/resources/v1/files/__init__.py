"""`client.v1.files`: resource group."""

from __future__ import annotations

import functools
import typing

from ...._base_client import AsyncCore, SyncCore
from ...._jobs import Call
from ...._types import RequestOptions
from ...._uploads import FileArg, Uploads
from ....types import enums

if typing.TYPE_CHECKING:
    from .upload_urls import AsyncUploadUrlsResource, UploadUrlsResource

_UPLOADS = Uploads(
    Call("resources.v1.files.upload_urls", "UploadUrlsResource", "create"),
    items_arg="items",
    kind_key="type_",
    extension_key="extension",
    items_attr="items",
    url_attr="upload_url",
    path_attr="file_path",
    kind=enums.V1FilesUploadUrlsCreateBodyItemsItemTypeEnum,
    targets={},
)


class FilesResource:
    """Methods of `client.v1.files`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @functools.cached_property
    def upload_urls(self) -> UploadUrlsResource:
        from .upload_urls import UploadUrlsResource

        return UploadUrlsResource(self._core)

    def upload_file(
        self,
        file: FileArg,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> str:
        """Upload one local file; returns the path to pass as an asset

        Asks the API for an upload URL (the upload resource's `create()`), then
        sends the file's bytes there, without the API's credentials. The file's extension says what kind
        of asset it is.

        Args:
            file: A path, or a file opened in binary mode from a path (its `name`).
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            The uploaded file's path: pass it wherever a request takes a file path.

        Example:
            ```python
            client.v1.files.upload_file(file="image.png")
            ```
        """
        return _UPLOADS.upload_file(self._core, file, request_options)


class AsyncFilesResource:
    """Async methods of `client.v1.files`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @functools.cached_property
    def upload_urls(self) -> AsyncUploadUrlsResource:
        from .upload_urls import AsyncUploadUrlsResource

        return AsyncUploadUrlsResource(self._core)

    async def upload_file(
        self,
        file: FileArg,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> str:
        """Upload one local file; returns the path to pass as an asset

        Asks the API for an upload URL (the upload resource's `create()`), then
        sends the file's bytes there, without the API's credentials. The file's extension says what kind
        of asset it is.

        Args:
            file: A path, or a file opened in binary mode from a path (its `name`).
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            The uploaded file's path: pass it wherever a request takes a file path.

        Example:
            ```python
            await client.v1.files.upload_file(file="image.png")
            ```
        """
        return await _UPLOADS.aupload_file(self._core, file, request_options)
