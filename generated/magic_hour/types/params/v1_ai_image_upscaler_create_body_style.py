from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_ai_image_upscaler_create_body_style_enhancement_enum import (
    V1AiImageUpscalerCreateBodyStyleEnhancementEnum,
    V1AiImageUpscalerCreateBodyStyleEnhancementEnumLiteral,
)
from ..enums.v1_ai_image_upscaler_create_body_style_mode_enum import (
    V1AiImageUpscalerCreateBodyStyleModeEnum,
    V1AiImageUpscalerCreateBodyStyleModeEnumLiteral,
)


class V1AiImageUpscalerCreateBodyStyle(typing_extensions.TypedDict):
    """Style settings for the upscale. Use `mode` to select between `"pro"` (faster, no enhancement required) and `"creative"` (defaults to `"Balanced"` enhancement). Defaults to `"creative"`."""

    mode: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageUpscalerCreateBodyStyleModeEnum,
            V1AiImageUpscalerCreateBodyStyleModeEnumLiteral,
        ]
    ]
    """The upscaling mode. `"pro"` is faster and does not require `enhancement`. `"creative"` requires `enhancement`. Defaults to `"creative"`."""

    enhancement: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageUpscalerCreateBodyStyleEnhancementEnum,
            V1AiImageUpscalerCreateBodyStyleEnhancementEnumLiteral,
        ]
    ]
    """`enhancement` in `style` in the request body of `POST /v1/ai-image-upscaler`."""

    prompt: typing_extensions.NotRequired[str]
    """A prompt to guide the final image. This value is ignored if `enhancement` is not Creative"""
