import typing

from ..._models import StrEnum


class V1AnimationCreateBodyAssetsAudioSourceEnum(StrEnum):
    """Optionally add an audio source if you'd like to incorporate audio into your video"""

    NONE = "none"
    FILE = "file"
    YOUTUBE = "youtube"


V1AnimationCreateBodyAssetsAudioSourceEnumLiteral = typing.Literal[
    "none",
    "file",
    "youtube",
]
"""The values of `V1AnimationCreateBodyAssetsAudioSourceEnum` as plain strings: what request parameters accept."""
