"""`client.items`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import params


class ItemsResource:
    """Methods of `client.items`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ItemsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ItemsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ItemsResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        selector: params.Filter,
        x_ranges: typing.Union[typing.Sequence[params.Range], NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get items

        `GET /items/{selector}`

        Args:
            selector: The `selector` path parameter.
            x_ranges: The `X-Ranges` header parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.items.get(
                selector={"kind": "string"},
            )
            ```
        """
        self._core.request(
            "GET",
            "/items/{selector}",
            path_params={"selector": selector},
            path_styles={"selector": ("matrix", True)},
            headers={"X-Ranges": x_ranges},
            cast_to=None,
            options=request_options,
        )


class ItemsResourceWithRawResponse:
    """`client.items.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ItemsResource) -> None:
        self.get = to_raw_response(resource.get)


class ItemsResourceWithStreamingResponse:
    """`client.items.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ItemsResource) -> None:
        self.get = to_streamed_response(resource.get)


class AsyncItemsResource:
    """Async methods of `client.items`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncItemsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncItemsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncItemsResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        selector: params.Filter,
        x_ranges: typing.Union[typing.Sequence[params.Range], NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get items

        `GET /items/{selector}`

        Args:
            selector: The `selector` path parameter.
            x_ranges: The `X-Ranges` header parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.items.get(
                selector={"kind": "string"},
            )
            ```
        """
        await self._core.request(
            "GET",
            "/items/{selector}",
            path_params={"selector": selector},
            path_styles={"selector": ("matrix", True)},
            headers={"X-Ranges": x_ranges},
            cast_to=None,
            options=request_options,
        )


class AsyncItemsResourceWithRawResponse:
    """`client.items.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.get = async_to_raw_response(resource.get)


class AsyncItemsResourceWithStreamingResponse:
    """`client.items.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.get = async_to_streamed_response(resource.get)
