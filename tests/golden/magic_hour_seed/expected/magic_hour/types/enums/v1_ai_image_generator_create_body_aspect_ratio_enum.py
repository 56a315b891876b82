import typing

from ..._models import StrEnum


class V1AiImageGeneratorCreateBodyAspectRatioEnum(StrEnum):
    """The aspect ratio of the output image(s). If not specified, defaults to `1:1` (square)."""

    VALUE_1_1 = "1:1"
    VALUE_16_9 = "16:9"
    VALUE_9_16 = "9:16"


V1AiImageGeneratorCreateBodyAspectRatioEnumLiteral = typing.Literal[
    "1:1",
    "16:9",
    "9:16",
]
"""The values of `V1AiImageGeneratorCreateBodyAspectRatioEnum` as plain strings: what request parameters accept."""
