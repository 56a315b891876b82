import typing

from ..._models import StrEnum


class V1AiImageUpscalerCreateBodyStyleModeEnum(StrEnum):
    """The upscaling mode. `"pro"` is faster and does not require `enhancement`. `"creative"` requires `enhancement`. Defaults to `"creative"`."""

    PRO = "pro"
    CREATIVE = "creative"


V1AiImageUpscalerCreateBodyStyleModeEnumLiteral = typing.Literal[
    "pro",
    "creative",
]
"""The values of `V1AiImageUpscalerCreateBodyStyleModeEnum` as plain strings: what request parameters accept."""
