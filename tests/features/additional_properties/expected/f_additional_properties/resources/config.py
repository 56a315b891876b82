"""`client.config`: resource group."""

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


class ConfigResource:
    """Methods of `client.config`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ConfigResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ConfigResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ConfigResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ConfigResourceWithStreamingResponse(self)

    def update(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Config],
    ) -> models.Config:
        """Put config

        `PUT /config`

        Args:
            name: `name` in the request body.
            labels: A typed map.
            limits: A map of objects.
            anything: Free-form object.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Config`: The stored config.

        Example:
            ```python
            client.config.update(
                name="string",
            )
            ```
        """
        check_body("update", body, params.Config)
        return self._core.request(
            "PUT",
            "/config",
            json=body,
            cast_to=models.Config,
            options=request_options,
        )


class ConfigResourceWithRawResponse:
    """`client.config.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ConfigResource) -> None:
        self.update = to_raw_response(resource.update)


class ConfigResourceWithStreamingResponse:
    """`client.config.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ConfigResource) -> None:
        self.update = to_streamed_response(resource.update)


class AsyncConfigResource:
    """Async methods of `client.config`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncConfigResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncConfigResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncConfigResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncConfigResourceWithStreamingResponse(self)

    async def update(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Config],
    ) -> models.Config:
        """Put config

        `PUT /config`

        Args:
            name: `name` in the request body.
            labels: A typed map.
            limits: A map of objects.
            anything: Free-form object.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Config`: The stored config.

        Example:
            ```python
            await client.config.update(
                name="string",
            )
            ```
        """
        check_body("update", body, params.Config)
        return await self._core.request(
            "PUT",
            "/config",
            json=body,
            cast_to=models.Config,
            options=request_options,
        )


class AsyncConfigResourceWithRawResponse:
    """`client.config.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncConfigResource) -> None:
        self.update = async_to_raw_response(resource.update)


class AsyncConfigResourceWithStreamingResponse:
    """`client.config.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncConfigResource) -> None:
        self.update = async_to_streamed_response(resource.update)
