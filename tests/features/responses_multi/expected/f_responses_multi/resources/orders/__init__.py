"""`client.orders`: resource group."""

from __future__ import annotations

import functools
import typing

import typing_extensions

from ..._base_client import AsyncCore, ResponseType, SyncCore, check_body
from ..._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ..._types import RequestOptions
from ...types import models, params

if typing.TYPE_CHECKING:
    from .receipt import AsyncReceiptResource, ReceiptResource

_ERRORS: typing.Dict[str, object] = {
    "400": models.ValidationError,
    "409": models.Conflict,
    "5XX": models.Problem,
    "default": models.Problem,
}
_ERRORS_2: typing.Dict[str, object] = {
    "404": models.NotFoundBody,
}


class OrdersResource:
    """Methods of `client.orders`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return OrdersResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> OrdersResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return OrdersResourceWithStreamingResponse(self)

    @functools.cached_property
    def receipt(self) -> ReceiptResource:
        from .receipt import ReceiptResource

        return ReceiptResource(self._core)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.OrdersCreateBody],
    ) -> typing.Union[models.Order, models.Queued]:
        """Create order

        `POST /orders`

        Args:
            item: `item` in the request body.
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
        check_body("create", body, params.OrdersCreateBody)
        return self._core.request(
            "POST",
            "/orders",
            json=body,
            errors=_ERRORS,
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
        """Get order

        `GET /orders/{id}`

        Args:
            id: The `id` path parameter.
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
            path_params={"id": id},
            errors=_ERRORS_2,
            cast_to=ResponseType[typing.Optional[models.Order]](
                typing.Optional[models.Order], {200: models.Order, 204: None}
            ),
            options=request_options,
        )


class OrdersResourceWithRawResponse:
    """`client.orders.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: OrdersResource) -> None:
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)


class OrdersResourceWithStreamingResponse:
    """`client.orders.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: OrdersResource) -> None:
        self.create = to_streamed_response(resource.create)
        self.get = to_streamed_response(resource.get)


class AsyncOrdersResource:
    """Async methods of `client.orders`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncOrdersResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncOrdersResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncOrdersResourceWithStreamingResponse(self)

    @functools.cached_property
    def receipt(self) -> AsyncReceiptResource:
        from .receipt import AsyncReceiptResource

        return AsyncReceiptResource(self._core)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.OrdersCreateBody],
    ) -> typing.Union[models.Order, models.Queued]:
        """Create order

        `POST /orders`

        Args:
            item: `item` in the request body.
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
        check_body("create", body, params.OrdersCreateBody)
        return await self._core.request(
            "POST",
            "/orders",
            json=body,
            errors=_ERRORS,
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
        """Get order

        `GET /orders/{id}`

        Args:
            id: The `id` path parameter.
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
            path_params={"id": id},
            errors=_ERRORS_2,
            cast_to=ResponseType[typing.Optional[models.Order]](
                typing.Optional[models.Order], {200: models.Order, 204: None}
            ),
            options=request_options,
        )


class AsyncOrdersResourceWithRawResponse:
    """`client.orders.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.create = async_to_raw_response(resource.create)
        self.get = async_to_raw_response(resource.get)


class AsyncOrdersResourceWithStreamingResponse:
    """`client.orders.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.create = async_to_streamed_response(resource.create)
        self.get = async_to_streamed_response(resource.get)
