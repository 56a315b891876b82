from __future__ import annotations

import typing_extensions

from .v1_auto_subtitle_generator_create_body_assets import (
    V1AutoSubtitleGeneratorCreateBodyAssets,
)
from .v1_auto_subtitle_generator_create_body_style import (
    V1AutoSubtitleGeneratorCreateBodyStyle,
)


class V1AutoSubtitleGeneratorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/auto-subtitle-generator`."""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""

    start_seconds: float
    """Start time of your clip (seconds). Must be ≥ 0."""

    end_seconds: float
    """End time of your clip (seconds). Must be greater than start_seconds."""

    assets: V1AutoSubtitleGeneratorCreateBodyAssets
    """Provide the assets for auto subtitle generator"""

    style: V1AutoSubtitleGeneratorCreateBodyStyle
    """Style of the subtitle. At least one of `.style.template` or `.style.custom_config` must be provided.
    * If only `.style.template` is provided, default values for the template will be used.
    * If both are provided, the fields in `.style.custom_config` will be used to overwrite the fields in `.style.template`.
    * If only `.style.custom_config` is provided, then all fields in `.style.custom_config` will be used.

    To use custom config only, the following `custom_config` params are required:
    * `.style.custom_config.font`
    * `.style.custom_config.text_color`
    * `.style.custom_config.vertical_position`
    * `.style.custom_config.horizontal_position`"""
