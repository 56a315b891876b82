"""`client.tokens`: resource group."""

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


class TokensResource:
    """Methods of `client.tokens`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> TokensResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return TokensResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> TokensResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return TokensResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.TokensCreateBody],
    ) -> models.TokensCreateResponse:
        """Create token

        `POST /tokens`

        Args:
            grant_type: `grant_type` in the request body of `POST /tokens`.
            scope: `scope` in the request body.
            note: `note` in the request body.
            count: `count` in the request body.
            active: `active` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.TokensCreateResponse`: A token.

        Example:
            ```python
            client.tokens.create(
                grant_type="client_credentials",
                scope=["string"],
            )
            ```
        """
        check_body("create", body, params.TokensCreateBody)
        return self._core.request(
            "POST",
            "/tokens",
            form=body,
            cast_to=models.TokensCreateResponse,
            options=request_options,
        )


class TokensResourceWithRawResponse:
    """`client.tokens.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: TokensResource) -> None:
        self.create = to_raw_response(resource.create)


class TokensResourceWithStreamingResponse:
    """`client.tokens.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: TokensResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncTokensResource:
    """Async methods of `client.tokens`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncTokensResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncTokensResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncTokensResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncTokensResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.TokensCreateBody],
    ) -> models.TokensCreateResponse:
        """Create token

        `POST /tokens`

        Args:
            grant_type: `grant_type` in the request body of `POST /tokens`.
            scope: `scope` in the request body.
            note: `note` in the request body.
            count: `count` in the request body.
            active: `active` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.TokensCreateResponse`: A token.

        Example:
            ```python
            await client.tokens.create(
                grant_type="client_credentials",
                scope=["string"],
            )
            ```
        """
        check_body("create", body, params.TokensCreateBody)
        return await self._core.request(
            "POST",
            "/tokens",
            form=body,
            cast_to=models.TokensCreateResponse,
            options=request_options,
        )


class AsyncTokensResourceWithRawResponse:
    """`client.tokens.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncTokensResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncTokensResourceWithStreamingResponse:
    """`client.tokens.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncTokensResource) -> None:
        self.create = async_to_streamed_response(resource.create)
