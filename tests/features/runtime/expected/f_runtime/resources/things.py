"""`client.things`: Get a thing., Create a thing; a repeated key makes it once.."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params

_ERRORS: typing.Dict[str, object] = {
    "404": models.Problem,
}


class ThingsResource:
    """Methods of `client.things`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

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


class AsyncThingsResource:
    """Async methods of `client.things`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

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
