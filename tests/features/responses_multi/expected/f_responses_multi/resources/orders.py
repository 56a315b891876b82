"""`client.orders`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, ResponseType, SyncCore
from .._types import RequestOptions
from ..types import models


class OrdersResource:
    """Methods of `client.orders`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        item: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Union[models.Order, models.Queued]:
        """create

        `POST /orders`

        Args:
            item: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Union[models.Order, models.Queued]`: Created now.

        Example:
            ```python
            client.orders.create(
                item="string",
            )
            ```
        """
        return self._core.request(
            "POST",
            "/orders",
            json={
                "item": item,
            },
            errors={
                "400": models.ValidationError,
                "409": models.Conflict,
                "5XX": models.Problem,
                "default": models.Problem,
            },
            cast_to=ResponseType[typing.Union[models.Order, models.Queued]](
                typing.Union[models.Order, models.Queued],
                {201: models.Order, 202: models.Queued},
            ),
            options=request_options,
        )

    def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Optional[models.Order]:
        """get

        `GET /orders/{id}`

        Args:
            id: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Optional[models.Order]`: The order.

        Example:
            ```python
            client.orders.get(
                id="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/orders/{id}",
            path_params={
                "id": id,
            },
            errors={
                "404": models.NotFoundBody,
            },
            cast_to=ResponseType[typing.Optional[models.Order]](
                typing.Optional[models.Order], {200: models.Order, 204: None}
            ),
            options=request_options,
        )


class AsyncOrdersResource:
    """Async methods of `client.orders`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        item: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Union[models.Order, models.Queued]:
        """create

        `POST /orders`

        Args:
            item: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Union[models.Order, models.Queued]`: Created now.

        Example:
            ```python
            await client.orders.create(
                item="string",
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/orders",
            json={
                "item": item,
            },
            errors={
                "400": models.ValidationError,
                "409": models.Conflict,
                "5XX": models.Problem,
                "default": models.Problem,
            },
            cast_to=ResponseType[typing.Union[models.Order, models.Queued]](
                typing.Union[models.Order, models.Queued],
                {201: models.Order, 202: models.Queued},
            ),
            options=request_options,
        )

    async def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Optional[models.Order]:
        """get

        `GET /orders/{id}`

        Args:
            id: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Optional[models.Order]`: The order.

        Example:
            ```python
            await client.orders.get(
                id="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/orders/{id}",
            path_params={
                "id": id,
            },
            errors={
                "404": models.NotFoundBody,
            },
            cast_to=ResponseType[typing.Optional[models.Order]](
                typing.Optional[models.Order], {200: models.Order, 204: None}
            ),
            options=request_options,
        )
