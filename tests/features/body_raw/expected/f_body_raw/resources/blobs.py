"""`client.blobs`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions


class BlobsResource:
    """Methods of `client.blobs`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def update(
        self,
        *,
        name: str,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Put blob

        `PUT /blobs/{name}`

        Args:
            name: The `name` path parameter.
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.blobs.update(
                name="string",
                body=b"file content",
            )
            ```
        """
        self._core.request(
            "PUT",
            "/blobs/{name}",
            path_params={"name": name},
            content=body,
            content_type="application/octet-stream",
            cast_to=None,
            options=request_options,
        )


class AsyncBlobsResource:
    """Async methods of `client.blobs`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def update(
        self,
        *,
        name: str,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Put blob

        `PUT /blobs/{name}`

        Args:
            name: The `name` path parameter.
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.blobs.update(
                name="string",
                body=b"file content",
            )
            ```
        """
        await self._core.request(
            "PUT",
            "/blobs/{name}",
            path_params={"name": name},
            content=body,
            content_type="application/octet-stream",
            cast_to=None,
            options=request_options,
        )
