from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_animation_create_body_style_art_style_enum import (
    V1AnimationCreateBodyStyleArtStyleEnum,
    V1AnimationCreateBodyStyleArtStyleEnumLiteral,
)
from ..enums.v1_animation_create_body_style_camera_effect_enum import (
    V1AnimationCreateBodyStyleCameraEffectEnum,
    V1AnimationCreateBodyStyleCameraEffectEnumLiteral,
)
from ..enums.v1_animation_create_body_style_prompt_type_enum import (
    V1AnimationCreateBodyStylePromptTypeEnum,
    V1AnimationCreateBodyStylePromptTypeEnumLiteral,
)


class V1AnimationCreateBodyStyle(typing_extensions.TypedDict):
    """Defines the style of the output video"""

    art_style: typing.Union[
        V1AnimationCreateBodyStyleArtStyleEnum,
        V1AnimationCreateBodyStyleArtStyleEnumLiteral,
    ]
    """The art style used to create the output video"""

    art_style_custom: typing_extensions.NotRequired[str]
    """Describe custom art style. This field is required if `art_style` is `Custom`"""

    camera_effect: typing.Union[
        V1AnimationCreateBodyStyleCameraEffectEnum,
        V1AnimationCreateBodyStyleCameraEffectEnumLiteral,
    ]
    """The camera effect used to create the output video"""

    prompt_type: typing.Union[
        V1AnimationCreateBodyStylePromptTypeEnum,
        V1AnimationCreateBodyStylePromptTypeEnumLiteral,
    ]
    """* `custom` - Use your own prompt for the video.
    * `use_lyrics` - Use the lyrics of the audio to create the prompt. If this option is selected, then `assets.audio_source` must be `file` or `youtube`.
    * `ai_choose` - Let AI write the prompt. If this option is selected, then `assets.audio_source` must be `file` or `youtube`.
    """

    prompt: typing_extensions.NotRequired[str]
    """The prompt used for the video. Prompt is required if `prompt_type` is `custom`. Otherwise this value is ignored"""

    transition_speed: int
    """Change determines how quickly the video's content changes across frames.
    * Higher = more rapid transitions.
    * Lower = more stable visual experience."""
