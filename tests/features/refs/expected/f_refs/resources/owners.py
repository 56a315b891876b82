"""`client.owners`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, ResponseType, SyncCore, check_body
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models, params


class OwnersResource:
    """Methods of `client.owners`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> OwnersResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return OwnersResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> OwnersResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return OwnersResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Owner],
    ) -> models.OwnerList:
        """Create owner

        `POST /owners`

        Args:
            name: `name` in the request body.
            pets: `pets` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.OwnerList`: Created

        Example:
            ```python
            client.owners.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.Owner)
        return self._core.request(
            "POST",
            "/owners",
            json=body,
            cast_to=ResponseType[models.OwnerList](models.OwnerList),
            options=request_options,
        )


class OwnersResourceWithRawResponse:
    """`client.owners.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: OwnersResource) -> None:
        self.create = to_raw_response(resource.create)


class OwnersResourceWithStreamingResponse:
    """`client.owners.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: OwnersResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncOwnersResource:
    """Async methods of `client.owners`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncOwnersResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncOwnersResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncOwnersResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncOwnersResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Owner],
    ) -> models.OwnerList:
        """Create owner

        `POST /owners`

        Args:
            name: `name` in the request body.
            pets: `pets` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.OwnerList`: Created

        Example:
            ```python
            await client.owners.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.Owner)
        return await self._core.request(
            "POST",
            "/owners",
            json=body,
            cast_to=ResponseType[models.OwnerList](models.OwnerList),
            options=request_options,
        )


class AsyncOwnersResourceWithRawResponse:
    """`client.owners.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncOwnersResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncOwnersResourceWithStreamingResponse:
    """`client.owners.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncOwnersResource) -> None:
        self.create = async_to_streamed_response(resource.create)
