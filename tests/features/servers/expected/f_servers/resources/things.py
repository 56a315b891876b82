"""`client.things`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions


class ThingsResource:
    """Methods of `client.things`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[str]:
        """List things

        `GET /things`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[str]`: OK

        Example:
            ```python
            client.things.list()
            ```
        """
        return self._core.request(
            "GET",
            "/things",
            cast_to=typing.List[str],
            options=request_options,
        )


class AsyncThingsResource:
    """Async methods of `client.things`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[str]:
        """List things

        `GET /things`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[str]`: OK

        Example:
            ```python
            await client.things.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/things",
            cast_to=typing.List[str],
            options=request_options,
        )
