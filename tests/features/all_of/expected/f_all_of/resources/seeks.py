"""`client.seeks`: resource group."""

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


class SeeksResource:
    """Methods of `client.seeks`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> SeeksResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return SeeksResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> SeeksResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return SeeksResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Seek],
    ) -> None:
        """Create seek

        `POST /seeks`

        Args:
            mode: `mode` in the request body.
            rated: `rated` in the request body.
            time: `time` in the request body.
            increment: `increment` in the request body.
            days: `days` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.seeks.create(
                mode="string",
                time=1,
                increment=1,
            )
            ```
        """
        check_body("create", body, params.Seek)
        self._core.request(
            "POST",
            "/seeks",
            json=body,
            cast_to=None,
            options=request_options,
        )


class SeeksResourceWithRawResponse:
    """`client.seeks.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: SeeksResource) -> None:
        self.create = to_raw_response(resource.create)


class SeeksResourceWithStreamingResponse:
    """`client.seeks.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: SeeksResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncSeeksResource:
    """Async methods of `client.seeks`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncSeeksResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncSeeksResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncSeeksResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncSeeksResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Seek],
    ) -> None:
        """Create seek

        `POST /seeks`

        Args:
            mode: `mode` in the request body.
            rated: `rated` in the request body.
            time: `time` in the request body.
            increment: `increment` in the request body.
            days: `days` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.seeks.create(
                mode="string",
                time=1,
                increment=1,
            )
            ```
        """
        check_body("create", body, params.Seek)
        await self._core.request(
            "POST",
            "/seeks",
            json=body,
            cast_to=None,
            options=request_options,
        )


class AsyncSeeksResourceWithRawResponse:
    """`client.seeks.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncSeeksResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncSeeksResourceWithStreamingResponse:
    """`client.seeks.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncSeeksResource) -> None:
        self.create = async_to_streamed_response(resource.create)
