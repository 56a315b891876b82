import typing

from ..._models import StrEnum


class V1AutoSubtitleGeneratorCreateBodyStyleTemplateEnum(StrEnum):
    """Preset subtitle templates. Please visit https://magichour.ai/create/auto-subtitle-generator to see the style of the existing templates."""

    KARAOKE = "karaoke"
    CINEMATIC = "cinematic"
    MINIMALIST = "minimalist"
    HIGHLIGHT = "highlight"


V1AutoSubtitleGeneratorCreateBodyStyleTemplateEnumLiteral = typing.Literal[
    "karaoke",
    "cinematic",
    "minimalist",
    "highlight",
]
"""The values of `V1AutoSubtitleGeneratorCreateBodyStyleTemplateEnum` as plain strings: what request parameters accept."""
