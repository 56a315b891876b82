"""`client.key_cookie`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models


class KeyCookieResource:
    """Methods of `client.key_cookie`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> KeyCookieResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return KeyCookieResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> KeyCookieResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return KeyCookieResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get key cookie

        `GET /key-cookie`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.key_cookie.list()
            ```
        """
        return self._core.request(
            "GET",
            "/key-cookie",
            auth=(("cookieKey",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class KeyCookieResourceWithRawResponse:
    """`client.key_cookie.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: KeyCookieResource) -> None:
        self.list = to_raw_response(resource.list)


class KeyCookieResourceWithStreamingResponse:
    """`client.key_cookie.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: KeyCookieResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncKeyCookieResource:
    """Async methods of `client.key_cookie`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncKeyCookieResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncKeyCookieResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncKeyCookieResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncKeyCookieResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get key cookie

        `GET /key-cookie`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.key_cookie.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/key-cookie",
            auth=(("cookieKey",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncKeyCookieResourceWithRawResponse:
    """`client.key_cookie.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncKeyCookieResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncKeyCookieResourceWithStreamingResponse:
    """`client.key_cookie.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncKeyCookieResource) -> None:
        self.list = async_to_streamed_response(resource.list)
