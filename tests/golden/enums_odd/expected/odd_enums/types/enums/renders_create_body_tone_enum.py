import typing

from ..._models import StrEnum


class RendersCreateBodyToneEnum(StrEnum):
    """`tone` in the request body of `POST /renders`."""

    WARM = "warm"
    COOL = "cool"


RendersCreateBodyToneEnumLiteral = typing.Literal[
    "warm",
    "cool",
]
"""The values of `RendersCreateBodyToneEnum` as plain strings: what request parameters accept."""
