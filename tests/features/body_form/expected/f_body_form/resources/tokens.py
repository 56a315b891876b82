"""`client.tokens`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._types import RequestOptions
from ..types import models, params


class TokensResource:
    """Methods of `client.tokens`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.TokensCreateBody],
    ) -> models.TokensCreateResponse:
        """Create token

        `POST /tokens`

        Args:
            grant_type: `grant_type` in the request body of `POST /tokens`.
            scope: `scope` in the request body.
            note: `note` in the request body.
            count: `count` in the request body.
            active: `active` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.TokensCreateResponse`: A token.

        Example:
            ```python
            client.tokens.create(
                grant_type="client_credentials",
                scope=["string"],
            )
            ```
        """
        check_body("create", body, params.TokensCreateBody)
        return self._core.request(
            "POST",
            "/tokens",
            form=body,
            cast_to=models.TokensCreateResponse,
            options=request_options,
        )


class AsyncTokensResource:
    """Async methods of `client.tokens`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.TokensCreateBody],
    ) -> models.TokensCreateResponse:
        """Create token

        `POST /tokens`

        Args:
            grant_type: `grant_type` in the request body of `POST /tokens`.
            scope: `scope` in the request body.
            note: `note` in the request body.
            count: `count` in the request body.
            active: `active` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.TokensCreateResponse`: A token.

        Example:
            ```python
            await client.tokens.create(
                grant_type="client_credentials",
                scope=["string"],
            )
            ```
        """
        check_body("create", body, params.TokensCreateBody)
        return await self._core.request(
            "POST",
            "/tokens",
            form=body,
            cast_to=models.TokensCreateResponse,
            options=request_options,
        )
