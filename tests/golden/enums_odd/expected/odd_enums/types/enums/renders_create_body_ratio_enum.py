import typing

from ..._models import StrEnum


class RendersCreateBodyRatioEnum(StrEnum):
    """Frame shape."""

    VALUE_1_1 = "1:1"
    VALUE_16_9 = "16:9"
    VALUE_9_16 = "9:16"
    VALUE_4_3 = "4:3"


RendersCreateBodyRatioEnumLiteral = typing.Literal[
    "1:1",
    "16:9",
    "9:16",
    "4:3",
]
"""The values of `RendersCreateBodyRatioEnum` as plain strings: what request parameters accept."""
