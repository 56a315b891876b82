"""`client.orgs.items`: resource group."""

from __future__ import annotations

import functools
import typing

from ...._base_client import AsyncCore, SyncCore
from ...._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ...._types import RequestOptions
from ....types import models

if typing.TYPE_CHECKING:
    from .archive import AsyncArchiveResource, ArchiveResource


class ItemsResource:
    """Methods of `client.orgs.items`."""

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

    @functools.cached_property
    def archive(self) -> ArchiveResource:
        from .archive import ArchiveResource

        return ArchiveResource(self._core)

    def get(
        self,
        *,
        org: str,
        item_id: int,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.OrgsItemsGetResponse:
        """Get item

        `GET /orgs/{org}/items/{itemId}`

        Args:
            org: The `org` path parameter.
            item_id: The `itemId` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.OrgsItemsGetResponse`: OK

        Example:
            ```python
            client.orgs.items.get(
                org="string",
                item_id=1,
            )
            ```
        """
        return self._core.request(
            "GET",
            "/orgs/{org}/items/{itemId}",
            path_params={"org": org, "itemId": item_id},
            cast_to=models.OrgsItemsGetResponse,
            options=request_options,
        )


class ItemsResourceWithRawResponse:
    """`client.orgs.items.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ItemsResource) -> None:
        self.get = to_raw_response(resource.get)


class ItemsResourceWithStreamingResponse:
    """`client.orgs.items.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ItemsResource) -> None:
        self.get = to_streamed_response(resource.get)


class AsyncItemsResource:
    """Async methods of `client.orgs.items`."""

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

    @functools.cached_property
    def archive(self) -> AsyncArchiveResource:
        from .archive import AsyncArchiveResource

        return AsyncArchiveResource(self._core)

    async def get(
        self,
        *,
        org: str,
        item_id: int,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.OrgsItemsGetResponse:
        """Get item

        `GET /orgs/{org}/items/{itemId}`

        Args:
            org: The `org` path parameter.
            item_id: The `itemId` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.OrgsItemsGetResponse`: OK

        Example:
            ```python
            await client.orgs.items.get(
                org="string",
                item_id=1,
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/orgs/{org}/items/{itemId}",
            path_params={"org": org, "itemId": item_id},
            cast_to=models.OrgsItemsGetResponse,
            options=request_options,
        )


class AsyncItemsResourceWithRawResponse:
    """`client.orgs.items.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.get = async_to_raw_response(resource.get)


class AsyncItemsResourceWithStreamingResponse:
    """`client.orgs.items.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.get = async_to_streamed_response(resource.get)
