import typing

from ..._models import StrEnum


class V1VideoToVideoCreateBodyFpsResolutionEnum(StrEnum):
    """Determines whether the resulting video will have the same frame per second as the original video, or half.
    * `FULL` - the result video will have the same FPS as the input video
    * `HALF` - the result video will have half the FPS as the input video"""

    FULL = "FULL"
    HALF = "HALF"


V1VideoToVideoCreateBodyFpsResolutionEnumLiteral = typing.Literal[
    "FULL",
    "HALF",
]
"""The values of `V1VideoToVideoCreateBodyFpsResolutionEnum` as plain strings: what request parameters accept."""
