import typing

from ..._models import StrEnum


class V1TextToVideoCreateBodyAspectRatioEnum(StrEnum):
    """Determines the aspect ratio of the output video.

    * **`ltx-2.3`**: Supports 9:16, 16:9, 1:1.
    * **`wan-2.2`**: Supports 9:16, 16:9, 1:1.
    * **`kling-2.5`**: Supports 9:16, 16:9, 1:1.
    * **`kling-3.0`**: Supports 9:16, 16:9, 1:1.
    * **`veo3.1-lite`**: Supports 9:16, 16:9.
    * **`veo3.1`**: Supports 9:16, 16:9.
    * **`seedance`**: Supports 9:16, 16:9, 1:1.
    * **`seedance-2.0`**: Supports 9:16, 16:9, 1:1.
    * **`sora-2`**: Supports 9:16, 16:9."""

    VALUE_16_9 = "16:9"
    VALUE_9_16 = "9:16"
    VALUE_1_1 = "1:1"


V1TextToVideoCreateBodyAspectRatioEnumLiteral = typing.Literal[
    "16:9",
    "9:16",
    "1:1",
]
"""The values of `V1TextToVideoCreateBodyAspectRatioEnum` as plain strings: what request parameters accept."""
