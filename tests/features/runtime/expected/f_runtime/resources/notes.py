"""`client.notes`: Leave a note (not idempotent).."""

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


class NotesResource:
    """Methods of `client.notes`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> NotesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return NotesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> NotesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return NotesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.NewThing],
    ) -> models.Thing:
        """Leave a note (not idempotent).

        `POST /notes`

        Args:
            name: `name` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Thing`: Created.

        Example:
            ```python
            client.notes.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.NewThing)
        return self._core.request(
            "POST",
            "/notes",
            json=body,
            cast_to=models.Thing,
            options=request_options,
        )


class NotesResourceWithRawResponse:
    """`client.notes.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: NotesResource) -> None:
        self.create = to_raw_response(resource.create)


class NotesResourceWithStreamingResponse:
    """`client.notes.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: NotesResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncNotesResource:
    """Async methods of `client.notes`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncNotesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncNotesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncNotesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncNotesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.NewThing],
    ) -> models.Thing:
        """Leave a note (not idempotent).

        `POST /notes`

        Args:
            name: `name` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Thing`: Created.

        Example:
            ```python
            await client.notes.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.NewThing)
        return await self._core.request(
            "POST",
            "/notes",
            json=body,
            cast_to=models.Thing,
            options=request_options,
        )


class AsyncNotesResourceWithRawResponse:
    """`client.notes.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncNotesResourceWithStreamingResponse:
    """`client.notes.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.create = async_to_streamed_response(resource.create)
