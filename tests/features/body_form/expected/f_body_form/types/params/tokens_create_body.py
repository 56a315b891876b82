from __future__ import annotations

import typing

import typing_extensions

from ..enums.tokens_create_body_grant_type_enum import (
    TokensCreateBodyGrantTypeEnum,
    TokensCreateBodyGrantTypeEnumLiteral,
)


class TokensCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /tokens`."""

    grant_type: typing.Union[
        TokensCreateBodyGrantTypeEnum, TokensCreateBodyGrantTypeEnumLiteral
    ]
    """`grant_type` in the request body of `POST /tokens`."""

    scope: typing.Sequence[str]
    note: typing_extensions.NotRequired[str]
    count: typing_extensions.NotRequired[int]
    active: typing_extensions.NotRequired[bool]
