"""`client.images`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class ImagesResource:
    """Methods of `client.images`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ImagesCreateResponse:
        """Upload image

        `POST /images`

        Args:
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ImagesCreateResponse`: Stored.

        Example:
            ```python
            client.images.create(
                body=b"file content",
            )
            ```
        """
        return self._core.request(
            "POST",
            "/images",
            content=body,
            content_type="image/png",
            cast_to=models.ImagesCreateResponse,
            options=request_options,
        )


class AsyncImagesResource:
    """Async methods of `client.images`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ImagesCreateResponse:
        """Upload image

        `POST /images`

        Args:
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ImagesCreateResponse`: Stored.

        Example:
            ```python
            await client.images.create(
                body=b"file content",
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/images",
            content=body,
            content_type="image/png",
            cast_to=models.ImagesCreateResponse,
            options=request_options,
        )
