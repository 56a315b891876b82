"""`client.pets`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class PetsResource:
    """Methods of `client.pets`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

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


class AsyncPetsResource:
    """Async methods of `client.pets`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

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
