from __future__ import annotations

import typing_extensions

from .v1_ai_image_upscaler_create_body_assets import V1AiImageUpscalerCreateBodyAssets
from .v1_ai_image_upscaler_create_body_style import V1AiImageUpscalerCreateBodyStyle


class V1AiImageUpscalerCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-image-upscaler`."""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    scale_factor: float
    """How much to scale the image. Must be either 2 or 4.

    Note: 4x upscale is only available on Creator, Pro, or Business tier."""

    style: V1AiImageUpscalerCreateBodyStyle
    """Style settings for the upscale. Use `mode` to select between `"pro"` (faster, no enhancement required) and `"creative"` (defaults to `"Balanced"` enhancement). Defaults to `"creative"`."""

    assets: V1AiImageUpscalerCreateBodyAssets
    """Provide the assets for upscaling"""
