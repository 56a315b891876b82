"""`client.default`: resource group."""

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


class DefaultResource:
    """Methods of `client.default`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> DefaultResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return DefaultResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> DefaultResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return DefaultResourceWithStreamingResponse(self)

    def get_v1_health(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """get_v1_health

        No tag and no operationId.

        `GET /v1/health`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            client.default.get_v1_health()
            ```
        """
        return self._core.request(
            "GET",
            "/v1/health",
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )


class DefaultResourceWithRawResponse:
    """`client.default.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: DefaultResource) -> None:
        self.get_v1_health = to_raw_response(resource.get_v1_health)


class DefaultResourceWithStreamingResponse:
    """`client.default.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: DefaultResource) -> None:
        self.get_v1_health = to_streamed_response(resource.get_v1_health)


class AsyncDefaultResource:
    """Async methods of `client.default`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncDefaultResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncDefaultResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncDefaultResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncDefaultResourceWithStreamingResponse(self)

    async def get_v1_health(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """get_v1_health

        No tag and no operationId.

        `GET /v1/health`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            await client.default.get_v1_health()
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/health",
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )


class AsyncDefaultResourceWithRawResponse:
    """`client.default.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncDefaultResource) -> None:
        self.get_v1_health = async_to_raw_response(resource.get_v1_health)


class AsyncDefaultResourceWithStreamingResponse:
    """`client.default.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncDefaultResource) -> None:
        self.get_v1_health = async_to_streamed_response(resource.get_v1_health)
