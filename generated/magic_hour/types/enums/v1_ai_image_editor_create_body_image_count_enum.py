import typing

from ..._models import IntEnum


class V1AiImageEditorCreateBodyImageCountEnum(IntEnum):
    """Number of images to generate. Maximum varies by model. Defaults to 1 if not specified."""

    VALUE_1 = 1
    VALUE_4 = 4
    VALUE_9 = 9
    VALUE_16 = 16


V1AiImageEditorCreateBodyImageCountEnumLiteral = typing.Literal[
    1,
    4,
    9,
    16,
]
"""The values of `V1AiImageEditorCreateBodyImageCountEnum` as plain integers: what request parameters accept."""
