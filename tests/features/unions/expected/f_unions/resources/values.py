"""`client.values`: resource group."""

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


class ValuesResource:
    """Methods of `client.values`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ValuesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ValuesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ValuesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ValuesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Value:
        """Get value

        `GET /values`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Value`: A value that is a string, a number or a point (no discriminator).

        Example:
            ```python
            client.values.list()
            ```
        """
        return self._core.request(
            "GET",
            "/values",
            cast_to=ResponseType[models.Value](models.Value),
            options=request_options,
        )


class ValuesResourceWithRawResponse:
    """`client.values.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ValuesResource) -> None:
        self.list = to_raw_response(resource.list)


class ValuesResourceWithStreamingResponse:
    """`client.values.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ValuesResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncValuesResource:
    """Async methods of `client.values`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncValuesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncValuesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncValuesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncValuesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Value:
        """Get value

        `GET /values`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Value`: A value that is a string, a number or a point (no discriminator).

        Example:
            ```python
            await client.values.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/values",
            cast_to=ResponseType[models.Value](models.Value),
            options=request_options,
        )


class AsyncValuesResourceWithRawResponse:
    """`client.values.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncValuesResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncValuesResourceWithStreamingResponse:
    """`client.values.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncValuesResource) -> None:
        self.list = async_to_streamed_response(resource.list)
