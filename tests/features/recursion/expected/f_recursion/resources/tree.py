"""`client.tree`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class TreeResource:
    """Methods of `client.tree`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        name: str,
        children: typing.Union[typing.Sequence[params.Node], NotGiven] = NOT_GIVEN,
        parent: typing.Union[params.Node, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Node:
        """create

        `POST /tree`

        Args:
            name: (no description)
            children: (no description)
            parent: A tree node with children of its own type.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Node`: The same tree.

        Example:
            ```python
            client.tree.create(
                name="string",
            )
            ```
        """
        return self._core.request(
            "POST",
            "/tree",
            json={
                "name": name,
                "children": children,
                "parent": parent,
            },
            cast_to=models.Node,
            options=request_options,
        )


class AsyncTreeResource:
    """Async methods of `client.tree`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        name: str,
        children: typing.Union[typing.Sequence[params.Node], NotGiven] = NOT_GIVEN,
        parent: typing.Union[params.Node, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Node:
        """create

        `POST /tree`

        Args:
            name: (no description)
            children: (no description)
            parent: A tree node with children of its own type.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Node`: The same tree.

        Example:
            ```python
            await client.tree.create(
                name="string",
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/tree",
            json={
                "name": name,
                "children": children,
                "parent": parent,
            },
            cast_to=models.Node,
            options=request_options,
        )
