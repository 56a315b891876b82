"""`client.dogs`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models


class DogsResource:
    """Methods of `client.dogs`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        name: str,
        breed: str,
        age: typing.Union[int, NotGiven] = NOT_GIVEN,
        good_boy: typing.Union[bool, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Dog:
        """create

        `POST /dogs`

        Args:
            name: (no description)
            breed: (no description)
            age: (no description)
            good_boy: (no description)
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
        return self._core.request(
            "POST",
            "/dogs",
            json={
                "name": name,
                "breed": breed,
                "age": age,
                "good_boy": good_boy,
            },
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
        name: str,
        breed: str,
        age: typing.Union[int, NotGiven] = NOT_GIVEN,
        good_boy: typing.Union[bool, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Dog:
        """create

        `POST /dogs`

        Args:
            name: (no description)
            breed: (no description)
            age: (no description)
            good_boy: (no description)
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
        return await self._core.request(
            "POST",
            "/dogs",
            json={
                "name": name,
                "breed": breed,
                "age": age,
                "good_boy": good_boy,
            },
            cast_to=models.Dog,
            options=request_options,
        )
