from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_ai_image_generator_create_body_style_tool_enum import (
    V1AiImageGeneratorCreateBodyStyleToolEnum,
    V1AiImageGeneratorCreateBodyStyleToolEnumLiteral,
)


class V1AiImageGeneratorCreateBodyStyle(typing_extensions.TypedDict):
    """The art style to use for image generation."""

    prompt: str
    """The prompt used for the image(s)."""

    tool: typing_extensions.NotRequired[
        typing.Union[
            V1AiImageGeneratorCreateBodyStyleToolEnum,
            V1AiImageGeneratorCreateBodyStyleToolEnumLiteral,
        ]
    ]
    """The art style to use for image generation. Defaults to 'general' if not provided."""
