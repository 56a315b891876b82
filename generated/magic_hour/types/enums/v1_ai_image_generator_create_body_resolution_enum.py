import typing

from ..._models import StrEnum


class V1AiImageGeneratorCreateBodyResolutionEnum(StrEnum):
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

    Note: Resolution availability depends on the model and your subscription tier.

    Deprecated members:
    - `auto`
    """

    AUTO = "auto"
    """Deprecated: Mapped server-side from your subscription tier to the best matching resolution the model supports"""
    VALUE_640PX = "640px"
    VALUE_1K = "1k"
    VALUE_2K = "2k"
    VALUE_4K = "4k"


V1AiImageGeneratorCreateBodyResolutionEnumLiteral = typing.Literal[
    "auto",
    "640px",
    "1k",
    "2k",
    "4k",
]
"""The values of `V1AiImageGeneratorCreateBodyResolutionEnum` as plain strings: what request parameters accept."""
