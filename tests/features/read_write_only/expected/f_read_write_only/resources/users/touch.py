"""`client.users.touch`: resource group."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, SyncCore
from ..._types import RequestOptions


class TouchResource:
    """Methods of `client.users.touch`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Touch user

        `POST /users/{id}/touch`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.users.touch.create(
                id="string",
            )
            ```
        """
        self._core.request(
            "POST",
            "/users/{id}/touch",
            path_params={"id": id},
            json={},
            cast_to=None,
            options=request_options,
        )


class AsyncTouchResource:
    """Async methods of `client.users.touch`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Touch user

        `POST /users/{id}/touch`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.users.touch.create(
                id="string",
            )
            ```
        """
        await self._core.request(
            "POST",
            "/users/{id}/touch",
            path_params={"id": id},
            json={},
            cast_to=None,
            options=request_options,
        )
