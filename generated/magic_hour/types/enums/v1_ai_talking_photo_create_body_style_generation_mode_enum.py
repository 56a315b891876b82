import typing

from ..._models import StrEnum


class V1AiTalkingPhotoCreateBodyStyleGenerationModeEnum(StrEnum):
    """Controls overall motion style.
    * `realistic` - Maintains likeness well, high quality, and reliable.
    * `prompted` - Slightly lower likeness; allows option to prompt scene.

    Deprecated members:
    - `pro`: use `realistic` instead
    - `standard`: use `prompted` instead
    - `stable`: use `realistic` instead
    - `expressive`: use `prompted` instead
    """

    REALISTIC = "realistic"
    PROMPTED = "prompted"
    PRO = "pro"
    """Deprecated: use `realistic`"""
    STANDARD = "standard"
    """Deprecated: use `prompted`"""
    STABLE = "stable"
    """Deprecated: use `realistic`"""
    EXPRESSIVE = "expressive"
    """Deprecated: use `prompted`"""


V1AiTalkingPhotoCreateBodyStyleGenerationModeEnumLiteral = typing.Literal[
    "realistic",
    "prompted",
    "pro",
    "standard",
    "stable",
    "expressive",
]
"""The values of `V1AiTalkingPhotoCreateBodyStyleGenerationModeEnum` as plain strings: what request parameters accept."""
