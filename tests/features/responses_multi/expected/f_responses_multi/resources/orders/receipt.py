"""`client.orders.receipt`: resource group."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, ResponseType, SyncCore
from ..._types import RequestOptions
from ...types import models


class ReceiptResource:
    """Methods of `client.orders.receipt`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Union[models.Order, str, bytes]:
        """Get receipt

        `GET /orders/{id}/receipt`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Union[models.Order, str, bytes]`: The receipt as data.

        Example:
            ```python
            client.orders.receipt.list(
                id="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/orders/{id}/receipt",
            path_params={"id": id},
            accept="application/json, text/plain, application/pdf",
            cast_to=ResponseType[typing.Union[models.Order, str, bytes]](
                typing.Union[models.Order, str, bytes],
                {200: models.Order, 203: str, 206: bytes},
            ),
            options=request_options,
        )


class AsyncReceiptResource:
    """Async methods of `client.orders.receipt`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Union[models.Order, str, bytes]:
        """Get receipt

        `GET /orders/{id}/receipt`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Union[models.Order, str, bytes]`: The receipt as data.

        Example:
            ```python
            await client.orders.receipt.list(
                id="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/orders/{id}/receipt",
            path_params={"id": id},
            accept="application/json, text/plain, application/pdf",
            cast_to=ResponseType[typing.Union[models.Order, str, bytes]](
                typing.Union[models.Order, str, bytes],
                {200: models.Order, 203: str, 206: bytes},
            ),
            options=request_options,
        )
