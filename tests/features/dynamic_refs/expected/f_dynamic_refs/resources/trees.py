"""`client.trees`: resource group."""

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


class TreesResource:
    """Methods of `client.trees`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> TreesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return TreesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> TreesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return TreesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Tree],
    ) -> models.Tree:
        """Create tree

        `POST /trees`

        Args:
            name: `name` in the request body.
            children: `children` in the request body.
            leaf: `leaf` in the request body.
            loose: Names an anchor no schema declares, so typed as any JSON value.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Tree`: The tree as stored.

        Example:
            ```python
            client.trees.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.Tree)
        return self._core.request(
            "POST",
            "/trees",
            json=body,
            cast_to=models.Tree,
            options=request_options,
        )


class TreesResourceWithRawResponse:
    """`client.trees.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: TreesResource) -> None:
        self.create = to_raw_response(resource.create)


class TreesResourceWithStreamingResponse:
    """`client.trees.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: TreesResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncTreesResource:
    """Async methods of `client.trees`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncTreesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncTreesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncTreesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncTreesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Tree],
    ) -> models.Tree:
        """Create tree

        `POST /trees`

        Args:
            name: `name` in the request body.
            children: `children` in the request body.
            leaf: `leaf` in the request body.
            loose: Names an anchor no schema declares, so typed as any JSON value.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Tree`: The tree as stored.

        Example:
            ```python
            await client.trees.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.Tree)
        return await self._core.request(
            "POST",
            "/trees",
            json=body,
            cast_to=models.Tree,
            options=request_options,
        )


class AsyncTreesResourceWithRawResponse:
    """`client.trees.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncTreesResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncTreesResourceWithStreamingResponse:
    """`client.trees.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncTreesResource) -> None:
        self.create = async_to_streamed_response(resource.create)
