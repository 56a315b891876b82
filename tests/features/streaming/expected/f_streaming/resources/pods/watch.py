"""`client.pods.watch`: Watch events, Kubernetes style.."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, SyncCore
from ..._streaming import AsyncStream, Stream, StreamOf
from ..._types import RequestOptions
from ...types import models


class WatchResource:
    """Methods of `client.pods.watch`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> Stream[models.WatchEvent]:
        """Watch events, Kubernetes style.

        `GET /pods/watch`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `Stream[models.WatchEvent]`: Watch events.

        Example:
            ```python
            for item in client.pods.watch.list():
                print(item)
            ```
        """
        return self._core.request(
            "GET",
            "/pods/watch",
            accept="application/json;stream=watch",
            cast_to=StreamOf[models.WatchEvent](models.WatchEvent, "ndjson"),
            options=request_options,
        )


class AsyncWatchResource:
    """Async methods of `client.pods.watch`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncStream[models.WatchEvent]:
        """Watch events, Kubernetes style.

        `GET /pods/watch`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncStream[models.WatchEvent]`: Watch events.

        Example:
            ```python
            async for item in await client.pods.watch.list():
                print(item)
            ```
        """
        return await self._core.request(
            "GET",
            "/pods/watch",
            accept="application/json;stream=watch",
            cast_to=StreamOf[models.WatchEvent](models.WatchEvent, "ndjson"),
            options=request_options,
        )
