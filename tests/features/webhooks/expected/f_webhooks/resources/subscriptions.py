"""`client.subscriptions`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class SubscriptionsResource:
    """Methods of `client.subscriptions`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        url: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.SubscriptionsCreateResponse:
        """create

        `POST /subscriptions`

        Args:
            url: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.SubscriptionsCreateResponse`: Subscribed.

        Example:
            ```python
            client.subscriptions.create(
                url="string",
            )
            ```
        """
        return self._core.request(
            "POST",
            "/subscriptions",
            json={
                "url": url,
            },
            cast_to=models.SubscriptionsCreateResponse,
            options=request_options,
        )


class AsyncSubscriptionsResource:
    """Async methods of `client.subscriptions`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        url: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.SubscriptionsCreateResponse:
        """create

        `POST /subscriptions`

        Args:
            url: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.SubscriptionsCreateResponse`: Subscribed.

        Example:
            ```python
            await client.subscriptions.create(
                url="string",
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/subscriptions",
            json={
                "url": url,
            },
            cast_to=models.SubscriptionsCreateResponse,
            options=request_options,
        )
