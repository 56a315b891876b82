import typing

from ..._models import StrEnum


class RendersCreateBodySizeEnum(StrEnum):
    """Output size.

    Deprecated members:
    - `auto`: use `1k` instead
    """

    AUTO = "auto"
    """Deprecated: Use `1k` instead."""
    VALUE_640PX = "640px"
    VALUE_1K = "1k"
    VALUE_4K = "4k"


RendersCreateBodySizeEnumLiteral = typing.Literal[
    "auto",
    "640px",
    "1k",
    "4k",
]
"""The values of `RendersCreateBodySizeEnum` as plain strings: what request parameters accept."""
