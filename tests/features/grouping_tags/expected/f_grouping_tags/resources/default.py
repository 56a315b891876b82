"""`client.default`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class DefaultResource:
    """Methods of `client.default`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def get_v1_health(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """get_v1_health

        No tag and no operationId.

        `GET /v1/health`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            client.default.get_v1_health()
            ```
        """
        return self._core.request(
            "GET",
            "/v1/health",
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )


class AsyncDefaultResource:
    """Async methods of `client.default`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def get_v1_health(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """get_v1_health

        No tag and no operationId.

        `GET /v1/health`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            await client.default.get_v1_health()
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/health",
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )
