import typing

from ..._models import StrEnum


class V1AiImageEditorCreateBodyAspectRatioEnum(StrEnum):
    """The aspect ratio of the output image(s). If not specified, defaults to `auto`."""

    AUTO = "auto"
    VALUE_16_9 = "16:9"
    VALUE_9_16 = "9:16"
    VALUE_4_3 = "4:3"
    VALUE_3_2 = "3:2"
    VALUE_1_1 = "1:1"
    VALUE_4_5 = "4:5"
    VALUE_2_3 = "2:3"


V1AiImageEditorCreateBodyAspectRatioEnumLiteral = typing.Literal[
    "auto",
    "16:9",
    "9:16",
    "4:3",
    "3:2",
    "1:1",
    "4:5",
    "2:3",
]
"""The values of `V1AiImageEditorCreateBodyAspectRatioEnum` as plain strings: what request parameters accept."""
