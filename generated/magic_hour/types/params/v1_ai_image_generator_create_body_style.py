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

    quality_mode: typing_extensions.NotRequired[str]
    """Legacy quality mode mapping:
    - `standard` → `z-image-turbo` model
    - `pro` → `seedream` model

    If model is specified, it will take precedence over the legacy quality_mode field.

    Deprecated: Use `model` field instead for explicit model selection."""
