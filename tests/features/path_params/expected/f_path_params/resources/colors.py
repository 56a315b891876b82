"""`client.colors`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions


class ColorsResource:
    """Methods of `client.colors`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def get(
        self,
        *,
        ids: typing.Sequence[int],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get colors

        `GET /colors/{ids}`

        Args:
            ids: The `ids` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.colors.get(
                ids=[1],
            )
            ```
        """
        self._core.request(
            "GET",
            "/colors/{ids}",
            path_params={"ids": ids},
            cast_to=None,
            options=request_options,
        )


class AsyncColorsResource:
    """Async methods of `client.colors`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def get(
        self,
        *,
        ids: typing.Sequence[int],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get colors

        `GET /colors/{ids}`

        Args:
            ids: The `ids` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.colors.get(
                ids=[1],
            )
            ```
        """
        await self._core.request(
            "GET",
            "/colors/{ids}",
            path_params={"ids": ids},
            cast_to=None,
            options=request_options,
        )
