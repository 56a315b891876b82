"""`client.plain`: Declared not to page, though it looks like it does.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models


class PlainResource:
    """Methods of `client.plain`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> PlainResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return PlainResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PlainResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return PlainResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.PlainListResponse:
        """Declared not to page, though it looks like it does.

        `GET /plain`

        Args:
            page: The `page` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.PlainListResponse`: Everything.

        Example:
            ```python
            client.plain.list()
            ```
        """
        return self._core.request(
            "GET",
            "/plain",
            query={"page": page},
            cast_to=models.PlainListResponse,
            options=request_options,
        )


class PlainResourceWithRawResponse:
    """`client.plain.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: PlainResource) -> None:
        self.list = to_raw_response(resource.list)


class PlainResourceWithStreamingResponse:
    """`client.plain.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: PlainResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncPlainResource:
    """Async methods of `client.plain`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncPlainResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncPlainResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPlainResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncPlainResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        page: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.PlainListResponse:
        """Declared not to page, though it looks like it does.

        `GET /plain`

        Args:
            page: The `page` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.PlainListResponse`: Everything.

        Example:
            ```python
            await client.plain.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/plain",
            query={"page": page},
            cast_to=models.PlainListResponse,
            options=request_options,
        )


class AsyncPlainResourceWithRawResponse:
    """`client.plain.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncPlainResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncPlainResourceWithStreamingResponse:
    """`client.plain.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncPlainResource) -> None:
        self.list = async_to_streamed_response(resource.list)
