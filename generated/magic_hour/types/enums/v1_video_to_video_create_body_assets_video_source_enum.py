import typing

from ..._models import StrEnum


class V1VideoToVideoCreateBodyAssetsVideoSourceEnum(StrEnum):
    """Choose your video source."""

    FILE = "file"
    YOUTUBE = "youtube"


V1VideoToVideoCreateBodyAssetsVideoSourceEnumLiteral = typing.Literal[
    "file",
    "youtube",
]
"""The values of `V1VideoToVideoCreateBodyAssetsVideoSourceEnum` as plain strings: what request parameters accept."""
