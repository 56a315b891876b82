"""`client.renders`: Start a render."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._deprecation import Rule, warn_deprecated
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models, params

_CREATE_DEPRECATIONS: typing.Tuple[Rule, ...] = (
    (
        ("size",),
        "auto",
        "`size='auto'` of `POST /renders` is deprecated; use '1k' instead.",
    ),
)


class RendersResource:
    """Methods of `client.renders`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> RendersResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return RendersResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> RendersResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return RendersResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.RendersCreateBody],
    ) -> models.RendersCreateResponse:
        """Start a render

        `POST /renders`

        Args:
            ratio: Frame shape.
            size: Output size.
                Deprecated values: `auto` (use `1k`).

            quality: Quality level.
            tone: `tone` in the request body of `POST /renders`.
            label: Labels that collide once case and punctuation are dropped.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.RendersCreateResponse`: The render

        Example:
            ```python
            client.renders.create(
                ratio="1:1",
            )
            ```
        """
        check_body("create", body, params.RendersCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return self._core.request(
            "POST",
            "/renders",
            json=body,
            cast_to=models.RendersCreateResponse,
            options=request_options,
        )


class RendersResourceWithRawResponse:
    """`client.renders.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: RendersResource) -> None:
        self.create = to_raw_response(resource.create)


class RendersResourceWithStreamingResponse:
    """`client.renders.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: RendersResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncRendersResource:
    """Async methods of `client.renders`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncRendersResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncRendersResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncRendersResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncRendersResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.RendersCreateBody],
    ) -> models.RendersCreateResponse:
        """Start a render

        `POST /renders`

        Args:
            ratio: Frame shape.
            size: Output size.
                Deprecated values: `auto` (use `1k`).

            quality: Quality level.
            tone: `tone` in the request body of `POST /renders`.
            label: Labels that collide once case and punctuation are dropped.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.RendersCreateResponse`: The render

        Example:
            ```python
            await client.renders.create(
                ratio="1:1",
            )
            ```
        """
        check_body("create", body, params.RendersCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return await self._core.request(
            "POST",
            "/renders",
            json=body,
            cast_to=models.RendersCreateResponse,
            options=request_options,
        )


class AsyncRendersResourceWithRawResponse:
    """`client.renders.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncRendersResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncRendersResourceWithStreamingResponse:
    """`client.renders.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncRendersResource) -> None:
        self.create = async_to_streamed_response(resource.create)
