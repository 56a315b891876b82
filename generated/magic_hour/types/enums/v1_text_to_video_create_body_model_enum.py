import typing

from ..._models import StrEnum


class V1TextToVideoCreateBodyModelEnum(StrEnum):
    """The AI model to use for video generation.

    * `default`: uses our currently recommended model for general use. For paid tiers, defaults to `kling-3.0`. For free tiers, it defaults to `ltx-2.3`.
    * `ltx-2.3`: Fast iteration with lip-sync & end frame
    * `wan-2.2`: Fast, strong visuals with effects
    * `kling-2.5`: Motion, action, and camera control
    * `kling-3.0`: Cinematic, multi-scene storytelling
    * `veo3.1-lite`: Fast, affordable, high-quality
    * `veo3.1`: Realistic visuals and prompt adherence
    * `seedance`: Fast iteration
    * `seedance-2.0`: State-of-the-art quality and consistency
    * `sora-2`: Story-first concepts and creativity

    Deprecated members:
    - `kling-2.5-audio`
    - `veo3.1-audio`
    """

    DEFAULT = "default"
    LTX_2 = "ltx-2"
    LTX_2_3 = "ltx-2.3"
    WAN_2_2 = "wan-2.2"
    SEEDANCE = "seedance"
    SEEDANCE_2_0 = "seedance-2.0"
    KLING_2_5 = "kling-2.5"
    KLING_3_0 = "kling-3.0"
    VEO3_1 = "veo3.1"
    VEO3_1_LITE = "veo3.1-lite"
    SORA_2 = "sora-2"
    KLING_1_6 = "kling-1.6"
    KLING_2_5_AUDIO = "kling-2.5-audio"
    """Deprecated: If you specify the deprecated model value that includes the `-audio` suffix, this will be the same as included `audio` as `true`."""
    VEO3_1_AUDIO = "veo3.1-audio"
    """Deprecated: If you specify the deprecated model value that includes the `-audio` suffix, this will be the same as included `audio` as `true`."""


V1TextToVideoCreateBodyModelEnumLiteral = typing.Literal[
    "default",
    "ltx-2",
    "ltx-2.3",
    "wan-2.2",
    "seedance",
    "seedance-2.0",
    "kling-2.5",
    "kling-3.0",
    "veo3.1",
    "veo3.1-lite",
    "sora-2",
    "kling-1.6",
    "kling-2.5-audio",
    "veo3.1-audio",
]
"""The values of `V1TextToVideoCreateBodyModelEnum` as plain strings: what request parameters accept."""
