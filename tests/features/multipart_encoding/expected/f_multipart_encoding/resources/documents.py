"""`client.documents`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._forms import encode_parts
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import FileContent, NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params

_CREATE_PART_TYPES: typing.Dict[str, str] = {
    "meta": "application/json",
    "labels": "application/json",
    "note": "text/markdown",
    "count": "application/json",
}


class DocumentsResource:
    """Methods of `client.documents`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> DocumentsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return DocumentsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> DocumentsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return DocumentsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileContent,
        meta: params.Meta,
        labels: typing.Union[typing.Sequence[params.Label], NotGiven] = NOT_GIVEN,
        note: typing.Union[str, NotGiven] = NOT_GIVEN,
        count: typing.Union[int, NotGiven] = NOT_GIVEN,
        tags: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        filter: typing.Union[params.DocumentsCreateBodyFilter, NotGiven] = NOT_GIVEN,
        signature: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.DocumentsCreateResponse:
        """Upload document

        Parts typed by the `encoding` (JSON, Markdown) and by their schema, and text parts written in a style.

        `POST /documents`

        Args:
            file: The `file` file part of the request body.
            meta: `meta` in the request body.
            labels: `labels` in the request body.
            note: `note` in the request body.
            count: `count` in the request body.
            tags: `tags` in the request body.
            filter: `filter` in the request body.
            signature: `signature` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.DocumentsCreateResponse`: Stored.

        Example:
            ```python
            client.documents.create(
                file=b"file content",
                meta={"title": "string"},
            )
            ```
        """
        return self._core.request(
            "POST",
            "/documents",
            form=encode_parts(
                {
                    "meta": meta,
                    "labels": labels,
                    "note": note,
                    "count": count,
                    "tags": tags,
                    "filter": filter,
                    "signature": signature,
                },
                {"tags": ("pipeDelimited", False), "filter": ("deepObject", True)},
                _CREATE_PART_TYPES,
            ),
            files={"file": file},
            part_types=_CREATE_PART_TYPES,
            cast_to=models.DocumentsCreateResponse,
            options=request_options,
        )


class DocumentsResourceWithRawResponse:
    """`client.documents.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: DocumentsResource) -> None:
        self.create = to_raw_response(resource.create)


class DocumentsResourceWithStreamingResponse:
    """`client.documents.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: DocumentsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncDocumentsResource:
    """Async methods of `client.documents`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncDocumentsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncDocumentsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncDocumentsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncDocumentsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileContent,
        meta: params.Meta,
        labels: typing.Union[typing.Sequence[params.Label], NotGiven] = NOT_GIVEN,
        note: typing.Union[str, NotGiven] = NOT_GIVEN,
        count: typing.Union[int, NotGiven] = NOT_GIVEN,
        tags: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        filter: typing.Union[params.DocumentsCreateBodyFilter, NotGiven] = NOT_GIVEN,
        signature: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.DocumentsCreateResponse:
        """Upload document

        Parts typed by the `encoding` (JSON, Markdown) and by their schema, and text parts written in a style.

        `POST /documents`

        Args:
            file: The `file` file part of the request body.
            meta: `meta` in the request body.
            labels: `labels` in the request body.
            note: `note` in the request body.
            count: `count` in the request body.
            tags: `tags` in the request body.
            filter: `filter` in the request body.
            signature: `signature` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.DocumentsCreateResponse`: Stored.

        Example:
            ```python
            await client.documents.create(
                file=b"file content",
                meta={"title": "string"},
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/documents",
            form=encode_parts(
                {
                    "meta": meta,
                    "labels": labels,
                    "note": note,
                    "count": count,
                    "tags": tags,
                    "filter": filter,
                    "signature": signature,
                },
                {"tags": ("pipeDelimited", False), "filter": ("deepObject", True)},
                _CREATE_PART_TYPES,
            ),
            files={"file": file},
            part_types=_CREATE_PART_TYPES,
            cast_to=models.DocumentsCreateResponse,
            options=request_options,
        )


class AsyncDocumentsResourceWithRawResponse:
    """`client.documents.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncDocumentsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncDocumentsResourceWithStreamingResponse:
    """`client.documents.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncDocumentsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
