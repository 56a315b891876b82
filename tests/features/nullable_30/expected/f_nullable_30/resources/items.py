"""`client.items`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models, params


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

    def update(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ItemPatch],
    ) -> models.Item:
        """Patch item

        `PATCH /items/{id}`

        Args:
            id: The `id` path parameter.
            note: `note` in the request body.
            tag: `tag` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Item`: The item.

        Example:
            ```python
            client.items.update(
                id="string",
            )
            ```
        """
        check_body("update", body, params.ItemPatch)
        return self._core.request(
            "PATCH",
            "/items/{id}",
            path_params={"id": id},
            json=body,
            cast_to=models.Item,
            options=request_options,
        )


class ItemsResourceWithRawResponse:
    """`client.items.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ItemsResource) -> None:
        self.update = to_raw_response(resource.update)


class ItemsResourceWithStreamingResponse:
    """`client.items.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ItemsResource) -> None:
        self.update = to_streamed_response(resource.update)


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

    async def update(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ItemPatch],
    ) -> models.Item:
        """Patch item

        `PATCH /items/{id}`

        Args:
            id: The `id` path parameter.
            note: `note` in the request body.
            tag: `tag` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Item`: The item.

        Example:
            ```python
            await client.items.update(
                id="string",
            )
            ```
        """
        check_body("update", body, params.ItemPatch)
        return await self._core.request(
            "PATCH",
            "/items/{id}",
            path_params={"id": id},
            json=body,
            cast_to=models.Item,
            options=request_options,
        )


class AsyncItemsResourceWithRawResponse:
    """`client.items.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.update = async_to_raw_response(resource.update)


class AsyncItemsResourceWithStreamingResponse:
    """`client.items.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.update = async_to_streamed_response(resource.update)
