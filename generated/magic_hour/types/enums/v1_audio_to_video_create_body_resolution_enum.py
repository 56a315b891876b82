import typing

from ..._models import StrEnum


class V1AudioToVideoCreateBodyResolutionEnum(StrEnum):
    """Output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers."""

    VALUE_480P = "480p"
    VALUE_720P = "720p"
    VALUE_1080P = "1080p"


V1AudioToVideoCreateBodyResolutionEnumLiteral = typing.Literal[
    "480p",
    "720p",
    "1080p",
]
"""The values of `V1AudioToVideoCreateBodyResolutionEnum` as plain strings: what request parameters accept."""
