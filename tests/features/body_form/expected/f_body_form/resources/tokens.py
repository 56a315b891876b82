"""`client.tokens`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import enums, models


class TokensResource:
    """Methods of `client.tokens`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        grant_type: typing.Union[
            enums.TokensCreateBodyGrantTypeEnum,
            enums.TokensCreateBodyGrantTypeEnumLiteral,
        ],
        scope: typing.Sequence[str],
        note: typing.Union[str, NotGiven] = NOT_GIVEN,
        count: typing.Union[int, NotGiven] = NOT_GIVEN,
        active: typing.Union[bool, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.TokensCreateResponse:
        """create

        `POST /tokens`

        Args:
            grant_type: `grant_type` in the request body of `POST /tokens`.
            scope: (no description)
            note: (no description)
            count: (no description)
            active: (no description)
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
        return self._core.request(
            "POST",
            "/tokens",
            form={
                "grant_type": grant_type,
                "scope": scope,
                "note": note,
                "count": count,
                "active": active,
            },
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
        grant_type: typing.Union[
            enums.TokensCreateBodyGrantTypeEnum,
            enums.TokensCreateBodyGrantTypeEnumLiteral,
        ],
        scope: typing.Sequence[str],
        note: typing.Union[str, NotGiven] = NOT_GIVEN,
        count: typing.Union[int, NotGiven] = NOT_GIVEN,
        active: typing.Union[bool, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.TokensCreateResponse:
        """create

        `POST /tokens`

        Args:
            grant_type: `grant_type` in the request body of `POST /tokens`.
            scope: (no description)
            note: (no description)
            count: (no description)
            active: (no description)
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
        return await self._core.request(
            "POST",
            "/tokens",
            form={
                "grant_type": grant_type,
                "scope": scope,
                "note": note,
                "count": count,
                "active": active,
            },
            cast_to=models.TokensCreateResponse,
            options=request_options,
        )
