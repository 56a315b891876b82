"""`client.orgs.items.archive`: resource group."""

from __future__ import annotations

import typing

from ...._base_client import AsyncCore, SyncCore
from ...._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ...._types import NOT_GIVEN, NotGiven, RequestOptions


class ArchiveResource:
    """Methods of `client.orgs.items.archive`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ArchiveResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ArchiveResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ArchiveResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ArchiveResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        org: str,
        item_id: int,
        reason: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Archive item

        A second operation on the item's URL, told apart by a fragment that is never sent.

        `POST /orgs/{org}/items/{itemId}`

        Args:
            org: The `org` path parameter.
            item_id: The `itemId` path parameter.
            reason: The `reason` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.orgs.items.archive.create(
                org="string",
                item_id=1,
            )
            ```
        """
        self._core.request(
            "POST",
            "/orgs/{org}/items/{itemId}",
            path_params={"org": org, "itemId": item_id},
            query={"reason": reason},
            cast_to=None,
            options=request_options,
        )


class ArchiveResourceWithRawResponse:
    """`client.orgs.items.archive.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ArchiveResource) -> None:
        self.create = to_raw_response(resource.create)


class ArchiveResourceWithStreamingResponse:
    """`client.orgs.items.archive.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ArchiveResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncArchiveResource:
    """Async methods of `client.orgs.items.archive`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncArchiveResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncArchiveResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncArchiveResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncArchiveResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        org: str,
        item_id: int,
        reason: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Archive item

        A second operation on the item's URL, told apart by a fragment that is never sent.

        `POST /orgs/{org}/items/{itemId}`

        Args:
            org: The `org` path parameter.
            item_id: The `itemId` path parameter.
            reason: The `reason` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.orgs.items.archive.create(
                org="string",
                item_id=1,
            )
            ```
        """
        await self._core.request(
            "POST",
            "/orgs/{org}/items/{itemId}",
            path_params={"org": org, "itemId": item_id},
            query={"reason": reason},
            cast_to=None,
            options=request_options,
        )


class AsyncArchiveResourceWithRawResponse:
    """`client.orgs.items.archive.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncArchiveResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncArchiveResourceWithStreamingResponse:
    """`client.orgs.items.archive.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncArchiveResource) -> None:
        self.create = async_to_streamed_response(resource.create)
