import typing

from ..._models import IntEnum


class RendersCreateBodyQualityEnum(IntEnum):
    """Quality level."""

    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_MINUS_1 = -1


RendersCreateBodyQualityEnumLiteral = typing.Literal[
    0,
    1,
    2,
    -1,
]
"""The values of `RendersCreateBodyQualityEnum` as plain integers: what request parameters accept."""
