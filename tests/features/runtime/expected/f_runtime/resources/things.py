"""`client.things`: Get a thing., Create a thing; a repeated key makes it once.."""

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
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params

_ERRORS: typing.Dict[str, object] = {
    "404": models.Problem,
}


class ThingsResource:
    """Methods of `client.things`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ThingsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ThingsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ThingsResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Thing:
        """Get a thing.

        `GET /things/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Thing`: The thing.

        Example:
            ```python
            client.things.get(
                id="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/things/{id}",
            path_params={"id": id},
            errors=_ERRORS,
            cast_to=models.Thing,
            options=request_options,
        )

    def create(
        self,
        *,
        idempotency_key: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.NewThing],
    ) -> models.Thing:
        """Create a thing; a repeated key makes it once.

        `POST /things`

        Args:
            name: `name` in the request body.
            idempotency_key: The `Idempotency-Key` header parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Thing`: Created.

        Example:
            ```python
            client.things.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.NewThing)
        return self._core.request(
            "POST",
            "/things",
            headers={"Idempotency-Key": idempotency_key},
            json=body,
            idempotency_header="Idempotency-Key",
            cast_to=models.Thing,
            options=request_options,
        )


class ThingsResourceWithRawResponse:
    """`client.things.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ThingsResource) -> None:
        self.get = to_raw_response(resource.get)
        self.create = to_raw_response(resource.create)


class ThingsResourceWithStreamingResponse:
    """`client.things.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ThingsResource) -> None:
        self.get = to_streamed_response(resource.get)
        self.create = to_streamed_response(resource.create)


class AsyncThingsResource:
    """Async methods of `client.things`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncThingsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncThingsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncThingsResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Thing:
        """Get a thing.

        `GET /things/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Thing`: The thing.

        Example:
            ```python
            await client.things.get(
                id="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/things/{id}",
            path_params={"id": id},
            errors=_ERRORS,
            cast_to=models.Thing,
            options=request_options,
        )

    async def create(
        self,
        *,
        idempotency_key: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.NewThing],
    ) -> models.Thing:
        """Create a thing; a repeated key makes it once.

        `POST /things`

        Args:
            name: `name` in the request body.
            idempotency_key: The `Idempotency-Key` header parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Thing`: Created.

        Example:
            ```python
            await client.things.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.NewThing)
        return await self._core.request(
            "POST",
            "/things",
            headers={"Idempotency-Key": idempotency_key},
            json=body,
            idempotency_header="Idempotency-Key",
            cast_to=models.Thing,
            options=request_options,
        )


class AsyncThingsResourceWithRawResponse:
    """`client.things.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.get = async_to_raw_response(resource.get)
        self.create = async_to_raw_response(resource.create)


class AsyncThingsResourceWithStreamingResponse:
    """`client.things.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.get = async_to_streamed_response(resource.get)
        self.create = async_to_streamed_response(resource.create)
