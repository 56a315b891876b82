from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_ai_talking_photo_create_body_style_generation_mode_enum import (
    V1AiTalkingPhotoCreateBodyStyleGenerationModeEnum,
    V1AiTalkingPhotoCreateBodyStyleGenerationModeEnumLiteral,
)


class V1AiTalkingPhotoCreateBodyStyle(typing_extensions.TypedDict):
    """Attributes used to dictate the style of the output"""

    generation_mode: typing_extensions.NotRequired[
        typing.Union[
            V1AiTalkingPhotoCreateBodyStyleGenerationModeEnum,
            V1AiTalkingPhotoCreateBodyStyleGenerationModeEnumLiteral,
        ]
    ]
    """Controls overall motion style.
    * `realistic` - Maintains likeness well, high quality, and reliable.
    * `prompted` - Slightly lower likeness; allows option to prompt scene."""

    prompt: typing_extensions.NotRequired[str]
    """A text prompt to guide the generation. Only applicable when generation_mode is `prompted`.
    This field is ignored for other modes."""
