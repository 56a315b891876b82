"""`client.items`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._types import RequestOptions
from ..types import models, params


class ItemsResource:
    """Methods of `client.items`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def update(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ItemPatch],
    ) -> models.Item:
        """Patch item

        `PATCH /items/{id}`

        Args:
            id: The `id` path parameter.
            note: `note` in the request body.
            tag: `tag` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Item`: The item.

        Example:
            ```python
            client.items.update(
                id="string",
            )
            ```
        """
        check_body("update", body, params.ItemPatch)
        return self._core.request(
            "PATCH",
            "/items/{id}",
            path_params={"id": id},
            json=body,
            cast_to=models.Item,
            options=request_options,
        )


class AsyncItemsResource:
    """Async methods of `client.items`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def update(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ItemPatch],
    ) -> models.Item:
        """Patch item

        `PATCH /items/{id}`

        Args:
            id: The `id` path parameter.
            note: `note` in the request body.
            tag: `tag` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Item`: The item.

        Example:
            ```python
            await client.items.update(
                id="string",
            )
            ```
        """
        check_body("update", body, params.ItemPatch)
        return await self._core.request(
            "PATCH",
            "/items/{id}",
            path_params={"id": id},
            json=body,
            cast_to=models.Item,
            options=request_options,
        )
