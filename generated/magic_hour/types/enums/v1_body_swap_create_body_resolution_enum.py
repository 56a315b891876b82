import typing

from ..._models import StrEnum


class V1BodySwapCreateBodyResolutionEnum(StrEnum):
    """Output resolution. Determines credits charged for the run."""

    VALUE_640PX = "640px"
    VALUE_1K = "1k"
    VALUE_2K = "2k"
    VALUE_4K = "4k"


V1BodySwapCreateBodyResolutionEnumLiteral = typing.Literal[
    "640px",
    "1k",
    "2k",
    "4k",
]
"""The values of `V1BodySwapCreateBodyResolutionEnum` as plain strings: what request parameters accept."""
