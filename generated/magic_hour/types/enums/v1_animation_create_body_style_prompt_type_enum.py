import typing

from ..._models import StrEnum


class V1AnimationCreateBodyStylePromptTypeEnum(StrEnum):
    """* `custom` - Use your own prompt for the video.
    * `use_lyrics` - Use the lyrics of the audio to create the prompt. If this option is selected, then `assets.audio_source` must be `file` or `youtube`.
    * `ai_choose` - Let AI write the prompt. If this option is selected, then `assets.audio_source` must be `file` or `youtube`.
    """

    CUSTOM = "custom"
    USE_LYRICS = "use_lyrics"
    AI_CHOOSE = "ai_choose"


V1AnimationCreateBodyStylePromptTypeEnumLiteral = typing.Literal[
    "custom",
    "use_lyrics",
    "ai_choose",
]
"""The values of `V1AnimationCreateBodyStylePromptTypeEnum` as plain strings: what request parameters accept."""
