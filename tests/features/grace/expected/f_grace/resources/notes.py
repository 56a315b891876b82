"""`client.notes`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._deprecation import Rule, warn_deprecated
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions

_CREATE_DEPRECATIONS: typing.Tuple[Rule, ...] = (
    (
        ("tag",),
        None,
        "`tag` was removed from `POST /notes` in release 2.0.0; it is not sent.",
    ),
)


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
        note_text: str,
        tag: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Create note

        `POST /notes`

        Args:
            note_text: `note-text` in the request body.
            tag: `tag` in the request body. Deprecated.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.notes.create(
                note_text="string",
            )
            ```
        """
        warn_deprecated({"tag": tag}, _CREATE_DEPRECATIONS)
        self._core.request(
            "POST",
            "/notes",
            form={"note-text": note_text},
            cast_to=None,
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
        note_text: str,
        tag: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Create note

        `POST /notes`

        Args:
            note_text: `note-text` in the request body.
            tag: `tag` in the request body. Deprecated.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.notes.create(
                note_text="string",
            )
            ```
        """
        warn_deprecated({"tag": tag}, _CREATE_DEPRECATIONS)
        await self._core.request(
            "POST",
            "/notes",
            form={"note-text": note_text},
            cast_to=None,
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
