import typing

from ..._models import StrEnum


class V1LipSyncCreateBodyAssetsVideoSourceEnum(StrEnum):
    """Choose your video source."""

    FILE = "file"
    YOUTUBE = "youtube"


V1LipSyncCreateBodyAssetsVideoSourceEnumLiteral = typing.Literal[
    "file",
    "youtube",
]
"""The values of `V1LipSyncCreateBodyAssetsVideoSourceEnum` as plain strings: what request parameters accept."""
