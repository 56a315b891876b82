"""`client.files`: resource group."""

from __future__ import annotations

import uuid
import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import enums


class FilesResource:
    """Methods of `client.files`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return FilesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return FilesResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        file_id: typing.Union[uuid.UUID, str],
        ext: typing.Union[enums.FilesGetExtEnum, enums.FilesGetExtEnumLiteral],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> str:
        """Get file

        `GET /files/{fileId}.{ext}`

        Args:
            file_id: The `fileId` path parameter.
            ext: The `ext` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `str`: The file.

        Example:
            ```python
            client.files.get(
                file_id="00000000-0000-4000-8000-000000000000",
                ext="json",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/files/{fileId}.{ext}",
            path_params={"fileId": file_id, "ext": ext},
            accept="text/plain",
            cast_to=str,
            options=request_options,
        )


class FilesResourceWithRawResponse:
    """`client.files.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: FilesResource) -> None:
        self.get = to_raw_response(resource.get)


class FilesResourceWithStreamingResponse:
    """`client.files.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: FilesResource) -> None:
        self.get = to_streamed_response(resource.get)


class AsyncFilesResource:
    """Async methods of `client.files`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncFilesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncFilesResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        file_id: typing.Union[uuid.UUID, str],
        ext: typing.Union[enums.FilesGetExtEnum, enums.FilesGetExtEnumLiteral],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> str:
        """Get file

        `GET /files/{fileId}.{ext}`

        Args:
            file_id: The `fileId` path parameter.
            ext: The `ext` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `str`: The file.

        Example:
            ```python
            await client.files.get(
                file_id="00000000-0000-4000-8000-000000000000",
                ext="json",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/files/{fileId}.{ext}",
            path_params={"fileId": file_id, "ext": ext},
            accept="text/plain",
            cast_to=str,
            options=request_options,
        )


class AsyncFilesResourceWithRawResponse:
    """`client.files.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.get = async_to_raw_response(resource.get)


class AsyncFilesResourceWithStreamingResponse:
    """`client.files.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.get = async_to_streamed_response(resource.get)
