"""`client.charges`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._forms import encode_form
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models, params


class ChargesResource:
    """Methods of `client.charges`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ChargesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ChargesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ChargesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ChargesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ChargesCreateBody],
    ) -> models.ChargesCreateResponse:
        """Create charge

        `POST /charges`

        Args:
            amount: `amount` in the request body.
            card: `card` in the request body.
            expand: `expand` in the request body.
            tags: `tags` in the request body.
            ids: `ids` in the request body.
            words: `words` in the request body.
            metadata: `metadata` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ChargesCreateResponse`: The charge.

        Example:
            ```python
            client.charges.create(
                amount=1,
                card={"number": "string"},
            )
            ```
        """
        check_body("create", body, params.ChargesCreateBody)
        return self._core.request(
            "POST",
            "/charges",
            form=encode_form(
                body,
                {
                    "card": ("deepObject", True),
                    "expand": ("deepObject", False),
                    "tags": ("pipeDelimited", False),
                    "ids": ("form", False),
                    "words": ("spaceDelimited", False),
                },
            ),
            cast_to=models.ChargesCreateResponse,
            options=request_options,
        )


class ChargesResourceWithRawResponse:
    """`client.charges.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ChargesResource) -> None:
        self.create = to_raw_response(resource.create)


class ChargesResourceWithStreamingResponse:
    """`client.charges.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ChargesResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncChargesResource:
    """Async methods of `client.charges`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncChargesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncChargesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncChargesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncChargesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ChargesCreateBody],
    ) -> models.ChargesCreateResponse:
        """Create charge

        `POST /charges`

        Args:
            amount: `amount` in the request body.
            card: `card` in the request body.
            expand: `expand` in the request body.
            tags: `tags` in the request body.
            ids: `ids` in the request body.
            words: `words` in the request body.
            metadata: `metadata` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ChargesCreateResponse`: The charge.

        Example:
            ```python
            await client.charges.create(
                amount=1,
                card={"number": "string"},
            )
            ```
        """
        check_body("create", body, params.ChargesCreateBody)
        return await self._core.request(
            "POST",
            "/charges",
            form=encode_form(
                body,
                {
                    "card": ("deepObject", True),
                    "expand": ("deepObject", False),
                    "tags": ("pipeDelimited", False),
                    "ids": ("form", False),
                    "words": ("spaceDelimited", False),
                },
            ),
            cast_to=models.ChargesCreateResponse,
            options=request_options,
        )


class AsyncChargesResourceWithRawResponse:
    """`client.charges.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncChargesResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncChargesResourceWithStreamingResponse:
    """`client.charges.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncChargesResource) -> None:
        self.create = async_to_streamed_response(resource.create)
