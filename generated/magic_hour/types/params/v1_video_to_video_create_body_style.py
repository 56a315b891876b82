from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_video_to_video_create_body_style_art_style_enum import (
    V1VideoToVideoCreateBodyStyleArtStyleEnum,
    V1VideoToVideoCreateBodyStyleArtStyleEnumLiteral,
)
from ..enums.v1_video_to_video_create_body_style_model_enum import (
    V1VideoToVideoCreateBodyStyleModelEnum,
    V1VideoToVideoCreateBodyStyleModelEnumLiteral,
)
from ..enums.v1_video_to_video_create_body_style_prompt_type_enum import (
    V1VideoToVideoCreateBodyStylePromptTypeEnum,
    V1VideoToVideoCreateBodyStylePromptTypeEnumLiteral,
)
from ..enums.v1_video_to_video_create_body_style_version_enum import (
    V1VideoToVideoCreateBodyStyleVersionEnum,
    V1VideoToVideoCreateBodyStyleVersionEnumLiteral,
)


class V1VideoToVideoCreateBodyStyle(typing_extensions.TypedDict):
    """`style` in the request body of `POST /v1/video-to-video`."""

    art_style: typing.Union[
        V1VideoToVideoCreateBodyStyleArtStyleEnum,
        V1VideoToVideoCreateBodyStyleArtStyleEnumLiteral,
    ]
    """`art_style` in `style` in the request body of `POST /v1/video-to-video`."""

    version: typing_extensions.NotRequired[
        typing.Union[
            V1VideoToVideoCreateBodyStyleVersionEnum,
            V1VideoToVideoCreateBodyStyleVersionEnumLiteral,
        ]
    ]
    """* `v1` - more detail, closer prompt adherence, and frame-by-frame previews.
    * `v2` - faster, more consistent, and less noisy.
    * `default` - use the default version for the selected art style."""

    prompt_type: typing_extensions.NotRequired[
        typing.Union[
            V1VideoToVideoCreateBodyStylePromptTypeEnum,
            V1VideoToVideoCreateBodyStylePromptTypeEnumLiteral,
        ]
    ]
    """* `default` - Use the default recommended prompt for the art style.
    * `custom` - Only use the prompt passed in the API. Note: for v1, lora prompt will still be auto added to apply the art style properly.
    * `append_default` - Add the default recommended prompt to the end of the prompt passed in the API.
    """

    prompt: typing_extensions.NotRequired[typing.Optional[str]]
    """The prompt used for the video. Prompt is required if `prompt_type` is `custom` or `append_default`. If `prompt_type` is `default`, then the `prompt` value passed will be ignored."""

    model: typing_extensions.NotRequired[
        typing.Union[
            V1VideoToVideoCreateBodyStyleModelEnum,
            V1VideoToVideoCreateBodyStyleModelEnumLiteral,
        ]
    ]
    """* `Dreamshaper` - a good all-around model that works for both animations as well as realism.
    * `Absolute Reality` - better at realism, but you'll often get similar results with Dreamshaper as well.
    * `Flat 2D Anime` - best for a flat illustration style that's common in most anime.
    * `default` - use the default recommended model for the selected art style."""
