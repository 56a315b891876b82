"""`client.tree`: resource group."""

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


class TreeResource:
    """Methods of `client.tree`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> TreeResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return TreeResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> TreeResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return TreeResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Node],
    ) -> models.Node:
        """Echo tree

        `POST /tree`

        Args:
            name: `name` in the request body.
            children: `children` in the request body.
            parent: A tree node with children of its own type.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Node`: The same tree.

        Example:
            ```python
            client.tree.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.Node)
        return self._core.request(
            "POST",
            "/tree",
            json=body,
            cast_to=models.Node,
            options=request_options,
        )


class TreeResourceWithRawResponse:
    """`client.tree.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: TreeResource) -> None:
        self.create = to_raw_response(resource.create)


class TreeResourceWithStreamingResponse:
    """`client.tree.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: TreeResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncTreeResource:
    """Async methods of `client.tree`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncTreeResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncTreeResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncTreeResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncTreeResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Node],
    ) -> models.Node:
        """Echo tree

        `POST /tree`

        Args:
            name: `name` in the request body.
            children: `children` in the request body.
            parent: A tree node with children of its own type.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Node`: The same tree.

        Example:
            ```python
            await client.tree.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.Node)
        return await self._core.request(
            "POST",
            "/tree",
            json=body,
            cast_to=models.Node,
            options=request_options,
        )


class AsyncTreeResourceWithRawResponse:
    """`client.tree.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncTreeResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncTreeResourceWithStreamingResponse:
    """`client.tree.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncTreeResource) -> None:
        self.create = async_to_streamed_response(resource.create)
