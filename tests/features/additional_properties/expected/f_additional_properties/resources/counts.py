"""`client.counts`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions


class CountsResource:
    """Methods of `client.counts`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Dict[str, int]:
        """Get counts

        `GET /counts`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Dict[str, int]`: A typed map of counts.

        Example:
            ```python
            client.counts.list()
            ```
        """
        return self._core.request(
            "GET",
            "/counts",
            cast_to=typing.Dict[str, int],
            options=request_options,
        )


class AsyncCountsResource:
    """Async methods of `client.counts`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Dict[str, int]:
        """Get counts

        `GET /counts`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Dict[str, int]`: A typed map of counts.

        Example:
            ```python
            await client.counts.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/counts",
            cast_to=typing.Dict[str, int],
            options=request_options,
        )
