"""`client.expression`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, ResponseType, SyncCore
from .._types import RequestOptions
from ..types import models


class ExpressionResource:
    """Methods of `client.expression`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Expression:
        """Get expression

        `GET /expression`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Expression`: A nested list expression.

        Example:
            ```python
            client.expression.list()
            ```
        """
        return self._core.request(
            "GET",
            "/expression",
            cast_to=ResponseType[models.Expression](models.Expression),
            options=request_options,
        )


class AsyncExpressionResource:
    """Async methods of `client.expression`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Expression:
        """Get expression

        `GET /expression`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Expression`: A nested list expression.

        Example:
            ```python
            await client.expression.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/expression",
            cast_to=ResponseType[models.Expression](models.Expression),
            options=request_options,
        )
