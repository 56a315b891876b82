from __future__ import annotations

import typing_extensions

from .v1_ai_talking_photo_create_body_assets import V1AiTalkingPhotoCreateBodyAssets
from .v1_ai_talking_photo_create_body_style import V1AiTalkingPhotoCreateBodyStyle


class V1AiTalkingPhotoCreateBody(typing_extensions.TypedDict):
    """Provide the assets for creating a talking photo"""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    start_seconds: float
    """The start time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s."""

    end_seconds: float
    """The end time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s."""

    assets: V1AiTalkingPhotoCreateBodyAssets
    """Provide the assets for creating a talking photo"""

    style: typing_extensions.NotRequired[V1AiTalkingPhotoCreateBodyStyle]
    """Attributes used to dictate the style of the output"""

    max_resolution: typing_extensions.NotRequired[int]
    """Constrains the larger dimension (height or width) of the output video. Allows you to set a lower resolution than your plan's maximum if desired. The value is capped by your plan's max resolution."""
