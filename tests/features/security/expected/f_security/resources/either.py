"""`client.either`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class EitherResource:
    """Methods of `client.either`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get either

        Either a header key, or a bearer token and a query key together.

        `GET /either`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.either.list()
            ```
        """
        return self._core.request(
            "GET",
            "/either",
            auth=(("headerKey",), ("bearerAuth", "queryKey")),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncEitherResource:
    """Async methods of `client.either`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get either

        Either a header key, or a bearer token and a query key together.

        `GET /either`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.either.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/either",
            auth=(("headerKey",), ("bearerAuth", "queryKey")),
            cast_to=models.MeListResponse,
            options=request_options,
        )
