"""`client.lockdowns`: resource group."""

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
from ..types import params


class LockdownsResource:
    """Methods of `client.lockdowns`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> LockdownsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return LockdownsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> LockdownsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return LockdownsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.LockdownsCreateBody],
    ) -> None:
        """Create lockdown

        `POST /lockdowns`

        Args:
            configurations: A list whose schema also carries the items' `anyOf` (object shapes without a type): a list meets every branch, so it is typed by `type: array`.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.lockdowns.create(
                configurations=[{}],
            )
            ```
        """
        check_body("create", body, params.LockdownsCreateBody)
        self._core.request(
            "POST",
            "/lockdowns",
            json=body,
            cast_to=None,
            options=request_options,
        )


class LockdownsResourceWithRawResponse:
    """`client.lockdowns.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: LockdownsResource) -> None:
        self.create = to_raw_response(resource.create)


class LockdownsResourceWithStreamingResponse:
    """`client.lockdowns.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: LockdownsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncLockdownsResource:
    """Async methods of `client.lockdowns`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncLockdownsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncLockdownsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncLockdownsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncLockdownsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.LockdownsCreateBody],
    ) -> None:
        """Create lockdown

        `POST /lockdowns`

        Args:
            configurations: A list whose schema also carries the items' `anyOf` (object shapes without a type): a list meets every branch, so it is typed by `type: array`.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.lockdowns.create(
                configurations=[{}],
            )
            ```
        """
        check_body("create", body, params.LockdownsCreateBody)
        await self._core.request(
            "POST",
            "/lockdowns",
            json=body,
            cast_to=None,
            options=request_options,
        )


class AsyncLockdownsResourceWithRawResponse:
    """`client.lockdowns.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncLockdownsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncLockdownsResourceWithStreamingResponse:
    """`client.lockdowns.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncLockdownsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
