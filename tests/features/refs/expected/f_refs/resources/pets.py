"""`client.pets`: resource group."""

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
    "404": models.Error,
}


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
        pet_id: int,
        verbose: typing.Union[bool, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Pet:
        """Get pet

        `GET /pets/{petId}`

        Args:
            pet_id: The `petId` path parameter.
            verbose: The `verbose` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Pet`: A pet.

        Example:
            ```python
            client.pets.get(
                pet_id=1,
            )
            ```
        """
        return self._core.request(
            "GET",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            query={"verbose": verbose},
            errors=_ERRORS,
            cast_to=models.Pet,
            options=request_options,
        )

    def update(
        self,
        *,
        pet_id: int,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Pet],
    ) -> models.Pet:
        """Replace pet

        `PUT /pets/{petId}`

        Args:
            pet_id: The `petId` path parameter.
            id: `id` in the request body.
            name: `name` in the request body.
            owner: `owner` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Pet`: A pet.

        Example:
            ```python
            client.pets.update(
                pet_id=1,
                id=1,
                name="string",
            )
            ```
        """
        check_body("update", body, params.Pet)
        return self._core.request(
            "PUT",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            json=body,
            cast_to=models.Pet,
            options=request_options,
        )


class PetsResourceWithRawResponse:
    """`client.pets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: PetsResource) -> None:
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)


class PetsResourceWithStreamingResponse:
    """`client.pets.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: PetsResource) -> None:
        self.get = to_streamed_response(resource.get)
        self.update = to_streamed_response(resource.update)


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
        pet_id: int,
        verbose: typing.Union[bool, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Pet:
        """Get pet

        `GET /pets/{petId}`

        Args:
            pet_id: The `petId` path parameter.
            verbose: The `verbose` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Pet`: A pet.

        Example:
            ```python
            await client.pets.get(
                pet_id=1,
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            query={"verbose": verbose},
            errors=_ERRORS,
            cast_to=models.Pet,
            options=request_options,
        )

    async def update(
        self,
        *,
        pet_id: int,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Pet],
    ) -> models.Pet:
        """Replace pet

        `PUT /pets/{petId}`

        Args:
            pet_id: The `petId` path parameter.
            id: `id` in the request body.
            name: `name` in the request body.
            owner: `owner` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Pet`: A pet.

        Example:
            ```python
            await client.pets.update(
                pet_id=1,
                id=1,
                name="string",
            )
            ```
        """
        check_body("update", body, params.Pet)
        return await self._core.request(
            "PUT",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            json=body,
            cast_to=models.Pet,
            options=request_options,
        )


class AsyncPetsResourceWithRawResponse:
    """`client.pets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)


class AsyncPetsResourceWithStreamingResponse:
    """`client.pets.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.get = async_to_streamed_response(resource.get)
        self.update = async_to_streamed_response(resource.update)
