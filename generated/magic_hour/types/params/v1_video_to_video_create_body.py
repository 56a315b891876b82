from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_video_to_video_create_body_fps_resolution_enum import (
    V1VideoToVideoCreateBodyFpsResolutionEnum,
    V1VideoToVideoCreateBodyFpsResolutionEnumLiteral,
)
from .v1_video_to_video_create_body_assets import V1VideoToVideoCreateBodyAssets
from .v1_video_to_video_create_body_style import V1VideoToVideoCreateBodyStyle


class V1VideoToVideoCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/video-to-video`."""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""

    start_seconds: float
    """Start time of your clip (seconds). Must be ≥ 0."""

    end_seconds: float
    """End time of your clip (seconds). Must be greater than start_seconds."""

    fps_resolution: typing_extensions.NotRequired[
        typing.Union[
            V1VideoToVideoCreateBodyFpsResolutionEnum,
            V1VideoToVideoCreateBodyFpsResolutionEnumLiteral,
        ]
    ]
    """Determines whether the resulting video will have the same frame per second as the original video, or half.
    * `FULL` - the result video will have the same FPS as the input video
    * `HALF` - the result video will have half the FPS as the input video"""

    style: V1VideoToVideoCreateBodyStyle
    assets: V1VideoToVideoCreateBodyAssets
    """Provide the assets for video-to-video. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used"""
