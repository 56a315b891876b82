import typing

from ..._models import StrEnum


class V1AiImageEditorCreateBodyModelEnum(StrEnum):
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

    DEFAULT = "default"
    QWEN_EDIT = "qwen-edit"
    FLUX_2_KLEIN = "flux-2-klein"
    NANO_BANANA = "nano-banana"
    NANO_BANANA_2 = "nano-banana-2"
    SEEDREAM_V4 = "seedream-v4"
    NANO_BANANA_PRO = "nano-banana-pro"
    SEEDREAM_V4_5 = "seedream-v4.5"
    GPT_IMAGE_2 = "gpt-image-2"


V1AiImageEditorCreateBodyModelEnumLiteral = typing.Literal[
    "default",
    "qwen-edit",
    "flux-2-klein",
    "nano-banana",
    "nano-banana-2",
    "seedream-v4",
    "nano-banana-pro",
    "seedream-v4.5",
    "gpt-image-2",
]
"""The values of `V1AiImageEditorCreateBodyModelEnum` as plain strings: what request parameters accept."""
