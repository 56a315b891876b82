from __future__ import annotations

import typing_extensions

from .v1_animation_create_body_assets import V1AnimationCreateBodyAssets
from .v1_animation_create_body_style import V1AnimationCreateBodyStyle


class V1AnimationCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/animation`."""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""

    fps: float
    """The desire output video frame rate"""

    end_seconds: float
    """This value determines the duration of the output video."""

    height: int
    """The height of the final output video. The maximum height depends on your subscription. Please refer to our [pricing page](https://magichour.ai/pricing) for more details"""

    width: int
    """The width of the final output video. The maximum width depends on your subscription. Please refer to our [pricing page](https://magichour.ai/pricing) for more details"""

    style: V1AnimationCreateBodyStyle
    """Defines the style of the output video"""

    assets: V1AnimationCreateBodyAssets
    """Provide the assets for animation."""
