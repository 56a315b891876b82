import typing

from ..._models import StrEnum


class V1FaceSwapCreateBodyAssetsVideoSourceEnum(StrEnum):
    """Choose your video source."""

    FILE = "file"
    YOUTUBE = "youtube"


V1FaceSwapCreateBodyAssetsVideoSourceEnumLiteral = typing.Literal[
    "file",
    "youtube",
]
"""The values of `V1FaceSwapCreateBodyAssetsVideoSourceEnum` as plain strings: what request parameters accept."""
