"""`client.drawings`: resource group."""

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


class DrawingsResource:
    """Methods of `client.drawings`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> DrawingsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return DrawingsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> DrawingsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return DrawingsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.DrawingsCreateBody],
    ) -> None:
        """Create drawing

        Layers as one list of shapes or a list of lists (a union of two lists of unions).

        `POST /drawings`

        Args:
            layers: `layers` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            from f_unions.types import params

            client.drawings.create(
                layers=[[params.Square({"kind": "square", "side": 2})]],
            )
            ```
        """
        check_body("create", body, params.DrawingsCreateBody)
        self._core.request(
            "POST",
            "/drawings",
            json=body,
            cast_to=None,
            options=request_options,
        )


class DrawingsResourceWithRawResponse:
    """`client.drawings.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: DrawingsResource) -> None:
        self.create = to_raw_response(resource.create)


class DrawingsResourceWithStreamingResponse:
    """`client.drawings.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: DrawingsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncDrawingsResource:
    """Async methods of `client.drawings`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncDrawingsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncDrawingsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncDrawingsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncDrawingsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.DrawingsCreateBody],
    ) -> None:
        """Create drawing

        Layers as one list of shapes or a list of lists (a union of two lists of unions).

        `POST /drawings`

        Args:
            layers: `layers` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            from f_unions.types import params

            await client.drawings.create(
                layers=[[params.Square({"kind": "square", "side": 2})]],
            )
            ```
        """
        check_body("create", body, params.DrawingsCreateBody)
        await self._core.request(
            "POST",
            "/drawings",
            json=body,
            cast_to=None,
            options=request_options,
        )


class AsyncDrawingsResourceWithRawResponse:
    """`client.drawings.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncDrawingsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncDrawingsResourceWithStreamingResponse:
    """`client.drawings.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncDrawingsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
