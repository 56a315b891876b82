"""`client.expression`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, ResponseType, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models


class ExpressionResource:
    """Methods of `client.expression`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ExpressionResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ExpressionResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ExpressionResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ExpressionResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Expression:
        """Get expression

        `GET /expression`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Expression`: A nested list expression.

        Example:
            ```python
            client.expression.list()
            ```
        """
        return self._core.request(
            "GET",
            "/expression",
            cast_to=ResponseType[models.Expression](models.Expression),
            options=request_options,
        )


class ExpressionResourceWithRawResponse:
    """`client.expression.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ExpressionResource) -> None:
        self.list = to_raw_response(resource.list)


class ExpressionResourceWithStreamingResponse:
    """`client.expression.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ExpressionResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncExpressionResource:
    """Async methods of `client.expression`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncExpressionResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncExpressionResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncExpressionResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncExpressionResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Expression:
        """Get expression

        `GET /expression`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Expression`: A nested list expression.

        Example:
            ```python
            await client.expression.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/expression",
            cast_to=ResponseType[models.Expression](models.Expression),
            options=request_options,
        )


class AsyncExpressionResourceWithRawResponse:
    """`client.expression.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncExpressionResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncExpressionResourceWithStreamingResponse:
    """`client.expression.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncExpressionResource) -> None:
        self.list = async_to_streamed_response(resource.list)
