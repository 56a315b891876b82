"""`client.events`: resource group."""

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


class EventsResource:
    """Methods of `client.events`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return EventsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> EventsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return EventsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Event],
    ) -> models.Event:
        """Create event

        `POST /events`

        Args:
            kind: `kind` in the request body.
            version: `version` in the request body.
            title: `title` in the request body.
            count: `count` in the request body.
            when: `when` in the request body.
            meta: `meta` in the request body.
            either: `either` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Event`: The event as stored.

        Example:
            ```python
            client.events.create(
                kind="event",
                version=2,
                title="string",
                count=1,
                when="2024-01-01T00:00:00Z",
                meta={},
            )
            ```
        """
        check_body("create", body, params.Event)
        return self._core.request(
            "POST",
            "/events",
            json=body,
            cast_to=models.Event,
            options=request_options,
        )


class EventsResourceWithRawResponse:
    """`client.events.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: EventsResource) -> None:
        self.create = to_raw_response(resource.create)


class EventsResourceWithStreamingResponse:
    """`client.events.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: EventsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncEventsResource:
    """Async methods of `client.events`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncEventsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncEventsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncEventsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Event],
    ) -> models.Event:
        """Create event

        `POST /events`

        Args:
            kind: `kind` in the request body.
            version: `version` in the request body.
            title: `title` in the request body.
            count: `count` in the request body.
            when: `when` in the request body.
            meta: `meta` in the request body.
            either: `either` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Event`: The event as stored.

        Example:
            ```python
            await client.events.create(
                kind="event",
                version=2,
                title="string",
                count=1,
                when="2024-01-01T00:00:00Z",
                meta={},
            )
            ```
        """
        check_body("create", body, params.Event)
        return await self._core.request(
            "POST",
            "/events",
            json=body,
            cast_to=models.Event,
            options=request_options,
        )


class AsyncEventsResourceWithRawResponse:
    """`client.events.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncEventsResourceWithStreamingResponse:
    """`client.events.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
