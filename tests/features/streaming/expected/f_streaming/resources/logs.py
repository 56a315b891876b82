"""`client.logs`: Log records, one JSON object per line.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._streaming import AsyncStream, Stream, StreamOf
from .._types import RequestOptions
from ..types import models


class LogsResource:
    """Methods of `client.logs`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> Stream[models.LogRecord]:
        """Log records, one JSON object per line.

        `GET /logs`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `Stream[models.LogRecord]`: Records.

        Example:
            ```python
            for item in client.logs.list():
                print(item)
            ```
        """
        return self._core.request(
            "GET",
            "/logs",
            accept="application/x-ndjson",
            cast_to=StreamOf[models.LogRecord](models.LogRecord, "ndjson"),
            options=request_options,
        )


class AsyncLogsResource:
    """Async methods of `client.logs`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncStream[models.LogRecord]:
        """Log records, one JSON object per line.

        `GET /logs`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncStream[models.LogRecord]`: Records.

        Example:
            ```python
            async for item in await client.logs.list():
                print(item)
            ```
        """
        return await self._core.request(
            "GET",
            "/logs",
            accept="application/x-ndjson",
            cast_to=StreamOf[models.LogRecord](models.LogRecord, "ndjson"),
            options=request_options,
        )
