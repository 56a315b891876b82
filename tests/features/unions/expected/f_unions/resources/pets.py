"""`client.pets`: resource group."""

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


class PetsResource:
    """Methods of `client.pets`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return PetsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PetsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return PetsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[models.Pet]:
        """List pets

        `GET /pets`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[models.Pet]`: Pets (discriminator without a mapping).

        Example:
            ```python
            client.pets.list()
            ```
        """
        return self._core.request(
            "GET",
            "/pets",
            cast_to=typing.List[models.Pet],
            options=request_options,
        )


class PetsResourceWithRawResponse:
    """`client.pets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: PetsResource) -> None:
        self.list = to_raw_response(resource.list)


class PetsResourceWithStreamingResponse:
    """`client.pets.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: PetsResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncPetsResource:
    """Async methods of `client.pets`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncPetsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPetsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncPetsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[models.Pet]:
        """List pets

        `GET /pets`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[models.Pet]`: Pets (discriminator without a mapping).

        Example:
            ```python
            await client.pets.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/pets",
            cast_to=typing.List[models.Pet],
            options=request_options,
        )


class AsyncPetsResourceWithRawResponse:
    """`client.pets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncPetsResourceWithStreamingResponse:
    """`client.pets.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.list = async_to_streamed_response(resource.list)
