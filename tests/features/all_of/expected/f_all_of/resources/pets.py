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

    def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Pet:
        """Get pet

        `GET /pets/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Pet`: The pet.

        Example:
            ```python
            client.pets.get(
                id="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/pets/{id}",
            path_params={"id": id},
            cast_to=models.Pet,
            options=request_options,
        )


class PetsResourceWithRawResponse:
    """`client.pets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: PetsResource) -> None:
        self.get = to_raw_response(resource.get)


class PetsResourceWithStreamingResponse:
    """`client.pets.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: PetsResource) -> None:
        self.get = to_streamed_response(resource.get)


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

    async def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Pet:
        """Get pet

        `GET /pets/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Pet`: The pet.

        Example:
            ```python
            await client.pets.get(
                id="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/pets/{id}",
            path_params={"id": id},
            cast_to=models.Pet,
            options=request_options,
        )


class AsyncPetsResourceWithRawResponse:
    """`client.pets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.get = async_to_raw_response(resource.get)


class AsyncPetsResourceWithStreamingResponse:
    """`client.pets.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.get = async_to_streamed_response(resource.get)
