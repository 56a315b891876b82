"""`client.dogs`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._types import RequestOptions
from ..types import models, params


class DogsResource:
    """Methods of `client.dogs`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

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


class AsyncDogsResource:
    """Async methods of `client.dogs`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

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
