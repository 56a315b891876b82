"""`client.owners`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, ResponseType, SyncCore
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class OwnersResource:
    """Methods of `client.owners`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        name: str,
        pets: typing.Union[params.PetIds, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.OwnerList:
        """create

        `POST /owners`

        Args:
            name: (no description)
            pets: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.OwnerList`: Created

        Example:
            ```python
            client.owners.create(
                name="string",
            )
            ```
        """
        return self._core.request(
            "POST",
            "/owners",
            json={
                "name": name,
                "pets": pets,
            },
            cast_to=ResponseType[models.OwnerList](models.OwnerList),
            options=request_options,
        )


class AsyncOwnersResource:
    """Async methods of `client.owners`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        name: str,
        pets: typing.Union[params.PetIds, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.OwnerList:
        """create

        `POST /owners`

        Args:
            name: (no description)
            pets: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.OwnerList`: Created

        Example:
            ```python
            await client.owners.create(
                name="string",
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/owners",
            json={
                "name": name,
                "pets": pets,
            },
            cast_to=ResponseType[models.OwnerList](models.OwnerList),
            options=request_options,
        )
