from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_text_to_video_create_body_aspect_ratio_enum import (
    V1TextToVideoCreateBodyAspectRatioEnum,
    V1TextToVideoCreateBodyAspectRatioEnumLiteral,
)
from ..enums.v1_text_to_video_create_body_model_enum import (
    V1TextToVideoCreateBodyModelEnum,
    V1TextToVideoCreateBodyModelEnumLiteral,
)
from ..enums.v1_text_to_video_create_body_resolution_enum import (
    V1TextToVideoCreateBodyResolutionEnum,
    V1TextToVideoCreateBodyResolutionEnumLiteral,
)
from .v1_text_to_video_create_body_style import V1TextToVideoCreateBodyStyle


class V1TextToVideoCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/text-to-video`."""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""

    end_seconds: float
    """The total duration of the output video in seconds. Supported durations depend on the chosen model:

    * **`ltx-2.3`**: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30
    * **`wan-2.2`**: 3, 4, 5, 6, 7, 8, 9, 10, 15
    * **`kling-2.5`**: 5, 10
    * **`kling-3.0`**: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    * **`veo3.1-lite`**: 8, 16, 24, 32, 40, 48, 56
    * **`veo3.1`**: 4, 6, 8, 16, 24, 32, 40, 48, 56
    * **`seedance`**: 4, 5, 6, 7, 8, 9, 10, 11, 12
    * **`seedance-2.0`**: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    * **`sora-2`**: 4, 8, 12, 24, 36, 48, 60"""

    aspect_ratio: typing_extensions.NotRequired[
        typing.Union[
            V1TextToVideoCreateBodyAspectRatioEnum,
            V1TextToVideoCreateBodyAspectRatioEnumLiteral,
        ]
    ]
    """Determines the aspect ratio of the output video.

    * **`ltx-2.3`**: Supports 9:16, 16:9, 1:1.
    * **`wan-2.2`**: Supports 9:16, 16:9, 1:1.
    * **`kling-2.5`**: Supports 9:16, 16:9, 1:1.
    * **`kling-3.0`**: Supports 9:16, 16:9, 1:1.
    * **`veo3.1-lite`**: Supports 9:16, 16:9.
    * **`veo3.1`**: Supports 9:16, 16:9.
    * **`seedance`**: Supports 9:16, 16:9, 1:1.
    * **`seedance-2.0`**: Supports 9:16, 16:9, 1:1.
    * **`sora-2`**: Supports 9:16, 16:9."""

    resolution: typing_extensions.NotRequired[
        typing.Union[
            V1TextToVideoCreateBodyResolutionEnum,
            V1TextToVideoCreateBodyResolutionEnumLiteral,
        ]
    ]
    """Controls the output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers.

    * **`ltx-2.3`**: Supports 480p, 720p, 1080p.
    * **`wan-2.2`**: Supports 480p, 720p, 1080p.
    * **`kling-2.5`**: Supports 720p, 1080p.
    * **`kling-3.0`**: Supports 720p, 1080p, 4k.
    * **`veo3.1-lite`**: Supports 720p, 1080p.
    * **`veo3.1`**: Supports 720p, 1080p.
    * **`seedance`**: Supports 480p, 720p, 1080p.
    * **`seedance-2.0`**: Supports 480p, 720p.
    * **`sora-2`**: Supports 720p."""

    model: typing_extensions.NotRequired[
        typing.Union[
            V1TextToVideoCreateBodyModelEnum, V1TextToVideoCreateBodyModelEnumLiteral
        ]
    ]
    """The AI model to use for video generation.

    * `default`: uses our currently recommended model for general use. For paid tiers, defaults to `kling-3.0`. For free tiers, it defaults to `ltx-2.3`.
    * `ltx-2.3`: Fast iteration with lip-sync & end frame
    * `wan-2.2`: Fast, strong visuals with effects
    * `kling-2.5`: Motion, action, and camera control
    * `kling-3.0`: Cinematic, multi-scene storytelling
    * `veo3.1-lite`: Fast, affordable, high-quality
    * `veo3.1`: Realistic visuals and prompt adherence
    * `seedance`: Fast iteration
    * `seedance-2.0`: State-of-the-art quality and consistency
    * `sora-2`: Story-first concepts and creativity"""

    audio: typing_extensions.NotRequired[bool]
    """Whether to include audio in the video. Defaults to `false` if not specified.

    Audio support varies by model:
    * **`ltx-2.3`**: Toggle-able: no additional credits for audio
    * **`wan-2.2`**: Not supported
    * **`kling-2.5`**: Toggle-able: no additional credits for audio
    * **`kling-3.0`**: Toggle-able: audio adds extra credits when enabled
    * **`veo3.1-lite`**: Toggle-able: audio adds extra credits when enabled
    * **`veo3.1`**: Toggle-able: audio adds extra credits when enabled
    * **`seedance`**: Not supported
    * **`seedance-2.0`**: Toggle-able: no additional credits for audio
    * **`sora-2`**: Toggle-able: no additional credits for audio"""

    style: V1TextToVideoCreateBodyStyle
