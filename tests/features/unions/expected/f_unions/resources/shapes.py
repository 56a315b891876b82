"""`client.shapes`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, ResponseType, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models, params


class ShapesResource:
    """Methods of `client.shapes`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ShapesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ShapesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ShapesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ShapesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        body: params.Shape,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Shape:
        """Create shape

        `POST /shapes`

        Args:
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Shape`: The shape back (discriminator with a mapping).

        Example:
            ```python
            client.shapes.create(
                body={"kind": "string", "radius": 1.0},
            )
            ```
        """
        return self._core.request(
            "POST",
            "/shapes",
            json=body,
            cast_to=ResponseType[models.Shape](models.Shape),
            options=request_options,
        )


class ShapesResourceWithRawResponse:
    """`client.shapes.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ShapesResource) -> None:
        self.create = to_raw_response(resource.create)


class ShapesResourceWithStreamingResponse:
    """`client.shapes.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ShapesResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncShapesResource:
    """Async methods of `client.shapes`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncShapesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncShapesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncShapesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncShapesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        body: params.Shape,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Shape:
        """Create shape

        `POST /shapes`

        Args:
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Shape`: The shape back (discriminator with a mapping).

        Example:
            ```python
            await client.shapes.create(
                body={"kind": "string", "radius": 1.0},
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/shapes",
            json=body,
            cast_to=ResponseType[models.Shape](models.Shape),
            options=request_options,
        )


class AsyncShapesResourceWithRawResponse:
    """`client.shapes.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncShapesResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncShapesResourceWithStreamingResponse:
    """`client.shapes.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncShapesResource) -> None:
        self.create = async_to_streamed_response(resource.create)
