from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_ai_meme_generator_create_body_style_template_enum import (
    V1AiMemeGeneratorCreateBodyStyleTemplateEnum,
    V1AiMemeGeneratorCreateBodyStyleTemplateEnumLiteral,
)


class V1AiMemeGeneratorCreateBodyStyle(typing_extensions.TypedDict):
    """`style` in the request body of `POST /v1/ai-meme-generator`."""

    topic: str
    """The topic of the meme."""

    template: typing.Union[
        V1AiMemeGeneratorCreateBodyStyleTemplateEnum,
        V1AiMemeGeneratorCreateBodyStyleTemplateEnumLiteral,
    ]
    """To use our templates, pass in one of the enum values."""

    searchWeb: typing_extensions.NotRequired[bool]
    """Whether to search the web for meme content."""
