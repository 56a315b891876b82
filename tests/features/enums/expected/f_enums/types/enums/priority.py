import typing

from ..._models import IntEnum


class Priority(IntEnum):
    """Integer priority levels."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_MINUS_1 = -1


PriorityLiteral = typing.Literal[
    1,
    2,
    3,
    -1,
]
"""The values of `Priority` as plain integers: what request parameters accept."""
