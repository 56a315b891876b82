from __future__ import annotations

import typing_extensions

from .v1_lip_sync_create_body_assets import V1LipSyncCreateBodyAssets
from .v1_lip_sync_create_body_style import V1LipSyncCreateBodyStyle


class V1LipSyncCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/lip-sync`."""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""

    start_seconds: float
    """Start time of your clip (seconds). Must be ≥ 0."""

    end_seconds: float
    """End time of your clip (seconds). Must be greater than start_seconds."""

    max_fps_limit: typing_extensions.NotRequired[float]
    """Defines the maximum FPS (frames per second) for the output video. If the input video's FPS is lower than this limit, the output video will retain the input FPS. This is useful for reducing unnecessary frame usage in scenarios where high FPS is not required."""

    assets: V1LipSyncCreateBodyAssets
    """Provide the assets for lip-sync. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used"""

    style: typing_extensions.NotRequired[V1LipSyncCreateBodyStyle]
    """Attributes used to dictate the style of the output"""
