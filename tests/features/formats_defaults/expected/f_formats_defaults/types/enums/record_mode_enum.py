import typing

from ..._models import StrEnum


class RecordModeEnum(StrEnum):
    """`mode` in the `Record` schema."""

    FAST = "fast"
    SLOW = "slow"


RecordModeEnumLiteral = typing.Literal[
    "fast",
    "slow",
]
"""The values of `RecordModeEnum` as plain strings: what request parameters accept."""
