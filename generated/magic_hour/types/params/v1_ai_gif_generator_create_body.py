from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_ai_gif_generator_create_body_output_format_enum import (
    V1AiGifGeneratorCreateBodyOutputFormatEnum,
    V1AiGifGeneratorCreateBodyOutputFormatEnumLiteral,
)
from .v1_ai_gif_generator_create_body_style import V1AiGifGeneratorCreateBodyStyle


class V1AiGifGeneratorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-gif-generator`."""

    name: typing_extensions.NotRequired[str]
    """Give your gif a custom name for easy identification."""

    style: V1AiGifGeneratorCreateBodyStyle
    output_format: typing_extensions.NotRequired[
        typing.Union[
            V1AiGifGeneratorCreateBodyOutputFormatEnum,
            V1AiGifGeneratorCreateBodyOutputFormatEnumLiteral,
        ]
    ]
    """The output file format for the generated animation."""
