"""`client.shares`: resource group."""

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


class SharesResource:
    """Methods of `client.shares`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> SharesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return SharesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> SharesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return SharesResourceWithStreamingResponse(self)

    def delete(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Unshare],
    ) -> models.Unshare:
        """Delete share

        `DELETE /shares`

        Args:
            user: `user` in the request body.
            level: `level` is required by the schema, which does not describe it.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Unshare`: The share removed.

        Example:
            ```python
            client.shares.delete(
                user="string",
                level={},
            )
            ```
        """
        check_body("delete", body, params.Unshare)
        return self._core.request(
            "DELETE",
            "/shares",
            json=body,
            cast_to=models.Unshare,
            options=request_options,
        )


class SharesResourceWithRawResponse:
    """`client.shares.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: SharesResource) -> None:
        self.delete = to_raw_response(resource.delete)


class SharesResourceWithStreamingResponse:
    """`client.shares.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: SharesResource) -> None:
        self.delete = to_streamed_response(resource.delete)


class AsyncSharesResource:
    """Async methods of `client.shares`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncSharesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncSharesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncSharesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncSharesResourceWithStreamingResponse(self)

    async def delete(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Unshare],
    ) -> models.Unshare:
        """Delete share

        `DELETE /shares`

        Args:
            user: `user` in the request body.
            level: `level` is required by the schema, which does not describe it.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Unshare`: The share removed.

        Example:
            ```python
            await client.shares.delete(
                user="string",
                level={},
            )
            ```
        """
        check_body("delete", body, params.Unshare)
        return await self._core.request(
            "DELETE",
            "/shares",
            json=body,
            cast_to=models.Unshare,
            options=request_options,
        )


class AsyncSharesResourceWithRawResponse:
    """`client.shares.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncSharesResource) -> None:
        self.delete = async_to_raw_response(resource.delete)


class AsyncSharesResourceWithStreamingResponse:
    """`client.shares.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncSharesResource) -> None:
        self.delete = async_to_streamed_response(resource.delete)
