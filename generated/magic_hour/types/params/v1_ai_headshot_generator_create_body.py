from __future__ import annotations

import typing_extensions

from .v1_ai_headshot_generator_create_body_assets import (
    V1AiHeadshotGeneratorCreateBodyAssets,
)
from .v1_ai_headshot_generator_create_body_style import (
    V1AiHeadshotGeneratorCreateBodyStyle,
)


class V1AiHeadshotGeneratorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-headshot-generator`."""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    style: typing_extensions.NotRequired[V1AiHeadshotGeneratorCreateBodyStyle]
    assets: V1AiHeadshotGeneratorCreateBodyAssets
    """Provide the assets for headshot photo"""
