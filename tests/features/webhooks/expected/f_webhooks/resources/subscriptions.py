"""`client.subscriptions`: resource group."""

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
from ..types import models, params


class SubscriptionsResource:
    """Methods of `client.subscriptions`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> SubscriptionsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return SubscriptionsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> SubscriptionsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return SubscriptionsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.SubscriptionsCreateBody],
    ) -> models.SubscriptionsCreateResponse:
        """Subscribe

        `POST /subscriptions`

        Args:
            url: `url` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.SubscriptionsCreateResponse`: Subscribed.

        Example:
            ```python
            client.subscriptions.create(
                url="string",
            )
            ```
        """
        check_body("create", body, params.SubscriptionsCreateBody)
        return self._core.request(
            "POST",
            "/subscriptions",
            json=body,
            cast_to=models.SubscriptionsCreateResponse,
            options=request_options,
        )


class SubscriptionsResourceWithRawResponse:
    """`client.subscriptions.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: SubscriptionsResource) -> None:
        self.create = to_raw_response(resource.create)


class SubscriptionsResourceWithStreamingResponse:
    """`client.subscriptions.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: SubscriptionsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncSubscriptionsResource:
    """Async methods of `client.subscriptions`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncSubscriptionsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncSubscriptionsResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncSubscriptionsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncSubscriptionsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.SubscriptionsCreateBody],
    ) -> models.SubscriptionsCreateResponse:
        """Subscribe

        `POST /subscriptions`

        Args:
            url: `url` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.SubscriptionsCreateResponse`: Subscribed.

        Example:
            ```python
            await client.subscriptions.create(
                url="string",
            )
            ```
        """
        check_body("create", body, params.SubscriptionsCreateBody)
        return await self._core.request(
            "POST",
            "/subscriptions",
            json=body,
            cast_to=models.SubscriptionsCreateResponse,
            options=request_options,
        )


class AsyncSubscriptionsResourceWithRawResponse:
    """`client.subscriptions.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncSubscriptionsResourceWithStreamingResponse:
    """`client.subscriptions.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
