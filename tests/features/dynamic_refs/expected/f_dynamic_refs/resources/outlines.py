"""`client.outlines`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models


class OutlinesResource:
    """Methods of `client.outlines`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> OutlinesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return OutlinesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> OutlinesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return OutlinesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Outline:
        """Get outline

        `GET /outlines`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Outline`: An outline, its own anchor enclosing its references.

        Example:
            ```python
            client.outlines.list()
            ```
        """
        return self._core.request(
            "GET",
            "/outlines",
            cast_to=models.Outline,
            options=request_options,
        )


class OutlinesResourceWithRawResponse:
    """`client.outlines.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: OutlinesResource) -> None:
        self.list = to_raw_response(resource.list)


class OutlinesResourceWithStreamingResponse:
    """`client.outlines.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: OutlinesResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncOutlinesResource:
    """Async methods of `client.outlines`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncOutlinesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncOutlinesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncOutlinesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncOutlinesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Outline:
        """Get outline

        `GET /outlines`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Outline`: An outline, its own anchor enclosing its references.

        Example:
            ```python
            await client.outlines.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/outlines",
            cast_to=models.Outline,
            options=request_options,
        )


class AsyncOutlinesResourceWithRawResponse:
    """`client.outlines.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncOutlinesResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncOutlinesResourceWithStreamingResponse:
    """`client.outlines.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncOutlinesResource) -> None:
        self.list = async_to_streamed_response(resource.list)
