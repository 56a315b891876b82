from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_ai_image_editor_create_body_aspect_ratio_enum import (
    V1AiImageEditorCreateBodyAspectRatioEnum,
    V1AiImageEditorCreateBodyAspectRatioEnumLiteral,
)
from ..enums.v1_ai_image_editor_create_body_image_count_enum import (
    V1AiImageEditorCreateBodyImageCountEnum,
    V1AiImageEditorCreateBodyImageCountEnumLiteral,
)
from ..enums.v1_ai_image_editor_create_body_model_enum import (
    V1AiImageEditorCreateBodyModelEnum,
    V1AiImageEditorCreateBodyModelEnumLiteral,
)
from ..enums.v1_ai_image_editor_create_body_resolution_enum import (
    V1AiImageEditorCreateBodyResolutionEnum,
    V1AiImageEditorCreateBodyResolutionEnumLiteral,
)
from .v1_ai_image_editor_create_body_assets import V1AiImageEditorCreateBodyAssets
from .v1_ai_image_editor_create_body_style import V1AiImageEditorCreateBodyStyle


class V1AiImageEditorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-image-editor`."""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    image_count: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageEditorCreateBodyImageCountEnum,
            V1AiImageEditorCreateBodyImageCountEnumLiteral,
        ]
    ]
    """Number of images to generate. Maximum varies by model. Defaults to 1 if not specified."""

    model: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageEditorCreateBodyModelEnum,
            V1AiImageEditorCreateBodyModelEnumLiteral,
        ]
    ]
    """The AI model to use for image editing. Each model has different capabilities and costs.

    **Models:**
    - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
    - `qwen-edit` - from 10 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Max additional input images: 2
    - `flux-2-klein` - from 5 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Max additional input images: 5
    - `nano-banana` - from 50 credits/image
      - Supported resolutions: 640px, 1k
      - Available for tiers: creator, pro, business
      - Max additional input images: 9
    - `nano-banana-2` - from 100 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Max additional input images: 9
    - `seedream-v4` - from 40 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Max additional input images: 9
    - `nano-banana-pro` - from 150 credits/image
      - Supported resolutions: 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Max additional input images: 9
    - `seedream-v4.5` - from 50 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Max additional input images: 9
    - `gpt-image-2` - from 50 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Max additional input images: 9"""

    aspect_ratio: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageEditorCreateBodyAspectRatioEnum,
            V1AiImageEditorCreateBodyAspectRatioEnumLiteral,
        ]
    ]
    """The aspect ratio of the output image(s). If not specified, defaults to `auto`."""

    resolution: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageEditorCreateBodyResolutionEnum,
            V1AiImageEditorCreateBodyResolutionEnumLiteral,
        ]
    ]
    """Maximum resolution (longest edge) for the output image.

    **Options:**
    - `640px` — up to 640px
    - `1k` — up to 1024px
    - `2k` — up to 2048px
    - `4k` — up to 4096px

    **Per-model support:**
    - `qwen-edit` - 640px, 1k, 2k
    - `flux-2-klein` - 640px, 1k, 2k
    - `nano-banana` - 640px, 1k
    - `nano-banana-2` - 640px, 1k, 2k, 4k
    - `seedream-v4` - 640px, 1k, 2k, 4k
    - `nano-banana-pro` - 1k, 2k, 4k
    - `seedream-v4.5` - 640px, 1k, 2k, 4k
    - `gpt-image-2` - 640px, 1k, 2k, 4k

    Note: Resolution availability depends on the model and your subscription tier."""

    style: V1AiImageEditorCreateBodyStyle
    assets: V1AiImageEditorCreateBodyAssets
    """Provide the assets for image edit"""
