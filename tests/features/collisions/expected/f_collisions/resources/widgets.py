"""`client.widgets`: resource group."""

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


class WidgetsResource:
    """Methods of `client.widgets`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> WidgetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return WidgetsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> WidgetsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return WidgetsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.WidgetsCreateBody2],
    ) -> models.WidgetsCreateResponse2:
        """Create widget

        `POST /widgets`

        Args:
            label: `label` in the request body.
            config: `config` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.WidgetsCreateResponse2`: An inline response, also named like a component.

        Example:
            ```python
            client.widgets.create(
                label="string",
            )
            ```
        """
        check_body("create", body, params.WidgetsCreateBody2)
        return self._core.request(
            "POST",
            "/widgets",
            json=body,
            cast_to=models.WidgetsCreateResponse2,
            options=request_options,
        )


class WidgetsResourceWithRawResponse:
    """`client.widgets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: WidgetsResource) -> None:
        self.create = to_raw_response(resource.create)


class WidgetsResourceWithStreamingResponse:
    """`client.widgets.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: WidgetsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncWidgetsResource:
    """Async methods of `client.widgets`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncWidgetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncWidgetsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncWidgetsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncWidgetsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.WidgetsCreateBody2],
    ) -> models.WidgetsCreateResponse2:
        """Create widget

        `POST /widgets`

        Args:
            label: `label` in the request body.
            config: `config` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.WidgetsCreateResponse2`: An inline response, also named like a component.

        Example:
            ```python
            await client.widgets.create(
                label="string",
            )
            ```
        """
        check_body("create", body, params.WidgetsCreateBody2)
        return await self._core.request(
            "POST",
            "/widgets",
            json=body,
            cast_to=models.WidgetsCreateResponse2,
            options=request_options,
        )


class AsyncWidgetsResourceWithRawResponse:
    """`client.widgets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncWidgetsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncWidgetsResourceWithStreamingResponse:
    """`client.widgets.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncWidgetsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
