import typing

from ..._models import StrEnum


class RendersCreateBodyLabelEnum(StrEnum):
    """Labels that collide once case and punctuation are dropped."""

    A_B = "a-b"
    A_B2 = "a_b"
    A_B3 = "A B"
    EMPTY = ""
    CLASS = "class"
    UNICODE = "ünïcode"
    WITH_SPACE = "with space"


RendersCreateBodyLabelEnumLiteral = typing.Literal[
    "a-b",
    "a_b",
    "A B",
    "",
    "class",
    "ünïcode",
    "with space",
]
"""The values of `RendersCreateBodyLabelEnum` as plain strings: what request parameters accept."""
