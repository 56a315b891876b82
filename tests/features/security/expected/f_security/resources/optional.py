"""`client.optional`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class OptionalResource:
    """Methods of `client.optional`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get optional

        A bearer token if you have one, anonymous otherwise.

        `GET /optional`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.optional.list()
            ```
        """
        return self._core.request(
            "GET",
            "/optional",
            auth=(("bearerAuth",), ()),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncOptionalResource:
    """Async methods of `client.optional`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get optional

        A bearer token if you have one, anonymous otherwise.

        `GET /optional`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.optional.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/optional",
            auth=(("bearerAuth",), ()),
            cast_to=models.MeListResponse,
            options=request_options,
        )
