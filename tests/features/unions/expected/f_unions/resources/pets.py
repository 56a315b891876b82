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


class AsyncPetsResource:
    """Async methods of `client.pets`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

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
