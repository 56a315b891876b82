"""`client.either`: resource group."""

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


class EitherResource:
    """Methods of `client.either`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> EitherResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return EitherResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> EitherResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return EitherResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get either

        Either a header key, or a bearer token and a query key together.

        `GET /either`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.either.list()
            ```
        """
        return self._core.request(
            "GET",
            "/either",
            auth=(("headerKey",), ("bearerAuth", "queryKey")),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class EitherResourceWithRawResponse:
    """`client.either.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: EitherResource) -> None:
        self.list = to_raw_response(resource.list)


class EitherResourceWithStreamingResponse:
    """`client.either.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: EitherResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncEitherResource:
    """Async methods of `client.either`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncEitherResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncEitherResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncEitherResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncEitherResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get either

        Either a header key, or a bearer token and a query key together.

        `GET /either`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.either.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/either",
            auth=(("headerKey",), ("bearerAuth", "queryKey")),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncEitherResourceWithRawResponse:
    """`client.either.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncEitherResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncEitherResourceWithStreamingResponse:
    """`client.either.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncEitherResource) -> None:
        self.list = async_to_streamed_response(resource.list)
