"""`client.dogs`: resource group."""

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


class DogsResource:
    """Methods of `client.dogs`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> DogsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return DogsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> DogsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return DogsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.NewDog],
    ) -> models.Dog:
        """Create dog

        `POST /dogs`

        Args:
            name: `name` in the request body.
            breed: `breed` in the request body.
            age: `age` in the request body.
            good_boy: `good_boy` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Dog`: The dog, with its id and audit fields.

        Example:
            ```python
            client.dogs.create(
                name="string",
                breed="string",
            )
            ```
        """
        check_body("create", body, params.NewDog)
        return self._core.request(
            "POST",
            "/dogs",
            json=body,
            cast_to=models.Dog,
            options=request_options,
        )


class DogsResourceWithRawResponse:
    """`client.dogs.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: DogsResource) -> None:
        self.create = to_raw_response(resource.create)


class DogsResourceWithStreamingResponse:
    """`client.dogs.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: DogsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncDogsResource:
    """Async methods of `client.dogs`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncDogsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncDogsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncDogsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncDogsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.NewDog],
    ) -> models.Dog:
        """Create dog

        `POST /dogs`

        Args:
            name: `name` in the request body.
            breed: `breed` in the request body.
            age: `age` in the request body.
            good_boy: `good_boy` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Dog`: The dog, with its id and audit fields.

        Example:
            ```python
            await client.dogs.create(
                name="string",
                breed="string",
            )
            ```
        """
        check_body("create", body, params.NewDog)
        return await self._core.request(
            "POST",
            "/dogs",
            json=body,
            cast_to=models.Dog,
            options=request_options,
        )


class AsyncDogsResourceWithRawResponse:
    """`client.dogs.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncDogsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncDogsResourceWithStreamingResponse:
    """`client.dogs.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncDogsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
