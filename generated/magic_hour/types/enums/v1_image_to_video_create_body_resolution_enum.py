import typing

from ..._models import StrEnum


class V1ImageToVideoCreateBodyResolutionEnum(StrEnum):
    """Controls the output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers.

    * **`ltx-2.3`**: Supports 480p, 720p, 1080p.
    * **`wan-2.2`**: Supports 480p, 720p, 1080p.
    * **`kling-2.5`**: Supports 720p, 1080p.
    * **`kling-3.0`**: Supports 720p, 1080p, 4k.
    * **`veo3.1-lite`**: Supports 720p, 1080p.
    * **`veo3.1`**: Supports 720p, 1080p.
    * **`seedance`**: Supports 480p, 720p, 1080p.
    * **`seedance-2.0`**: Supports 480p, 720p.
    * **`sora-2`**: Supports 720p."""

    VALUE_480P = "480p"
    VALUE_720P = "720p"
    VALUE_1080P = "1080p"
    VALUE_4K = "4k"


V1ImageToVideoCreateBodyResolutionEnumLiteral = typing.Literal[
    "480p",
    "720p",
    "1080p",
    "4k",
]
"""The values of `V1ImageToVideoCreateBodyResolutionEnum` as plain strings: what request parameters accept."""
