"""`client.subscriptions`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._types import RequestOptions
from ..types import models, params


class SubscriptionsResource:
    """Methods of `client.subscriptions`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.SubscriptionsCreateBody],
    ) -> models.SubscriptionsCreateResponse:
        """Subscribe

        `POST /subscriptions`

        Args:
            url: `url` in the request body.
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
        check_body("create", body, params.SubscriptionsCreateBody)
        return self._core.request(
            "POST",
            "/subscriptions",
            json=body,
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
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.SubscriptionsCreateBody],
    ) -> models.SubscriptionsCreateResponse:
        """Subscribe

        `POST /subscriptions`

        Args:
            url: `url` in the request body.
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
        check_body("create", body, params.SubscriptionsCreateBody)
        return await self._core.request(
            "POST",
            "/subscriptions",
            json=body,
            cast_to=models.SubscriptionsCreateResponse,
            options=request_options,
        )
