"""`client.public`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class PublicResource:
    """Methods of `client.public`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get public

        `GET /public`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.public.list()
            ```
        """
        return self._core.request(
            "GET",
            "/public",
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncPublicResource:
    """Async methods of `client.public`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get public

        `GET /public`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.public.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/public",
            cast_to=models.MeListResponse,
            options=request_options,
        )
