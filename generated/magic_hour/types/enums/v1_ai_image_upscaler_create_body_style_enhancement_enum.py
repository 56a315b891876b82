import typing

from ..._models import StrEnum


class V1AiImageUpscalerCreateBodyStyleEnhancementEnum(StrEnum):
    """`enhancement` in `style` in the request body of `POST /v1/ai-image-upscaler`."""

    RESEMBLANCE = "Resemblance"
    BALANCED = "Balanced"
    CREATIVE = "Creative"


V1AiImageUpscalerCreateBodyStyleEnhancementEnumLiteral = typing.Literal[
    "Resemblance",
    "Balanced",
    "Creative",
]
"""The values of `V1AiImageUpscalerCreateBodyStyleEnhancementEnum` as plain strings: what request parameters accept."""
