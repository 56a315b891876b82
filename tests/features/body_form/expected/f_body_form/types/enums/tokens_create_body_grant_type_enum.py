import typing

from ..._models import StrEnum


class TokensCreateBodyGrantTypeEnum(StrEnum):
    """`grant_type` in the request body of `POST /tokens`."""

    CLIENT_CREDENTIALS = "client_credentials"
    REFRESH_TOKEN = "refresh_token"


TokensCreateBodyGrantTypeEnumLiteral = typing.Literal[
    "client_credentials",
    "refresh_token",
]
"""The values of `TokensCreateBodyGrantTypeEnum` as plain strings: what request parameters accept."""
