"""`client.items`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class ItemsResource:
    """Methods of `client.items`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def update(
        self,
        *,
        id: str,
        note: typing.Union[typing.Optional[str], NotGiven] = NOT_GIVEN,
        tag: typing.Union[typing.Optional[params.Tag], NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Item:
        """update

        `PATCH /items/{id}`

        Args:
            id: (no description)
            note: (no description)
            tag: (no description)
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
        return self._core.request(
            "PATCH",
            "/items/{id}",
            path_params={
                "id": id,
            },
            json={
                "note": note,
                "tag": tag,
            },
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
        note: typing.Union[typing.Optional[str], NotGiven] = NOT_GIVEN,
        tag: typing.Union[typing.Optional[params.Tag], NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Item:
        """update

        `PATCH /items/{id}`

        Args:
            id: (no description)
            note: (no description)
            tag: (no description)
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
        return await self._core.request(
            "PATCH",
            "/items/{id}",
            path_params={
                "id": id,
            },
            json={
                "note": note,
                "tag": tag,
            },
            cast_to=models.Item,
            options=request_options,
        )
