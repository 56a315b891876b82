"""`client.records`: resource group."""

from __future__ import annotations

import datetime
import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class RecordsResource:
    """Methods of `client.records`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> RecordsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return RecordsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> RecordsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return RecordsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        since: typing.Union[datetime.date, str, NotGiven] = NOT_GIVEN,
        limit: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Record],
    ) -> models.Record:
        """Create record

        `POST /records`

        Args:
            id: `id` in the request body.
            at: `at` in the request body.
            day: `day` in the request body.
            blob: Base64 on the wire.
            since: The `since` query parameter.
            limit: The `limit` query parameter.
            ratio: `ratio` in the request body.
            enabled: `enabled` in the request body.
            mode: `mode` in the `Record` schema.
            name: `name` in the request body.
            tags: `tags` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Record`: The record.

        Example:
            ```python
            client.records.create(
                id="00000000-0000-4000-8000-000000000000",
                at="2024-01-01T00:00:00Z",
                day="2024-01-01",
                blob=b"hello",
            )
            ```
        """
        check_body("create", body, params.Record)
        return self._core.request(
            "POST",
            "/records",
            query={"since": since, "limit": limit},
            json=body,
            cast_to=models.Record,
            options=request_options,
        )


class RecordsResourceWithRawResponse:
    """`client.records.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: RecordsResource) -> None:
        self.create = to_raw_response(resource.create)


class RecordsResourceWithStreamingResponse:
    """`client.records.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: RecordsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncRecordsResource:
    """Async methods of `client.records`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncRecordsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncRecordsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncRecordsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncRecordsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        since: typing.Union[datetime.date, str, NotGiven] = NOT_GIVEN,
        limit: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Record],
    ) -> models.Record:
        """Create record

        `POST /records`

        Args:
            id: `id` in the request body.
            at: `at` in the request body.
            day: `day` in the request body.
            blob: Base64 on the wire.
            since: The `since` query parameter.
            limit: The `limit` query parameter.
            ratio: `ratio` in the request body.
            enabled: `enabled` in the request body.
            mode: `mode` in the `Record` schema.
            name: `name` in the request body.
            tags: `tags` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Record`: The record.

        Example:
            ```python
            await client.records.create(
                id="00000000-0000-4000-8000-000000000000",
                at="2024-01-01T00:00:00Z",
                day="2024-01-01",
                blob=b"hello",
            )
            ```
        """
        check_body("create", body, params.Record)
        return await self._core.request(
            "POST",
            "/records",
            query={"since": since, "limit": limit},
            json=body,
            cast_to=models.Record,
            options=request_options,
        )


class AsyncRecordsResourceWithRawResponse:
    """`client.records.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncRecordsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncRecordsResourceWithStreamingResponse:
    """`client.records.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncRecordsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
