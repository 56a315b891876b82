"""`client.outcomes`: resource group."""

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


class OutcomesResource:
    """Methods of `client.outcomes`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> OutcomesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return OutcomesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> OutcomesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return OutcomesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Outcome],
    ) -> None:
        """Create outcome

        `POST /outcomes`

        Args:
            collaborators: Who is affected (the shared shape, its list required here).
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.outcomes.create()
            ```
        """
        check_body("create", body, params.Outcome)
        self._core.request(
            "POST",
            "/outcomes",
            json=body,
            cast_to=None,
            options=request_options,
        )


class OutcomesResourceWithRawResponse:
    """`client.outcomes.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: OutcomesResource) -> None:
        self.create = to_raw_response(resource.create)


class OutcomesResourceWithStreamingResponse:
    """`client.outcomes.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: OutcomesResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncOutcomesResource:
    """Async methods of `client.outcomes`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncOutcomesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncOutcomesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncOutcomesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncOutcomesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Outcome],
    ) -> None:
        """Create outcome

        `POST /outcomes`

        Args:
            collaborators: Who is affected (the shared shape, its list required here).
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.outcomes.create()
            ```
        """
        check_body("create", body, params.Outcome)
        await self._core.request(
            "POST",
            "/outcomes",
            json=body,
            cast_to=None,
            options=request_options,
        )


class AsyncOutcomesResourceWithRawResponse:
    """`client.outcomes.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncOutcomesResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncOutcomesResourceWithStreamingResponse:
    """`client.outcomes.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncOutcomesResource) -> None:
        self.create = async_to_streamed_response(resource.create)
