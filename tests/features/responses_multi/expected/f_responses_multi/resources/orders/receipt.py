"""`client.orders.receipt`: resource group."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, ResponseType, SyncCore
from ..._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ..._types import RequestOptions
from ...types import models


class ReceiptResource:
    """Methods of `client.orders.receipt`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ReceiptResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ReceiptResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ReceiptResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ReceiptResourceWithStreamingResponse(self)

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


class ReceiptResourceWithRawResponse:
    """`client.orders.receipt.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ReceiptResource) -> None:
        self.list = to_raw_response(resource.list)


class ReceiptResourceWithStreamingResponse:
    """`client.orders.receipt.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ReceiptResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncReceiptResource:
    """Async methods of `client.orders.receipt`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncReceiptResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncReceiptResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncReceiptResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncReceiptResourceWithStreamingResponse(self)

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


class AsyncReceiptResourceWithRawResponse:
    """`client.orders.receipt.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncReceiptResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncReceiptResourceWithStreamingResponse:
    """`client.orders.receipt.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncReceiptResource) -> None:
        self.list = async_to_streamed_response(resource.list)
