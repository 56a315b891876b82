"""`client.me`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class MeResource:
    """Methods of `client.me`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get me

        Uses the document's default (bearer).

        `GET /me`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.me.list()
            ```
        """
        return self._core.request(
            "GET",
            "/me",
            auth=(("bearerAuth",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncMeResource:
    """Async methods of `client.me`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get me

        Uses the document's default (bearer).

        `GET /me`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.me.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/me",
            auth=(("bearerAuth",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )
