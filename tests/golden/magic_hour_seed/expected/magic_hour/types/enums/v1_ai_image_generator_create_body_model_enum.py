import typing

from ..._models import StrEnum


class V1AiImageGeneratorCreateBodyModelEnum(StrEnum):
    """The AI model to use for image generation. Each model has different capabilities and costs.

    **Models:**
    - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
    - `flux-schnell` - from 5 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `z-image-turbo` - from 5 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `seedream-v4` - from 40 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `nano-banana` - from 50 credits/image
      - Supported resolutions: 640px, 1k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `nano-banana-2` - from 100 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1, 4, 9, 16
    - `nano-banana-pro` - from 150 credits/image
      - Supported resolutions: 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 4, 9, 16
    - `gpt-image-2` - from 50 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 2, 3, 4

    Deprecated members:
    - `seedream`: use `seedream-v4` instead
    """

    DEFAULT = "default"
    FLUX_SCHNELL = "flux-schnell"
    Z_IMAGE_TURBO = "z-image-turbo"
    SEEDREAM_V4 = "seedream-v4"
    NANO_BANANA = "nano-banana"
    NANO_BANANA_2 = "nano-banana-2"
    NANO_BANANA_PRO = "nano-banana-pro"
    GPT_IMAGE_2 = "gpt-image-2"
    SEEDREAM = "seedream"
    """Deprecated: Use `seedream-v4` instead."""


V1AiImageGeneratorCreateBodyModelEnumLiteral = typing.Literal[
    "default",
    "flux-schnell",
    "z-image-turbo",
    "seedream-v4",
    "nano-banana",
    "nano-banana-2",
    "nano-banana-pro",
    "gpt-image-2",
    "seedream",
]
"""The values of `V1AiImageGeneratorCreateBodyModelEnum` as plain strings: what request parameters accept."""
