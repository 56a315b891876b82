"""`client.key_cookie`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class KeyCookieResource:
    """Methods of `client.key_cookie`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get key cookie

        `GET /key-cookie`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.key_cookie.list()
            ```
        """
        return self._core.request(
            "GET",
            "/key-cookie",
            auth=(("cookieKey",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncKeyCookieResource:
    """Async methods of `client.key_cookie`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get key cookie

        `GET /key-cookie`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.key_cookie.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/key-cookie",
            auth=(("cookieKey",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )
