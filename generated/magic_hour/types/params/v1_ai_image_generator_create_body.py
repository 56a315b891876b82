from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_ai_image_generator_create_body_aspect_ratio_enum import (
    V1AiImageGeneratorCreateBodyAspectRatioEnum,
    V1AiImageGeneratorCreateBodyAspectRatioEnumLiteral,
)
from ..enums.v1_ai_image_generator_create_body_model_enum import (
    V1AiImageGeneratorCreateBodyModelEnum,
    V1AiImageGeneratorCreateBodyModelEnumLiteral,
)
from ..enums.v1_ai_image_generator_create_body_resolution_enum import (
    V1AiImageGeneratorCreateBodyResolutionEnum,
    V1AiImageGeneratorCreateBodyResolutionEnumLiteral,
)
from .v1_ai_image_generator_create_body_style import V1AiImageGeneratorCreateBodyStyle


class V1AiImageGeneratorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-image-generator`."""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    image_count: int
    """Number of images to generate. Maximum varies by model."""

    model: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageGeneratorCreateBodyModelEnum,
            V1AiImageGeneratorCreateBodyModelEnumLiteral,
        ]
    ]
    """The AI model to use for image generation. Each model has different capabilities and costs.

    **Models:**
    - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
    - `flux-schnell` - from 5 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `flux-2-klein` - from 5 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1
    - `z-image-turbo` - from 5 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `seedream-v4` - from 40 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `nano-banana` - from 50 credits/image
      - Supported resolutions: 640px, 1k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `nano-banana-2` - from 100 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 4, 9, 16
    - `nano-banana-pro` - from 150 credits/image
      - Supported resolutions: 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 4, 9, 16
    - `gpt-image-2` - from 50 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 2, 3, 4"""

    aspect_ratio: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageGeneratorCreateBodyAspectRatioEnum,
            V1AiImageGeneratorCreateBodyAspectRatioEnumLiteral,
        ]
    ]
    """The aspect ratio of the output image(s). If not specified, defaults to `1:1` (square)."""

    resolution: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageGeneratorCreateBodyResolutionEnum,
            V1AiImageGeneratorCreateBodyResolutionEnumLiteral,
        ]
    ]
    """Maximum resolution (longest edge) for the output image.

    **Options:**
    - `640px` — up to 640px
    - `1k` — up to 1024px
    - `2k` — up to 2048px
    - `4k` — up to 4096px

    **Per-model support:**
    - `flux-schnell` - 640px, 1k, 2k
    - `flux-2-klein` - 640px, 1k, 2k
    - `z-image-turbo` - 640px, 1k, 2k
    - `seedream-v4` - 640px, 1k, 2k, 4k
    - `nano-banana` - 640px, 1k
    - `nano-banana-2` - 640px, 1k, 2k, 4k
    - `nano-banana-pro` - 1k, 2k, 4k
    - `gpt-image-2` - 640px, 1k, 2k, 4k

    Note: Resolution availability depends on the model and your subscription tier."""

    style: V1AiImageGeneratorCreateBodyStyle
    """The art style to use for image generation."""
