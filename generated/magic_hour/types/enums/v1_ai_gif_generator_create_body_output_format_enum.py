import typing

from ..._models import StrEnum


class V1AiGifGeneratorCreateBodyOutputFormatEnum(StrEnum):
    """The output file format for the generated animation."""

    GIF = "gif"
    MP4 = "mp4"
    WEBM = "webm"


V1AiGifGeneratorCreateBodyOutputFormatEnumLiteral = typing.Literal[
    "gif",
    "mp4",
    "webm",
]
"""The values of `V1AiGifGeneratorCreateBodyOutputFormatEnum` as plain strings: what request parameters accept."""
