from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_audio_to_video_create_body_resolution_enum import (
    V1AudioToVideoCreateBodyResolutionEnum,
    V1AudioToVideoCreateBodyResolutionEnumLiteral,
)
from .v1_audio_to_video_create_body_assets import V1AudioToVideoCreateBodyAssets
from .v1_audio_to_video_create_body_style import V1AudioToVideoCreateBodyStyle


class V1AudioToVideoCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/audio-to-video`."""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""

    start_seconds: typing_extensions.NotRequired[float]
    """Start time of your clip (seconds). Must be ≥ 0."""

    end_seconds: float
    """End time of your clip (seconds). Must be greater than start_seconds."""

    resolution: typing_extensions.NotRequired[
        typing.Union[
            V1AudioToVideoCreateBodyResolutionEnum,
            V1AudioToVideoCreateBodyResolutionEnumLiteral,
        ]
    ]
    """Output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers."""

    assets: V1AudioToVideoCreateBodyAssets
    """Provide the audio file and an optional reference image."""

    style: typing_extensions.NotRequired[V1AudioToVideoCreateBodyStyle]
    """Attributes used to dictate the style of the output"""
